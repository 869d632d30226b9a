"""The subcommands of ``keeper``: each parses its arguments and calls the core."""
from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, time

from keeper import paths
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.cli.common import open_db, out, require_pin, report_language
from keeper.i18n import translate


def add_commands(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from keeper.cli.backup import add_backup_commands

    add_backup_commands(sub)

    station = sub.add_parser("station", help=translate("CLI", "show or set the station profile"))
    station_sub = station.add_subparsers(dest="station_command", metavar="show|set", required=True)
    show = station_sub.add_parser("show", help=translate("CLI", "print the station profile"))
    show.set_defaults(func=station_show)
    set_ = station_sub.add_parser("set", help=translate("CLI", "create or change the profile"))
    set_.add_argument("--code", help=translate("CLI", "the station code given by the district"))
    set_.add_argument("--name", help=translate("CLI", "the station's name"))
    set_.add_argument("--district", help=translate("CLI", "the district the station reports to"))
    set_.add_argument("--address", help=translate("CLI", "the station's address"))
    set_.add_argument("--kind", choices=("comprehensive", "specialized"), help=translate(
        "CLI", "comprehensive station or specialised rider's/driver's home"))
    set_.add_argument("--pin", metavar="PIN", help=translate(
        "CLI", "the attendant's PIN, when one is set (the window asks for it too)"))
    set_.set_defaults(func=station_set)

    log = sub.add_parser("log", help=translate("CLI", "log one visit"))
    log.add_argument("--service", action="append", required=True, metavar="S", help=translate(
        "CLI", "a service code or name (water, 饮水, …); repeat for several"))
    log.add_argument("--group", default="other", metavar="G", help=translate(
        "CLI", "the visitor's group code or name (rider, 外卖骑手, …); default: other"))
    log.add_argument("--visitor", metavar="PHONE_OR_MEMBER_NO", help=translate(
        "CLI", "a registered visitor's phone or member number, or a member card's code"))
    log.add_argument("--at", metavar="\"YYYY-MM-DD HH:MM\"", help=translate(
        "CLI", "when the visit happened (default: now; a date alone means time unknown)"))
    log.add_argument("--count", default="1", metavar="N", help=translate(
        "CLI", "people served at once (人次, default 1)"))
    log.add_argument("--note", default="", metavar="T", help=translate("CLI", "a note"))
    log.set_defaults(func=log_visit)

    check = sub.add_parser("check", help=translate(
        "CLI", "check the database's integrity and schema version"))
    check.set_defaults(func=check_database)

    demo = sub.add_parser("demo", help=translate(
        "CLI", "fill an empty data folder with realistic demo data"))
    demo.add_argument("--months", type=int, default=3, metavar="N", help=translate(
        "CLI", "how many past months besides this one (default 3)"))
    demo.add_argument("--seed", type=int, default=1, metavar="S", help=translate(
        "CLI", "random seed: the same seed gives the same data (default 1)"))
    demo.set_defaults(func=make_demo)

    visitors = sub.add_parser("visitors", help=translate(
        "CLI", "the directory of registered workers"))
    visitors_sub = visitors.add_subparsers(dest="visitors_command", metavar="import|cards",
                                           required=True)
    roster = visitors_sub.add_parser("import", help=translate(
        "CLI", "import a roster (CSV or xlsx): new phones added, known ones updated"))
    roster.add_argument("file", metavar="FILE")
    roster.add_argument("--dry-run", action="store_true", help=translate(
        "CLI", "only check the file and say what would happen"))
    roster.set_defaults(func=import_roster)
    from keeper.cli.cards import add_cards_command

    add_cards_command(visitors_sub)

    export = sub.add_parser("export", help=translate(
        "CLI", "write the monthly report: Excel, PDF and the district bundle"))
    export.add_argument("--month", required=True, metavar="YYYY-MM", help=translate(
        "CLI", "the month to report"))
    export.add_argument("--out", metavar="DIR", help=translate(
        "CLI", "the folder to write into (default: the data folder's exports)"))
    export.add_argument("--format", metavar="xlsx,pdf,bundle", help=translate(
        "CLI", "which files (default: all three)"))
    export.add_argument("--full-details", action="store_true", help=translate(
        "CLI", "full phone numbers in the workbook's ledger (kept at the station)"))
    export.set_defaults(func=export_month)

    close = sub.add_parser("close-month", help=translate(
        "CLI", "close an exported month: later changes are recorded as corrections"))
    close.add_argument("month", metavar="YYYY-MM")
    close.set_defaults(func=close_month)

    from keeper.cli.importing import add_import_command
    from keeper.cli.supplies import add_supplies_commands

    add_import_command(sub)
    add_supplies_commands(sub)

    from keeper.cli.district import add_district_commands

    add_district_commands(sub)


def station_show(args: argparse.Namespace) -> int:
    from keeper.core.station import get_station

    open_db(must_exist=True)
    profile = get_station()
    if profile is None:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "No station profile yet. Set one with: keeper station set --code C "
                      "--name N --district D"))
    kinds = {"comprehensive": translate("CLI", "comprehensive station"),
             "specialized": translate("CLI", "specialised rider's/driver's home")}
    rows = ((translate("CLI", "Code"), profile.code), (translate("CLI", "Name"), profile.name),
            (translate("CLI", "District"), profile.district),
            (translate("CLI", "Address"), profile.address),
            (translate("CLI", "Kind"), kinds.get(profile.kind, profile.kind)))
    for label, value in rows:
        out(f"{label}: {value}")
    return 0


