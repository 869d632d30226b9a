"""``keeper supplies list | receive | issue | discard | count``: the station's stock."""
from __future__ import annotations

import argparse
import sys
import unicodedata
from datetime import date

from keeper.cli.common import open_db, out
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.i18n import current_language, translate


def add_supplies_commands(sub: argparse._SubParsersAction) -> None:
    supplies = sub.add_parser("supplies", help=translate(
        "CLI", "the station's stock: water, first aid, repair parts, loans, donations"))
    verbs = supplies.add_subparsers(dest="supplies_command",
                                    metavar="list|receive|issue|discard|count", required=True)
    listing = verbs.add_parser("list", help=translate(
        "CLI", "items with what is on hand, and the alerts"))
    listing.set_defaults(func=run_list)

    def item_and_quantity(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("item", metavar="ITEM", help=translate(
            "CLI", "an item's code or name (bottled_water, 瓶装水, …)"))
        parser.add_argument("quantity", metavar="QTY", help=translate("CLI", "how many"))
        parser.add_argument("--date", metavar="YYYY-MM-DD", help=translate(
            "CLI", "the day it happened (default: today)"))

    receive = verbs.add_parser("receive", help=translate(
        "CLI", "record a delivery, bought or donated"))
    item_and_quantity(receive)
    receive.add_argument("--expires", metavar="YYYY-MM-DD", help=translate(
        "CLI", "the lot's expiry date"))
    receive.add_argument("--donor", metavar="NAME", help=translate(
        "CLI", "a donation: the giver's name, or \"anonymous\""))
    receive.set_defaults(func=run_receive)
    issue = verbs.add_parser("issue", help=translate("CLI", "hand out stock"))
    item_and_quantity(issue)
    issue.add_argument("--reason", default="", metavar="R", help=translate(
        "CLI", "what it was for"))
    issue.set_defaults(func=run_issue)
    discard = verbs.add_parser("discard", help=translate(
        "CLI", "throw away expired or damaged stock"))
    item_and_quantity(discard)
    discard.add_argument("--reason", required=True, metavar="R", help=translate(
        "CLI", "why (expired, damaged …)"))
    discard.set_defaults(func=run_discard)
    count = verbs.add_parser("count", help=translate(
        "CLI", "a stocktake: what is on the shelf becomes what is on hand"))
    item_and_quantity(count)
    count.add_argument("--reason", default="", metavar="R", help=translate(
        "CLI", "why it differs"))
    count.set_defaults(func=run_count)


def _pad(text: str, width: int) -> str:
    """Pad to ``width`` columns of a terminal, where a Chinese character takes two."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(1, width - used)


def _whole(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The quantity must be a whole number, not \"{text}\"."), text=text) from None


def _day(text: str | None, what: str = "") -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "\"{text}\" is not a date: use YYYY-MM-DD."), text=text) from None


def _item(text: str):
    from keeper.core.supplies import find_item

    return find_item(text)


def _done(item, language: str) -> None:
    from keeper.core.supplies import get_item

    row = get_item(item.code)
    name = row.name_zh if language.startswith("zh") else row.name_en
    unit = row.unit_zh if language.startswith("zh") else row.unit_en
    out(translate("CLI", "{item}: {quantity} {unit} on hand.").format(
        item=name, quantity=row.on_hand, unit=unit))


def run_list(args: argparse.Namespace) -> int:
    from keeper.core import supply_figures

    open_db(must_exist=True)
    language = current_language()
    for row in supply_figures.items(active_only=True):
        expiry = translate("CLI", "next expiry {day}").format(day=row.next_expiry) \
            if row.next_expiry else ""
        out(" ".join((_pad(row.code, 16), _pad(row.name(language), 24), f"{row.on_hand:>6}",
                      _pad(row.unit(language), 10),
                      _pad(translate("CLI", "min {n}").format(n=row.min_level), 8),
                      expiry)).rstrip())
    alerts = supply_figures.alerts()
    if alerts:
        out("")
        for alert in alerts:
            out(alert.message(translate, language))
    return 0


def run_receive(args: argparse.Namespace) -> int:
    from keeper.core import supplies

    open_db(must_exist=True)
    item = _item(args.item)
    receipt = supplies.receive(item.code, _whole(args.quantity), expires=_day(args.expires),
                               donor=args.donor or "", day=_day(args.date))
    for warning in receipt.warnings:
        print(warning.message(translate), file=sys.stderr)
    _done(item, current_language())
    return 0


def run_issue(args: argparse.Namespace) -> int:
    from keeper.core import supplies

    open_db(must_exist=True)
    item = _item(args.item)
    supplies.issue(item.code, _whole(args.quantity), reason=args.reason, day=_day(args.date))
    _done(item, current_language())
    return 0


def run_discard(args: argparse.Namespace) -> int:
    from keeper.core import supplies

    open_db(must_exist=True)
    item = _item(args.item)
    supplies.discard(item.code, _whole(args.quantity), args.reason, day=_day(args.date))
    _done(item, current_language())
    return 0


def run_count(args: argparse.Namespace) -> int:
    from keeper.core import supplies

    open_db(must_exist=True)
    item = _item(args.item)
    difference = supplies.count(item.code, _whole(args.quantity), reason=args.reason,
                                day=_day(args.date))
    if difference:
        out(translate("CLI", "Difference recorded: {difference:+d}.").format(
            difference=difference))
    _done(item, current_language())
    return 0
