"""Render every screen and dialog of keeper, in Chinese and in English, at 1280x800, to PNG.

    python docs/gallery.py [FOLDER]          (default: docs/gallery/)

It needs no display (Qt's offscreen platform) and no data: a fresh demo station is made in a
temporary folder with a fixed seed and a fixed "now", so two runs draw the same pictures.
Files are named ``<lang>-<screen or dialog>.png``; the README's screenshot is
``zh_CN-log.png`` copied to ``docs/main-window.png``. Look at every picture after a change.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR", "1")
# The offscreen platform's notices ("does not support propagateSizeHints"), not ours.
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

SIZE = (1280, 800)
NOW = datetime(2026, 11, 18, 15, 20)  # a Wednesday afternoon, mid-month


def _settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def _prepare_data(folder: Path) -> None:
    from keeper import paths
    from keeper.core import clock
    from keeper.core.demo import generate_demo
    from keeper.core.station import StationProfile, set_station
    from keeper.store.connection import open_database

    os.environ[paths.ENV_VAR] = str(folder)
    paths.set_data_dir(None)
    paths.ensure_data_dirs()
    open_database(paths.db_path())
    clock.pin(NOW.astimezone())
    set_station(StationProfile("CY-017", "望京街道暖心驿站", "朝阳区", "望京西路 1 号"))
    generate_demo(months=4, seed=7, end=NOW.astimezone())


def _first_id(model_class, **where):
    query = model_class.select().order_by(model_class.id.desc())
    for field, value in where.items():
        query = query.where(getattr(model_class, field) == value)
    row = query.first()
    return row.id if row else None


def _dialogs(window):
    """(name, a function that builds the dialog over ``window``)."""
    from keeper.store import models, records
    from keeper.ui.activities.dialogs import RecordActivityDialog
    from keeper.ui.activities.teams import AddMemberDialog, TeamDialog
    from keeper.ui.appeals.dialogs import RecordAppealDialog, StepDialog
    from keeper.ui.crash_dialog import CrashDialog
    from keeper.ui.ledger.dialogs import CorrectVisitDialog, VisitHistoryDialog, VoidVisitDialog
    from keeper.ui.ledger.import_dialog import ImportDialog
    from keeper.ui.lock import PinDialog
    from keeper.ui.settings.station_form import StationSetupDialog
    from keeper.ui.visitors.actions import EraseDialog, MergeDialog
    from keeper.ui.visitors.form import VisitorDialog
    from keeper.ui.visitors.roster_dialog import RosterDialog

    corrected = models.AuditEntry.select().where(
        (models.AuditEntry.entity == "visit") & (models.AuditEntry.action == "amend")).first()
    visit_id = int(corrected.entity_id) if corrected else _first_id(models.Visit)
    visitor_id = models.Visitor.select().where(models.Visitor.erased_at.is_null()
                                               & (models.Visitor.name != "")).first().id
    appeal_id = _first_id(records.Appeal)
    activity_id = _first_id(records.Activity)
    team_id = _first_id(records.Team)
    dialogs = [
        ("setup", lambda: StationSetupDialog(window)),
        ("correct-visit", lambda: CorrectVisitDialog(visit_id, window)),
        ("void-visit", lambda: VoidVisitDialog(visit_id, parent=window)),
        ("visit-history", lambda: VisitHistoryDialog(visit_id, window)),
        ("import-ledger", lambda: ImportDialog(window)),
        ("new-visitor", lambda: VisitorDialog(parent=window)),
        ("edit-visitor", lambda: VisitorDialog(visitor_id, parent=window)),
        ("merge-visitors", lambda: MergeDialog(visitor_id, window)),
        ("erase-visitor", lambda: EraseDialog(visitor_id, window)),
        ("roster-import", lambda: RosterDialog(window)),
        ("new-appeal", lambda: RecordAppealDialog(parent=window)),
        ("edit-appeal", lambda: RecordAppealDialog(appeal_id, window)),
        ("appeal-step", lambda: StepDialog(appeal_id, "resolve", window)),
        ("new-activity", lambda: RecordActivityDialog(parent=window)),
        ("edit-activity", lambda: RecordActivityDialog(activity_id, parent=window)),
        ("pin", lambda: PinDialog("", window)),
        ("crash", lambda: CrashDialog("Traceback (most recent call last):\n  …", window)),
    ]
    from keeper.ui.supplies.dialogs import MovementDialog
    from keeper.ui.supplies.items_dialog import ItemsDialog

    dialogs += [(f"supplies-{kind}", lambda kind=kind: MovementDialog(kind, parent=window))
                for kind in ("receive", "issue", "discard", "count")]
    dialogs.append(("supplies-items", lambda: ItemsDialog(window)))
    if team_id is not None:
        dialogs += [("team", lambda: TeamDialog(team_id, window)),
                    ("add-member", lambda: AddMemberDialog(team_id, window))]
    return dialogs


def _report_cut(path: Path, widget) -> None:
    from keeper.ui.widgets.fit import elided_texts

    for text in elided_texts(widget):
        print(f"{path.name}: cut: {text}", file=sys.stderr)


def render(out: Path, languages=("zh_CN", "en")) -> list[Path]:
    from PySide6.QtWidgets import QApplication, QScrollArea, QTableView

    from keeper import i18n
    from keeper.ui.app import create_application, prepare_application
    from keeper.ui.main_window import MainWindow

    app = create_application(["keeper"])
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for language in languages:
        prepare_application(app, language)
        window = MainWindow()
        window.resize(*SIZE)
        window.show()
        _settle(app)
        for key in window.screen_keys():
            screen = window.show_screen(key)
            _settle(app)
            table = getattr(screen, "table", None)
            if isinstance(table, QTableView) and key != "log" and key != "ledger":
                table.selectRow(0)  # a record's page beside the list, as when working
                _settle(app)
            path = out / f"{language}-{key}.png"
            window.grab().save(str(path))
            written.append(path)
            _report_cut(path, window)
            scroll = screen.findChild(QScrollArea)
            if scroll is not None and scroll.widget().height() > scroll.viewport().height():
                path = out / f"{language}-{key}-whole.png"  # all of a long screen
                scroll.widget().grab().save(str(path))
                written.append(path)
        for name, build in _dialogs(window):
            dialog = build()
            dialog.show()
            _settle(app)
            path = out / f"{language}-dialog-{name}.png"
            dialog.grab().save(str(path))
            written.append(path)
            _report_cut(path, dialog)
            dialog.close()
            dialog.deleteLater()
            _settle(app)
        window.close()
        window.deleteLater()
        _settle(app)
    i18n.install_translators("en")
    QApplication.processEvents()
    return written


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "gallery"
    with tempfile.TemporaryDirectory(prefix="keeper-gallery-") as folder:
        _prepare_data(Path(folder))
        written = render(out)
        from keeper.store.connection import close_database

        close_database()
    print(f"{len(written)} pictures in {out}")
    if not argv:
        shutil.copyfile(out / "zh_CN-log.png", ROOT / "docs" / "main-window.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
