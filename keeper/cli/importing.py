"""``keeper import FILE [--dry-run] [--skip-bad --rejects OUT.csv]`` (DESIGN §3).

All or nothing: with a rejected row nothing is imported and the exit status is 1, unless
--skip-bad, which imports the good rows and writes the rejected ones to --rejects first
(if that file cannot be written, nothing is imported).
"""
from __future__ import annotations

import argparse
import sys

from keeper.i18n import translate

MAX_LISTED = 50  # rejected rows listed on stderr; a 10,000-row mistake is said in one line


def add_import_command(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("import", help=translate(
        "CLI", "import a legacy ledger (CSV or .xlsx)"), description=translate(
        "CLI", "Import a station's old ledger: a CSV file (UTF-8 or GBK) or the first sheet of "
               "an .xlsx workbook. The first row names the columns (日期, 时间, 服务项目, 身份, "
               "人次, 手机号, …). Importing the same file again adds nothing."))
    parser.add_argument("file", metavar="FILE", help=translate("CLI", "the ledger to import"))
    parser.add_argument("--dry-run", action="store_true", help=translate(
        "CLI", "only check the file and report; store nothing"))
    parser.add_argument("--skip-bad", action="store_true", help=translate(
        "CLI", "import the good rows even when some are rejected (needs --rejects)"))
    parser.add_argument("--rejects", metavar="OUT.csv", help=translate(
        "CLI", "with --skip-bad: write the rejected rows, with a reason column, to this CSV"))
    parser.set_defaults(func=import_command, import_parser=parser)


def _usage_error(parser: argparse.ArgumentParser, text: str) -> int:
    parser.print_usage(sys.stderr)
    print(f"{parser.prog}: error: {text}", file=sys.stderr)  # as argparse says it
    return 2


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def import_command(args: argparse.Namespace) -> int:
    from keeper.cli.common import open_db
    from keeper.core.importing import import_ledger, write_rejects

    parser = args.import_parser
    if args.skip_bad and not args.rejects:
        return _usage_error(parser, translate(
            "CLI", "--skip-bad needs --rejects OUT.csv: the rejected rows are written there."))
    if args.rejects and not args.skip_bad:
        return _usage_error(parser, translate("CLI", "--rejects goes with --skip-bad."))
    open_db()

    def rejects(result) -> None:
        write_rejects(result, args.rejects, translate)

    result = import_ledger(args.file, dry_run=args.dry_run, skip_bad=args.skip_bad,
                           before_store=rejects if args.skip_bad else None)
    print(translate("CLI", "File {file}, rows read: {rows}.").format(
        file=result.file_name, rows=result.rows_read))
    for warning in result.warnings:
        _err(translate("CLI", "Warning: {text}").format(text=warning.message(translate)))
    if result.rejected and (result.refused or (args.dry_run and not args.skip_bad)):
        _list_rejected(result)
    if args.dry_run:
        print(translate("CLI", "Dry run, nothing stored. Would import: {new}. Imported before: "
                               "{already}. Rejected: {rejected}. Warnings: {warnings}.").format(
            new=result.new_rows, already=result.already, rejected=len(result.rejected),
            warnings=len(result.warnings)))
        return 1 if result.rejected and not args.skip_bad else 0
    if result.refused:
        _err(translate("CLI", "Nothing was imported: {rejected} of {rows} rows are rejected. "
                              "Correct them in the file and import it again, or import the "
                              "other rows with --skip-bad --rejects OUT.csv.").format(
            rejected=len(result.rejected), rows=result.rows_read))
        return 1
    if result.added:
        print(translate("CLI", "Imported: {added} (import #{batch}). Imported before, skipped: "
                               "{already}. Rejected: {rejected}. Warnings: {warnings}.").format(
            added=result.added, batch=result.batch_id, already=result.already,
            rejected=len(result.rejected), warnings=len(result.warnings)))
    else:
        print(translate("CLI", "Nothing new to import. Imported before, skipped: {already}. "
                               "Rejected: {rejected}. Warnings: {warnings}.").format(
            already=result.already, rejected=len(result.rejected),
            warnings=len(result.warnings)))
    if args.skip_bad:
        print(translate("CLI", "Rejected rows written to {file}: {rejected}.").format(
            rejected=len(result.rejected), file=args.rejects))
    return 0


def _list_rejected(result) -> None:
    row_text = translate("CLI", "row {row}: {reason}")
    for rejection in result.rejected[:MAX_LISTED]:
        _err(row_text.format(row=rejection.number,
                             reason=rejection.reason.message(translate)))
    hidden = len(result.rejected) - MAX_LISTED
    if hidden > 0:
        _err(translate("CLI", "… and {count} more").format(count=hidden))
