"""The window's colours and style sheets, in one place (Open Color names in comments).

A colour is named for what it means (an error, done, a hint), not for its hue, so a
screen says ``palette.ERROR`` and the red is chosen here once. The printed reports keep
their own, print-friendly colours in keeper/reports."""
from __future__ import annotations

from PySide6.QtGui import QColor

ERROR = "#c92a2a"  # red 9: errors, overdue, voided warnings
DONE = "#2b8a3e"  # green 9: saved, done, a step taken
WARN = "#e8590c"  # orange 8: a warning that needs no action now
HIGH = "#d9480f"  # orange 9: high urgency
TEXT_SECONDARY = "#495057"  # gray 7: captions, sources, totals
TEXT_MUTED = "#868e96"  # gray 6: hints, voided rows, empty lists
PENDING = "#adb5bd"  # gray 5: a step not taken yet
BORDER = "#ced4da"  # gray 4
OVERLAY = "#e9ecef"  # gray 2: the lock screen
HOVER = "#f1f3f5"  # gray 1
WHITE = "#ffffff"
ACCENT = "#1c7ed6"  # blue 7: the main action, a chosen tile
ACCENT_DARK = "#1864ab"  # blue 9: pressed, selected text
ACCENT_HOVER = "#74c0fc"  # blue 3
ACCENT_LIGHT = "#d0ebff"  # blue 1: a selection
ACCENT_PALE = "#e7f5ff"  # blue 0: the chosen visitor
NEW_ROW = "#d3f9d8"  # green 1: the row just logged
NOTE_BACKGROUND = "#fff9db"  # yellow 0: a story worth reading
# Chart series, in order: distinct hues, readable on white.
CHART = ("#1c7ed6", "#f76707", "#37b24d", "#f59f00", "#7048e8", "#0ca678", "#e03131",
         "#868e96", "#d6336c", "#1098ad")


def colour(name: str) -> QColor:
    return QColor(name)


# -- style sheets ----------------------------------------------------------------------------
ERROR_TEXT = f"color: {ERROR};"
ERROR_STYLE = f"color: {ERROR}; font-weight: bold;"  # a form's error line
DONE_STYLE = f"color: {DONE}; font-weight: bold;"
SECONDARY_TEXT = f"color: {TEXT_SECONDARY};"
MUTED_TEXT = f"color: {TEXT_MUTED};"
CAPTION = f"font-weight: bold; color: {TEXT_SECONDARY};"
EMPTY_LIST = f"color: {TEXT_MUTED}; font-size: 12pt; padding: 24px;"
STATUS_STYLES = {"ok": f"color: {DONE};", "warn": f"color: {WARN};", "error": ERROR_TEXT,
                 "": SECONDARY_TEXT}
LOG_BUTTON = (
    f"QPushButton#logButton {{ background: {ACCENT}; color: white; font-size: 14pt;"
    " font-weight: bold; border-radius: 8px; padding: 6px 28px; }"
    f"QPushButton#logButton:pressed {{ background: {ACCENT_DARK}; }}")
NAVIGATION = (
    "QListWidget#navigation { font-size: 13pt; padding: 6px; outline: 0; }"
    "QListWidget#navigation::item { padding: 8px 6px; border-radius: 6px; }"
    f"QListWidget#navigation::item:selected {{ background: {ACCENT_LIGHT}; "
    f"color: {ACCENT_DARK}; font-weight: bold; }}"
    f"QListWidget#navigation::item:hover:!selected {{ background: {HOVER}; }}")
VISITOR_CHIP = (f"QLabel#visitorChip {{ background: {ACCENT_PALE}; border-radius: 8px;"
                f" padding: 4px 10px; color: {ACCENT_DARK}; font-weight: bold; }}")
# A tile's font size is filled in per tile: ``TILE.format(size=…)``.
TILE = f"""
QToolButton {{{{ border: 1px solid {BORDER}; border-radius: 10px; background: {WHITE};
               font-size: {{size}}pt; padding: 4px; }}}}
QToolButton:hover {{{{ border-color: {ACCENT_HOVER}; }}}}
QToolButton:checked {{{{ background: {ACCENT_LIGHT}; border: 3px solid {ACCENT};
                       font-weight: bold; }}}}
QToolButton:focus {{{{ border-color: {ACCENT}; }}}}
"""
