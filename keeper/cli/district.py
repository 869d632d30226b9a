"""``keeper district …``: the district office's side (DESIGN §3 "The district").

The district folder is the data folder (``--data-dir`` / KEEPER_DATA_DIR); ``--db
postgresql://…`` points at a shared server instead of the folder's district.db (``init
--db`` remembers it in the folder). Same exit statuses as the station's commands.
"""
from __future__ import annotations

import argparse

from keeper import paths
from keeper.cli.common import out
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.i18n import translate


def add_district_commands(sub: argparse._SubParsersAction) -> None:
    district = sub.add_parser("district", help=translate(
        "CLI", "the district office: receive, check and report the stations' bundles"))
    db_option = district.add_argument("--db", metavar="postgresql://…", help=translate(
        "CLI", "a shared PostgreSQL database instead of district.db in the folder"))
    commands = district.add_subparsers(dest="district_command", metavar="COMMAND")

    init = commands.add_parser("init", help=translate("CLI", "create the district folder"))
    init.add_argument("--name", required=True, metavar="N", help=translate(
        "CLI", "the district's name"))
    init.add_argument("--code", default="", metavar="C", help=translate(
        "CLI", "the district's code"))
    init.set_defaults(func=district_init)

    stations = commands.add_parser("stations", help=translate(
        "CLI", "the register of stations"))
    stations_sub = stations.add_subparsers(dest="stations_command",
                                           metavar="import|list|accept-key", required=True)
    register = stations_sub.add_parser("import", help=translate(
        "CLI", "import the register (CSV or xlsx): code, name, kind, opened, closed, contact"))
    register.add_argument("file", metavar="FILE")
    register.add_argument("--dry-run", action="store_true", help=translate(
        "CLI", "only check the file and say what would happen"))
    register.set_defaults(func=stations_import)
    listing = stations_sub.add_parser("list", help=translate("CLI", "list the register"))
    listing.set_defaults(func=stations_list)
    accept = stations_sub.add_parser("accept-key", help=translate(
        "CLI", "accept the new key a station's bundle came with (a replaced PC)"))
    accept.add_argument("code", metavar="CODE")
    accept.set_defaults(func=stations_accept_key)

    receive = commands.add_parser("receive", help=translate(
        "CLI", "receive bundles, or folders of them (searched recursively)"))
    receive.add_argument("paths", nargs="+", metavar="PATH")
    receive.add_argument("--dry-run", action="store_true", help=translate(
        "CLI", "only check the bundles and say what would happen"))
    receive.set_defaults(func=district_receive)

    for name, helptext, func in (
            ("status", translate("CLI", "who has reported a month: expected, received, on "
                                        "time, late, missing, rate"), district_status),
            ("check", translate("CLI", "rule and outlier findings of a month"), district_check)):
        command = commands.add_parser(name, help=helptext)
        command.add_argument("--month", required=True, metavar="YYYY-MM")
        command.set_defaults(func=func)

    explain = commands.add_parser("explain", help=translate(
        "CLI", "mark a finding of the checks as explained, with a note"))
    explain.add_argument("finding", type=int, metavar="ID")
    explain.add_argument("--note", required=True, metavar="T")
    explain.set_defaults(func=district_explain)

    for name, helptext, func in (
            ("approve", translate("CLI", "approve (lock) a month, or one station's month"),
             district_approve),
            ("reopen", translate("CLI", "reopen an approved month"), district_reopen)):
        command = commands.add_parser(name, help=helptext)
        command.add_argument("--month", required=True, metavar="YYYY-MM")
        command.add_argument("--station", metavar="C")
        command.set_defaults(func=func)

    try:
        from keeper.district.report import write_month_report  # noqa: F401
    except ImportError:  # the report comes with the district's outputs
        pass
    else:
        report = commands.add_parser("report", help=translate(
            "CLI", "write the month's district report (xlsx, pdf) and district bundle"))
        report.add_argument("--month", required=True, metavar="YYYY-MM")
        report.add_argument("--out", metavar="DIR")
        report.set_defaults(func=district_report)
    district.set_defaults(func=lambda args: _usage(district))
    _db_everywhere(commands, db_option)


def window_database(rest: list[str]) -> str | None | bool:
    """For ``keeper district [--db URL]`` with no command (the window): the database
    address, or None for the folder's own; False when a command follows."""
    if not rest:
        return None
    if len(rest) == 2 and rest[0] == "--db":
        return rest[1]
    if len(rest) == 1 and rest[0].startswith("--db="):
        return rest[0][len("--db="):]
    return False


def _db_everywhere(commands: argparse._SubParsersAction, option: argparse.Action) -> None:
    """``--db`` may also follow the subcommand (``keeper district init --name N --db …``)."""
    for parser in commands.choices.values():
        parser.add_argument("--db", metavar=option.metavar, help=option.help,
                            default=argparse.SUPPRESS)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                _db_everywhere(action, option)


def _usage(parser: argparse.ArgumentParser) -> int:
    import sys

    parser.print_usage(sys.stderr)
    return 2


def _store(args):
    from keeper.district.store import open_district

    return open_district(paths.data_dir(), getattr(args, "db", None))


def district_init(args) -> int:
    from keeper.core.signing import fingerprint
    from keeper.district.store import init_district

    store = init_district(paths.data_dir(), args.name, args.code, args.db)
    out(translate("CLI", "District {name} ready in {folder} ({where}). Its key: {fingerprint}.")
        .format(name=store.name, folder=store.folder, where=_where(store),
                fingerprint=fingerprint(store.signing_key()[1])))
    return 0


def _where(store) -> str:
    from keeper.district.store import without_password

    return without_password(store.url)


