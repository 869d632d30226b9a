"""Member cards from the Visitors screen: print for the people chosen or for everyone
without a card, and reissue a lost card (with a reason, kept in the history)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from keeper import paths, settings
from keeper.core import cards, clock
from keeper.core.station import get_station
from keeper.errors import KeeperError
from keeper.i18n import translate
from keeper.reports.cards_pdf import LAYOUTS, PrintCancelled, write_cards
from keeper.ui.widgets.reason_dialog import ReasonDialog


def choose_pdf(parent: QWidget) -> Path | None:
    default = paths.data_dir() / "exports" / f"cards_{clock.today().isoformat()}.pdf"
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("VisitorCards", "Save the member cards"), str(default),
        translate("VisitorCards", "PDF files (*.pdf)"))
    return Path(name) if name else None


def print_cards(parent: QWidget, visitor_ids: list[int] | None = None) -> str:
    """Cards for these people (None: everyone without a card) to a PDF the attendant
    names; returns the line to show (what was written, or why not)."""
    path = None
    try:
        cards.station_code()  # a station profile is needed before asking for a file
        if visitor_ids is None and not cards.anyone_without_card():
            return translate("VisitorCards", "Everyone already has a card: nothing to print.")
        path = choose_pdf(parent)
        if path is None:
            return ""
        chosen = cards.cards_for(visitor_ids) if visitor_ids is not None else \
            cards.cards_for(all_new=True)
        if not chosen:
            return translate("VisitorCards", "Nobody chosen can have a card (no member number, "
                                             "or erased).")
        layout = settings.get(settings.CARD_LAYOUT)
        progress = _progress_dialog(parent, len(chosen))
        try:
            pages = write_cards(chosen, path.with_suffix(".pdf"), get_station().name,
                                layout=layout if layout in LAYOUTS else "sheet",
                                progress=lambda done, _total: _step(progress, done))
        finally:
            progress.reset()  # also stops its timer: it must not pop up later
            progress.close()
            progress.deleteLater()
        cards.record_printed(chosen)  # first cards are issued once they are on paper
    except PrintCancelled:
        return translate("VisitorCards", "Printing was cancelled: no file written, no card "
                                         "issued.")
    except KeeperError as exc:  # bad input, or the machine: a full disk, a missing folder
        return exc.message(QCoreApplication.translate)
    except OSError as exc:
        return translate("VisitorCards", "The cards could not be written to {path}: {reason}"
                         ).format(path=path, reason=exc.strerror or exc)
    return translate("VisitorCards", "{cards} cards on {pages} pages written to {path}").format(
        cards=len(chosen), pages=pages, path=path.with_suffix(".pdf"))


def _progress_dialog(parent: QWidget, total: int) -> QProgressDialog:
    """A page takes a few ms, but a first print for thousands takes a while: a dialog that
    keeps the window alive and can cancel (it shows only when the print is long)."""
    dialog = QProgressDialog(translate("VisitorCards", "Drawing {count} member cards…").format(
        count=total), translate("VisitorCards", "Cancel"), 0, total, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(800)
    return dialog


def _step(dialog: QProgressDialog, done: int) -> bool:
    dialog.setValue(done)  # a modal progress dialog processes events here
    return not dialog.wasCanceled()


class ReissueDialog(ReasonDialog):
    """A lost card: a new serial, so the old card is refused when scanned."""

    def __init__(self, visitor_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("VisitorCards", "Reissue a lost card"),
            translate("VisitorCards", "{name} gets a card with a new number. The old card then "
                                      "says \"this card was replaced\" when scanned. Print the "
                                      "new card afterwards.").format(name=name),
            translate("VisitorCards", "Reissue"), parent=parent, width=520)
        self.visitor_id = visitor_id
        self.card: cards.Card | None = None

    def run(self) -> None:
        self.card = cards.reissue_card(self.visitor_id, self.reason.text())
