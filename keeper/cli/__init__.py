"""The command line (DESIGN §3). No subcommand starts the GUI.

Exit status: 0 success, 1 a user or environment error (one clear message on stderr, in
the user's language), 2 wrong usage (argparse). Never a traceback for bad input.
"""
from __future__ import annotations

import argparse
import sys

from keeper import __version__, paths

# Commands that draw (the PDF report): they need a QGuiApplication, offscreen.
DRAWING_COMMANDS = ("export", "cards")


def _early_options(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """--data-dir and --lang are needed before anything else (translations, the GUI)."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--data-dir")
    early.add_argument("--lang")
    return early.parse_known_args(argv)


def main(argv: list[str] | None = None) -> int:
    # Arguments that were not UTF-8 reach Python as lone surrogates, which cannot be printed
    # back in a message: turn them into U+FFFD now, so bad input stays a clean message.
    argv = [arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            for arg in (sys.argv[1:] if argv is None else argv)]
    early, rest = _early_options(argv)
    if early.data_dir:
        paths.set_data_dir(early.data_dir)
    if not rest:
        from keeper.ui.app import run_gui

        return run_gui(language=early.lang)
    return _run_command(argv, early.lang)


def _run_command(argv: list[str], language: str | None) -> int:
    from PySide6.QtCore import QCoreApplication

    from keeper import i18n
    from keeper.errors import KeeperError

    if any(word in DRAWING_COMMANDS for word in argv):
        import os

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
    try:
        return args.func(args) or 0
    except KeeperError as exc:
        print(exc.message(i18n.translate), file=sys.stderr)
        return 1
    except OSError as exc:
        print(i18n.translate("CLI", "Cannot use the data folder {folder}: {reason}").format(
            folder=paths.data_dir(), reason=exc.strerror or exc), file=sys.stderr)
        return 1
    finally:
        from keeper.core.database import close_database

        close_database()
        del app


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

