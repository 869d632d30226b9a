"""Checks of a month's figures: the invariants of DESIGN §3, a month of zero visits from an
open station, and figures far from the station's own last six months (median ± k·MAD, a
rule a few odd months cannot bend; never closer than 25% or 10 of the median). Each finding can be marked as explained, with a note.

Running the checks again refreshes the month's findings: what no longer holds goes, what
still holds keeps its explanation.
"""
from __future__ import annotations

from dataclasses import dataclass
from math import ceil, floor
from statistics import median

from keeper.core import clock
from keeper.core.stats import shift_month
from keeper.district.models import Finding
from keeper.district.register import audit
from keeper.district.store import DistrictError, DistrictStore
from keeper.errors import QT_TRANSLATE_NOOP
from keeper.reports.bundle_read import invariant_problems

# The figures compared with the station's own history.
FIGURES = ("visits", "visitors_registered", "appeals.received", "activities.count")
MAD_SCALE = 1.4826  # makes the MAD comparable with a standard deviation
MIN_HISTORY = 3  # months of history before a figure can be called far off
MIN_GAP = 10  # differences smaller than this are never an outlier (small stations)
# Six months give a shaky MAD: a month within this share of the usual is never far off.
MIN_SHARE = 0.25


@dataclass(frozen=True)
class Found:
    station: str
    rule: str  # invariant | zero_visits | outlier
    figure: str
    value: str
    expected: str
    detail: str
    revision: int


def figure_of(summary: dict, figure: str) -> float | None:
    value = summary
    for part in figure.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def outlier_range(history: list[float], k: float) -> tuple[float, float] | None:
    """(low, high) the figure may take, or None without enough history."""
    if len(history) < MIN_HISTORY:
        return None
    middle = median(history)
    spread = max(k * MAD_SCALE * median(abs(x - middle) for x in history), MIN_GAP,
                 MIN_SHARE * abs(middle))
    return middle - spread, middle + spread


def find(store: DistrictStore, month: str) -> list[Found]:
    """The month's findings, computed (nothing stored)."""
    k, months = float(store.setting("outlier_k")), int(store.setting("outlier_months"))
    past = [shift_month(month, -n) for n in range(months, 0, -1)]
    found: list[Found] = []
    submissions = store.month_submissions(month)
    history = store.histories([s.station.code for s in submissions], past)
    for submission in submissions:
        code, summary, revision = submission.station.code, submission.summary, \
            submission.revision
        for figure, text in invariant_problems(summary):
            found.append(Found(code, "invariant", figure, "", "", text, revision))
        if summary.get("visits") == 0 and submission.station.expected_in(month):
            found.append(Found(code, "zero_visits", "visits", "0", "", "no visits", revision))
            continue  # zero is already said; an outlier finding would repeat it
        for figure in FIGURES:
            value = figure_of(summary, figure)
            values = [v for v in (figure_of(h, figure) for h in history.get(code, []))
                      if v is not None]
            bounds = outlier_range(values, k)
            if value is None or bounds is None or bounds[0] <= value <= bounds[1]:
                continue
            found.append(Found(code, "outlier", figure, _number(value),
                               f"{max(ceil(bounds[0]), 0)}–{floor(bounds[1])}",  # counts
                               f"median {_number(median(values))} of {len(values)} months",
                               revision))
    return found


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def run_checks(store: DistrictStore, month: str) -> list[Finding]:
    """Compute and store the month's findings; return them, by station and rule."""
    found = find(store, month)
    now = clock.stamp()
    with store.db.atomic():
        held = {(f.station_code, f.rule, f.figure): f
                for f in Finding.select().where(Finding.month == month)}
        keep = set()
        for item in found:
            key = (item.station, item.rule, item.figure)
            keep.add(key)
            if key in held:
                Finding.update(value=item.value, expected=item.expected, detail=item.detail,
                               revision=item.revision).where(Finding.id == held[key].id) \
                    .execute()
            else:
                Finding.create(month=month, station_code=item.station, rule=item.rule,
                               figure=item.figure, value=item.value, expected=item.expected,
                               detail=item.detail, revision=item.revision, found_at=now)
        stale = [f.id for key, f in held.items() if key not in keep]
        if stale:
            Finding.delete().where(Finding.id.in_(stale)).execute()
    return findings(store, month)


def findings(store: DistrictStore, month: str) -> list[Finding]:
    return list(Finding.select().where(Finding.month == month)
                .order_by(Finding.station_code, Finding.rule, Finding.figure))


def explain(store: DistrictStore, finding_id: int, note: str) -> Finding:
    """Mark a finding explained (e.g. "closed for renovation 10–20 October"); audited."""
    note = " ".join((note or "").split())
    if not note:
        raise DistrictError(QT_TRANSLATE_NOOP(
            "District", "Say what explains the finding: the note is kept with it."))
    with store.db.atomic():
        finding = Finding.get_or_none(Finding.id == finding_id)
        if finding is None:
            raise DistrictError(QT_TRANSLATE_NOOP(
                "District", "There is no finding #{id}."), id=finding_id)
        Finding.update(explained_at=clock.stamp(), note=note) \
            .where(Finding.id == finding_id).execute()
        audit(store, "explain", "finding", str(finding_id), note)
    return Finding.get_by_id(finding_id)