def stations_import(args) -> int:
    from keeper.district.register import import_stations

    result = import_stations(_store(args), args.file, dry_run=args.dry_run)
    text = (translate("CLI", "Would add {added} and update {updated} stations.") if args.dry_run
            else translate("CLI", "Register: {added} stations added, {updated} updated."))
    out(text.format(added=result.added, updated=result.updated))
    return 0


def stations_list(args) -> int:
    store = _store(args)
    stations = store.stations()
    if not stations:
        out(translate("CLI", "The register is empty: import it with keeper district stations "
                             "import FILE."))
    for s in stations:
        months = f"{s.opened}–{s.closed or ''}"
        key = s.key_fingerprint or translate("CLI", "no key yet")
        out("\t".join((s.code, s.name, s.kind, months, s.contact, s.phone, key)))
    return 0


def stations_accept_key(args) -> int:
    from keeper.district.register import accept_key

    station = accept_key(_store(args), args.code)
    out(translate("CLI", "Station {code} now signs with key {fingerprint}.").format(
        code=station.code, fingerprint=station.key_fingerprint))
    return 0


def district_receive(args) -> int:
    from keeper.district.city import receive_any
    from keeper.district.receive import ACCEPTED, REFUSED, bundle_files

    store = _store(args)
    from pathlib import Path

    for name in args.paths:
        if not Path(name).exists():
            raise UserError(QT_TRANSLATE_NOOP("Errors", "{path} does not exist."), path=name)
    if not bundle_files(args.paths):
        raise UserError(QT_TRANSLATE_NOOP("Errors", "No bundle (.zip) found in {paths}."),
                        paths=", ".join(args.paths))
    # A city receives its districts' bundles the same way (keeper.district.city).
    outcomes = receive_any(store, args.paths, dry_run=args.dry_run,
                           progress=lambda o: out(o.message(translate)))
    counts = {status: sum(o.status == status for o in outcomes)
              for status in (ACCEPTED, "already", REFUSED)}
    out(translate("CLI", "{accepted} accepted, {already} already received, {refused} refused.")
        .format(**counts) + (" " + translate("CLI", "(dry run: nothing stored)")
                             if args.dry_run else ""))
    if counts[REFUSED]:
        import sys

        print(translate("CLI", "{refused} bundles were refused, each for the reason given "
                               "above; the others were received.").format(**counts),
              file=sys.stderr)
        return 1
    return 0


def district_status(args) -> int:
    from keeper.district.status import month_status

    status = month_status(_store(args), args.month)
    out(translate("CLI", "{month}: {expected} expected, {received} received ({rate}), "
                         "{on_time} on time (by {due}), {late} late, {missing} missing.").format(
        month=status.month, expected=len(status.expected), received=status.received,
        rate=f"{status.rate:.1f}%", on_time=len(status.on_time), due=status.due.isoformat(),
        late=len(status.late), missing=len(status.missing)))
    if status.approved:
        out(translate("CLI", "The month is approved."))
    for submission in sorted(status.late, key=lambda s: s.station.code):
        out("  " + translate("CLI", "late: {code} {name}, received {when}").format(
            code=submission.station.code, name=submission.station.name,
            when=submission.received_at[:16].replace("T", " ")))
    if status.missing:
        out(translate("CLI", "To chase:"))
    for station in status.missing:
        out("  " + "\t".join((station.code, station.name, station.contact, station.phone)))
    return 0


def district_check(args) -> int:
    from keeper.district.checks import run_checks

    found = run_checks(_store(args), args.month)
    rules = {"invariant": translate("CLI", "figures disagree"),
             "zero_visits": translate("CLI", "no visits all month"),
             "outlier": translate("CLI", "far from its last six months")}
    for finding in found:
        explained = (" · " + translate("CLI", "explained: {note}").format(note=finding.note)
                     if finding.explained_at else "")
        what = " ".join(p for p in (finding.figure, finding.value,
                                    f"({finding.expected})" if finding.expected else "") if p)
        out(f"#{finding.id}\t{finding.station_code}\t{rules.get(finding.rule, finding.rule)}"
            f"\t{what}{explained}")
    open_count = sum(1 for f in found if not f.explained_at)
    findings = len(found)
    out(translate("CLI", "{month}: {findings}, {open} not explained.").format(
        month=args.month, findings=translate("CLI", "%n findings", None, findings),
        open=open_count))
    return 0


def district_explain(args) -> int:
    from keeper.district.checks import explain

    finding = explain(_store(args), args.finding, args.note)
    out(translate("CLI", "Finding #{id} explained.").format(id=finding.id))
    return 0


def district_approve(args) -> int:
    from keeper.district.approval import approve

    done = approve(_store(args), args.month, args.station)
    text = (translate("CLI", "{month} approved{station}.") if done
            else translate("CLI", "{month} was already approved{station}."))
    out(text.format(month=args.month, station=f" ({args.station.upper()})"
                    if args.station else ""))
    return 0


def district_reopen(args) -> int:
    from keeper.district.approval import reopen

    reopen(_store(args), args.month, args.station)
    out(translate("CLI", "{month} reopened{station}: new revisions are taken again.").format(
        month=args.month, station=f" ({args.station.upper()})" if args.station else ""))
    return 0


def district_report(args) -> int:
    from keeper.cli.common import report_language
    from keeper.core.months import parse_month
    from keeper.district.report import write_month_report

    parse_month(args.month)
    store = _store(args)
    # In the language the command speaks (--lang), as the station's export.
    written = write_month_report(store, args.month, args.out or store.folder / "reports",
                                 language=report_language())
    for path in written or ():
        out(str(path))
    return 0
