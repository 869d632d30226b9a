"""The command line (DESIGN §3). No subcommand starts the GUI.

Exit status: 0 success, 1 a user or environment error (one clear message on stderr, in
the user's language), 2 wrong usage (argparse). Never a traceback for bad input.
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from keeper import __version__, paths

# Commands that draw (the PDF report): they need a QGuiApplication, offscreen.
DRAWING_COMMANDS = ("export", "cards", "report")


def _early_options(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """--data-dir and --lang are needed before anything else (translations, the GUI)."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--data-dir")
    early.add_argument("--lang")
    return early.parse_known_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Bytes that are not UTF-8 reach Python as lone surrogates. Replacing them would send a
    # folder name somewhere else (a new, empty data folder), so such an argument is refused.
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            from keeper.i18n import translate

            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            print(translate("CLI", "\"{argument}\" is not valid UTF-8 text. Rename the folder or "
                                   "file, or give another one.").format(argument=shown),
                  file=sys.stderr)
            return 1
    early, rest = _early_options(argv)
    if early.data_dir:
        paths.set_data_dir(early.data_dir)
    if not rest:
        from keeper.ui.app import run_gui

        return run_gui(language=early.lang)
    if rest[0] == "district":
        from keeper.cli.district import window_database

        database = window_database(rest[1:])
        if database is not False:  # "keeper district" alone: the district window
            from keeper.district.ui.app import run_district_window

            return run_district_window(paths.data_dir(), database, language=early.lang)
    return _run_command(argv, early.lang)


def _run_command(argv: list[str], language: str | None) -> int:
    from PySide6.QtCore import QCoreApplication

    from keeper import i18n

    if any(word in DRAWING_COMMANDS for word in argv):
        from PySide6.QtGui import QGuiApplication

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a PDF needs no screen
        app = QCoreApplication.instance() or QGuiApplication(["keeper"])
    else:
        app = QCoreApplication.instance() or QCoreApplication(["keeper"])
    i18n.install_translators(i18n.resolve_language(language))
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if not getattr(args, "func", None):
        parser.print_usage(sys.stderr)
        return 2
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        return args.func(args) or 0
    except KeyboardInterrupt as exc:  # Ctrl+C, or SIGTERM (below): the transaction rolled back
        print(i18n.translate("CLI", "Stopped before the end: what was not finished was not "
                                    "saved (nothing half-written is kept)."), file=sys.stderr)
        return 143 if isinstance(exc, Terminated) else 130
    except BaseException as exc:
        problem = user_problem(exc)
        if problem is None:
            raise  # a bug: the traceback is the report
        print(problem.message(i18n.translate), file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGTERM, previous)
        from keeper.core.database import close_database

        try:
            close_database()
        except Exception:  # noqa: BLE001 (closing after a full disk may fail again)
            pass
        del app


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl+C so transactions roll back and temp files are removed."""


def _terminated(signum, frame) -> None:
    raise Terminated()


def user_problem(exc: BaseException):
    """The KeeperError to show for ``exc``, or None for a bug. A locked or damaged database,
    a full disk and a vanished folder are the machine's doing: one message, never a
    traceback."""
    import sqlite3

    import peewee

    from keeper.core.dbfile import environment_problem
    from keeper.core.files import os_error_in
    from keeper.errors import KeeperError
    from keeper.core.database import database_error

    if isinstance(exc, KeeperError):
        return exc
    if isinstance(exc, (sqlite3.Error, peewee.PeeweeException)):
        return database_error(exc)
    os_error = os_error_in(exc)
    if os_error is not None:
        where = os_error.filename
        return environment_problem(os_error, paths.data_dir() if where is None else
                                   Path(os.fsdecode(where)).parent)
    return None


def build_parser() -> argparse.ArgumentParser:
    from keeper.cli.commands import add_commands
    from keeper.i18n import translate

    parser = argparse.ArgumentParser(
        prog="keeper",
        description=translate("CLI", "Station Keeper: the offline ledger of a service station "
                                     "for gig workers. Without a command it starts the window."),
    )
    parser.add_argument("--version", action="version", version=f"keeper {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help=translate(
        "CLI", "the data folder (default: the user's application data folder; "
               "or set KEEPER_DATA_DIR)"))
    parser.add_argument("--lang", choices=("zh_CN", "en"), help=translate(
        "CLI", "the language of messages and of the window (default: the system's)"))
    add_commands(parser)
    _everywhere(parser, [a for a in parser._actions
                         if a.option_strings and a.option_strings[0] in ("--data-dir", "--lang")])
    return parser


def _everywhere(parser: argparse.ArgumentParser, options: list[argparse.Action]) -> None:
    """--data-dir and --lang may also follow the command (``keeper export … --data-dir D``):
    every subcommand accepts them (they were read before parsing, by _early_options)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                for option in options:
                    if not any(option.option_strings[0] in a.option_strings
                               for a in sub._actions):
                        sub.add_argument(*option.option_strings, metavar=option.metavar,
                                         choices=option.choices, help=option.help,
                                         default=argparse.SUPPRESS)
                _everywhere(sub, options)

