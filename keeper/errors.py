"""Errors a user can cause or meet, carried with a translatable message.

The core and the store never import Qt, so they cannot translate. They raise a
``KeeperError`` holding the untranslated text and its context; the CLI and the GUI
translate it with ``QCoreApplication.translate(context, text)`` and fill in the
parameters. ``QT_TRANSLATE_NOOP`` is the marker ``pyside6-lupdate`` looks for.
"""
from __future__ import annotations

from typing import Any, Callable


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    return text


Translate = Callable[[str, str], str]
_language = "zh_CN"  # set by keeper.i18n when the translators are installed


def set_language(language: str) -> None:
    global _language
    _language = language


class Named:
    """A name kept in the database in both languages (an item, a service), given to a
    message as a parameter: it prints in the language the user reads."""

    def __init__(self, zh: str, en: str) -> None:
        self.zh, self.en = zh, en

    def __format__(self, spec: str) -> str:
        return format(self.zh if _language.startswith("zh") else self.en, spec)

    def __str__(self) -> str:
        return format(self, "")


def _identity(context: str, text: str) -> str:
    return text


class KeeperError(Exception):
    """An error with a message for the user, not a bug."""

    context = "Errors"

    def __init__(self, text: str, /, *, field: str | None = None, **params: Any) -> None:
        self.text = text
        self.params = params
        self.field = field  # the form field it concerns, so a form can say it next to it
        super().__init__(self.message())

    def message(self, translate: Translate = _identity) -> str:
        return translate(self.context, self.text).format(**self.params)


class UserError(KeeperError):
    """Bad input: a wrong date, an unknown service, a count that is not a number."""


class EnvironmentProblem(KeeperError):
    """The machine is in the way: a read-only folder, a full disk, a locked file."""


class DatabaseProblem(EnvironmentProblem):
    """The database file cannot be used as it is (damaged, too new, not a database)."""
