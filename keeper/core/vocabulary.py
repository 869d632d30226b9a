"""Rules the appeals and the activities share: clean text, dates of steps, reasons,
search patterns, and the small editable vocabularies (appeal categories, activity types).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from keeper import settings
from keeper.core import audit, clock
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import Visitor, database

MAX_TEXT = 4000
TEXT = "(text)"  # what the audit log says instead of free text (it may name people)


def clean_text(text: str | None) -> str:
    """Trimmed, runs of spaces made one, line breaks kept. Not NFKC: that would turn the
    Chinese comma "，" of a description into ","."""
    lines = (text or "").replace("\r\n", "\n").strip().splitlines()
    return "\n".join(" ".join(line.split()) for line in lines).strip()[:MAX_TEXT]


def check_day(day: date | None, *, after: str | None = None, field: str = "day") -> date:
    """The date of a record or a step: today when not given, never in the future, never
    before ``after`` (the previous step, YYYY-MM-DD)."""
    day = day or clock.today()
    if day > clock.today():
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The date {day} is in the future. Check the date."),
            day=day.isoformat(), field=field)
    if after and day.isoformat() < after:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The date {day} is before the step before it ({previous})."),
            day=day.isoformat(), previous=after, field=field)
    return day


def check_reason(reason: str) -> str:
    reason = " ".join((reason or "").split())
    if not reason:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Give a reason for the change: it is kept in the record's history."),
            field="reason")
    return reason


def like_pattern(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') finding ``text`` anywhere: % and _ are literal."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def live_visitor(visitor_id: int) -> Visitor:
    person = Visitor.get_or_none(Visitor.id == visitor_id)
    if person is None or person.erased_at is not None or person.merged_into_id is not None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Visitor #{id} does not exist."),
                        id=visitor_id, field="visitor")
    return person


# -- categories (and activity types): built in, extendable, hidden never deleted ------

@dataclass(frozen=True)
class Term:
    code: str
    name_zh: str
    name_en: str
    builtin: bool
    hidden: bool

    def name(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en


_CODE = re.compile(r"^[a-z][a-z0-9_]{1,31}$")


class Vocabulary:
    """A list of codes with Chinese and English names in a table (appeal categories,
    activity types). Attendants add and rename; a code once used stays, so it is hidden
    rather than deleted (the hidden ones are a setting: the table has no such column)."""

    def __init__(self, model, entity: str, hidden: settings.Option) -> None:
        self.model, self.entity, self.hidden_option = model, entity, hidden

    def _hidden(self) -> list[str]:
        return [c for c in settings.get(self.hidden_option) if isinstance(c, str)]

    def terms(self, *, include_hidden: bool = True) -> list[Term]:
        hidden = set(self._hidden())
        rows = self.model.select().order_by(self.model.sort_order, self.model.code)
        return [Term(r.code, r.name_zh, r.name_en, bool(r.builtin), r.code in hidden)
                for r in rows if include_hidden or r.code not in hidden]

    def names(self, language: str) -> dict[str, str]:
        return {t.code: t.name(language) for t in self.terms()}

    def _names(self, name_zh: str, name_en: str, code: str | None) -> tuple[str, str]:
        name_zh, name_en = clean_text(name_zh)[:40], clean_text(name_en)[:60]
        name_zh, name_en = name_zh or name_en, name_en or name_zh
        if not name_zh:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Type a name."), field="name")
        for term in self.terms():
            if term.code != code and name_zh in (term.name_zh, term.name_en):
                raise UserError(QT_TRANSLATE_NOOP("Errors", "\"{name}\" is already in the list."),
                                name=name_zh, field="name")
        return name_zh, name_en

    def add(self, name_zh: str, name_en: str = "", code: str = "") -> str:
        """Add a term; its code comes from the English name or the pinyin when not given."""
        name_zh, name_en = self._names(name_zh, name_en, None)
        code = (code or "").strip() or self._code_for(name_zh, name_en)
        if not _CODE.match(code) or self.model.get_or_none(self.model.code == code):
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "The code \"{code}\" is taken or not valid: use 2 to 32 lowercase "
                          "letters, digits or _, starting with a letter."), code=code)
        with database.atomic():
            order = (self.model.select(self.model.sort_order).order_by(
                self.model.sort_order.desc()).limit(1).scalar() or 0) + 1
            self.model.create(code=code, name_zh=name_zh, name_en=name_en, sort_order=order,
                              builtin=False)
            audit.record("create", self.entity, code, new={"name_zh": name_zh,
                                                            "name_en": name_en})
        return code

    def _code_for(self, name_zh: str, name_en: str) -> str:
        from pypinyin import lazy_pinyin  # slow to import: only when needed

        base = re.sub(r"[^a-z0-9]+", "_", name_en.casefold()).strip("_")
        if not base or not base[0].isalpha():
            base = "".join(lazy_pinyin(name_zh, errors="ignore")).casefold()
            base = re.sub(r"[^a-z0-9]+", "", base)
        base = (base or "custom")[:28]
        base = base if len(base) > 1 else base + "_x"
        code, number = base, 1
        while self.model.get_or_none(self.model.code == code) is not None:
            number += 1
            code = f"{base}_{number}"
        return code

    def rename(self, code: str, name_zh: str, name_en: str = "") -> None:
        row = self._get(code)
        name_zh, name_en = self._names(name_zh, name_en, code)
        old, new = {"name_zh": row.name_zh, "name_en": row.name_en}, {"name_zh": name_zh,
                                                                         "name_en": name_en}
        if old == new:
            return
        with database.atomic():
            self.model.update(**new).where(self.model.code == code).execute()
            audit.record("update", self.entity, code, old=old, new=new)

    def set_hidden(self, code: str, hidden: bool) -> None:
        self._get(code)
        codes = self._hidden()
        if (code in codes) == hidden:
            return
        codes = sorted(set(codes) | {code}) if hidden else [c for c in codes if c != code]
        with database.atomic():
            settings.set(self.hidden_option, codes)
            audit.record("hide" if hidden else "show", self.entity, code,
                         old={"hidden": not hidden}, new={"hidden": hidden})

    def _get(self, code: str):
        row = self.model.get_or_none(self.model.code == code)
        if row is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown category: {code}."),
                            code=code, field="category")
        return row


