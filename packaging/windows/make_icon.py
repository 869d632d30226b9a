"""Make keeper.ico (the Windows executable's and installer's icon) from resources/icons/keeper.svg.

    python packaging/windows/make_icon.py

An .ico holds one image per size; each is a PNG here (Windows Vista and later read them).
"""
from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def png_of(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not render the {size}px icon")
    return bytes(data)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage painting needs one)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "keeper.svg"))
    images = [png_of(renderer, size) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, image in zip(SIZES, images):
        # width and height 0 mean 256; no palette; 1 plane; 32 bits per pixel
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(image),
                               offset)
        offset += len(image)
    target = Path(__file__).with_name("keeper.ico")
    target.write_bytes(header + entries + b"".join(images))
    print(f"{target}: {target.stat().st_size} bytes, sizes {SIZES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