def station_set(args: argparse.Namespace) -> int:
    from keeper.core.station import StationProfile, get_station, set_station

    open_db()
    require_pin(args.pin)  # changing settings: the window asks for the PIN too
    old = get_station()
    if old is None and not (args.code and args.name and args.district):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "A new station profile needs --code, --name and --district."))
    base = old or StationProfile("", "", "")
    profile = StationProfile(
        code=args.code if args.code is not None else base.code,
        name=args.name if args.name is not None else base.name,
        district=args.district if args.district is not None else base.district,
        address=args.address if args.address is not None else base.address,
        kind=args.kind or base.kind,
    )
    saved = set_station(profile)
    out(translate("CLI", "Station profile saved: {code} {name} ({district}).").format(
        code=saved.code, name=saved.name, district=saved.district))
    return 0


def parse_at(text: str) -> tuple[date, time | None]:
    """``YYYY-MM-DD HH:MM``, or a date alone (a paper entry whose time is unknown)."""
    cleaned = " ".join(text.split())
    for form, has_time in (("%Y-%m-%d %H:%M", True), ("%Y-%m-%d", False)):
        try:
            moment = datetime.strptime(cleaned, form)
        except ValueError:
            continue
        return moment.date(), (moment.time() if has_time else None)
    raise UserError(QT_TRANSLATE_NOOP(
        "Errors", "\"{text}\" is not a date and time: write it as \"YYYY-MM-DD HH:MM\", "
                  "e.g. \"2026-10-03 14:05\"."), text=text)


def log_visit(args: argparse.Namespace) -> int:
    from keeper.core import catalog, ledger
    from keeper.core.database import require_healthy

    open_db()
    require_healthy()  # as the window does at start: never add to a damaged ledger
    codes = []
    # Names of hidden items still resolve (old ledgers use them), but a new visit takes
    # only what the log screen offers: a hidden service is one the station stopped giving.
    shown_services = [s.code for s in catalog.services(active_only=True)]  # catalogue order
    for text in args.service:
        code = catalog.resolve_service(text)
        if code is None:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "Unknown service \"{text}\". Known services: {known}."),
                text=text, known=", ".join(shown_services))
        if code not in shown_services:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "The service \"{text}\" is hidden at this station, so a new visit "
                          "cannot use it. Show it again under Settings, Services, to log it."),
                text=text)
        codes.append(code)
    group = catalog.resolve_group(args.group)
    shown_groups = [g.code for g in catalog.groups(active_only=True)]
    if group is None:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Unknown visitor group \"{text}\". Known groups: {known}."),
            text=args.group, known=", ".join(shown_groups))
    if group not in shown_groups:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The visitor group \"{text}\" is hidden at this station, so a new visit "
                      "cannot use it. Show it again under Settings, Visitor groups, to log it."),
            text=args.group)
    try:
        count = int(args.count.strip())
    except ValueError:
        count = 0
    if not 1 <= count <= ledger.MAX_COUNT:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The count must be a whole number from 1 to {max}."), max=ledger.MAX_COUNT)
    day, at = parse_at(args.at) if args.at else (None, None)
    visitor_id = _visitor_id(args.visitor) if args.visitor else None
    visit_id = ledger.log_visit(ledger.NewVisit(
        services=codes, group=group, day=day, at=at, count=count, visitor_id=visitor_id,
        note=args.note), source="cli")
    out(translate("CLI", "Logged visit #{id}.").format(id=visit_id))
    return 0


