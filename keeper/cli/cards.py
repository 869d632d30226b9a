"""``keeper visitors cards``: print member cards to a PDF."""
from __future__ import annotations

import argparse

from keeper import settings
from keeper.cli.common import open_db, out
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.i18n import translate


def add_cards_command(visitors_sub) -> None:
    cards = visitors_sub.add_parser("cards", help=translate(
        "CLI", "print member cards (QR code and barcode, no phone) to a PDF"))
    cards.add_argument("--member", action="append", default=[], metavar="M", help=translate(
        "CLI", "a member number (M000123); repeat for several"))
    cards.add_argument("--all-new", action="store_true", help=translate(
        "CLI", "everyone who has no card yet"))
    cards.add_argument("--layout", choices=("sheet", "single"), help=translate(
        "CLI", "an A4 sheet of ten cards with cut marks, or one card a page (default: the "
               "station's setting)"))
    cards.add_argument("--out", required=True, metavar="FILE.pdf", help=translate(
        "CLI", "the PDF to write"))
    cards.set_defaults(func=print_cards)


def print_cards(args: argparse.Namespace) -> int:
    from keeper.core import cards
    from keeper.core.station import get_station
    from keeper.reports.cards_pdf import write_cards

    if not args.member and not args.all_new:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Say whose cards to print: --member M000123 (repeat for several) or "
                      "--all-new for everyone without a card."))
    open_db(must_exist=True)
    ids = cards.members_by_number(args.member)
    chosen = cards.cards_for(ids) if ids else []
    if args.all_new:
        chosen += [c for c in cards.cards_for(all_new=True) if c.visitor_id not in set(ids)]
    if not chosen:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Everyone already has a card: nothing to print."))
    layout = args.layout or settings.get(settings.CARD_LAYOUT)
    pages = write_cards(chosen, args.out, get_station().name,
                        layout=layout if layout in ("sheet", "single") else "sheet")
    cards.record_printed(chosen)  # first cards are issued once they are on paper
    out(translate("CLI", "{cards} cards on {pages} pages: {path}").format(
        cards=len(chosen), pages=pages, path=args.out))
    return 0