def _visitor_id(text: str) -> int:
    from keeper.core import cards
    from keeper.core.visitors import find_visitor

    # A scanned card (KPR1:…) is read as a card, with the card's own refusals.
    return (cards.read_token(text) if cards.looks_like_token(text) else find_visitor(text)).id


def check_database(args: argparse.Namespace) -> int:
    from keeper.core import database

    db = open_db(must_exist=True, migrate=False)
    version = database.schema_version()
    out(translate("CLI", "Database: {path}").format(path=paths.db_path()))
    out(translate("CLI", "Schema version: {found} (this keeper: {known})").format(
        found=version, known=database.LATEST_VERSION))
    problems = database.integrity_problems(db)
    if problems:
        for line in problems[:20]:
            print(line, file=sys.stderr)
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The database is damaged (problems found: {count}). Restore it from a "
                      "backup."), count=len(problems))
    entries, people = database.live_visit_totals() if version >= 2 else (0, 0)
    out(translate("CLI", "Integrity: ok. {entries}, {visits}.").format(
        entries=translate("CLI", "%n entries", None, entries),
        visits=translate("CLI", "%n visits", None, people)))
    return 0


def make_demo(args: argparse.Namespace) -> int:
    from keeper.core.demo import generate_demo

    open_db()
    result = generate_demo(months=args.months, seed=args.seed)
    visits = result.visits
    out(translate("CLI", "Demo data written: %n visits in {entries} entries from {first} "
                          "to {last}, {visitors} registered visitors.", None, visits).format(
        entries=result.entries, first=result.first_day,
        last=result.last_day, visitors=result.visitors))
    return 0


def export_month(args: argparse.Namespace) -> int:
    from keeper.reports.export import export_month as export, parse_formats

    formats = parse_formats(args.format)
    open_db()
    result = export(args.month, args.out, formats, language=report_language(),
                    full_details=args.full_details)
    for path in result.files:
        out(str(path))
    visits = result.summary.visits
    if result.complete:
        out(translate("CLI", "{month}: %n visits, revision {revision}.", None, visits).format(
            month=result.month, revision=result.revision))
    else:
        out(translate("CLI", "{month}: %n visits up to {day}, a preview (未完/incomplete: "
                             "the month is not over; no revision number taken).", None,
                      visits).format(month=result.month, day=result.as_of))
    return 0


def close_month(args: argparse.Namespace) -> int:
    from keeper.core import months
    from keeper.core.months import parse_month

    parse_month(args.month)
    open_db(must_exist=True)
    months.close_month(args.month)
    out(translate("CLI", "{month} is closed. Later changes to it are recorded as "
                          "corrections.").format(month=args.month))
    return 0


def import_roster(args: argparse.Namespace) -> int:
    from keeper.core.roster import import_roster as run
    from keeper.i18n import translate as tr

    open_db()
    result = run(args.file, dry_run=args.dry_run)
    for number, warning in result.warnings:
        print(translate("CLI", "row {row}: {reason}").format(
            row=number, reason=warning.message(tr)), file=sys.stderr)
    if result.rejected:
        for number, reason in result.rejected[:50]:
            print(translate("CLI", "row {row}: {reason}").format(
                row=number, reason=reason.message(tr)), file=sys.stderr)
        if len(result.rejected) > 50:
            print(translate("CLI", "… and {count} more").format(
                count=len(result.rejected) - 50), file=sys.stderr)
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Rows of the roster that cannot be imported: {count} (listed above), so "
                      "nothing was imported. Correct them and import the file again."),
            count=len(result.rejected))
    if args.dry_run:
        rows = len(result.rows)
        out(translate("CLI", "Checked %n rows: all can be imported.", None, rows))
    else:
        out(translate("CLI", "Roster imported: {added} added, {updated} updated, {same} "
                              "unchanged.").format(added=result.added, updated=result.updated,
                                                   same=result.unchanged))
    return 0
