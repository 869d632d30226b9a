"""The city's side: a city receives its districts' bundles (keeper-district-bundle/1) as a
district receives its stations'. A city is a district folder whose register lists districts
(kind "district"); each accepted district bundle is a submission of that "station", its
summary the district's totals, so status, the grid and the month report work unchanged —
and the city's totals are the districts' added up.

The checks are the receiving rules of DESIGN §3: whole or nothing, the file kept verbatim
in received/, the first key recorded and another refused, an older revision or an approved
month refused, receiving again a no-op.
"""
from __future__ import annotations

import json
import os
import shutil
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from keeper.core import clock
from keeper.core.months import month_of, parse_month
from keeper.district.district_bundle import FORMAT
from keeper.district.district_read import read_district_bundle
from keeper.reports.bundle_read import BundleProblem
from keeper.district.models import RegisteredStation, Submission
from keeper.district.store import DistrictStore
from keeper.errors import QT_TRANSLATE_NOOP, KeeperError

Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class CityOutcome:
    path: Path
    status: str  # accepted | already | refused
    revision: int | None = None
    reason: KeeperError | None = None
    station: str = ""  # the district's code
    month: str = ""

    def message(self, translate: Translate = lambda _c, text: text) -> str:
        """The line to show (as a station bundle's outcome says it)."""
        return self.line(translate)

    def line(self, translate: Translate = lambda _c, text: text) -> str:
        if self.status == "accepted":
            text = translate("City", "{file}: accepted district {code} {month} r{revision}.")
        elif self.status == "already":
            text = translate("City", "{file}: already received ({code} {month} r{revision}).")
        else:
            text = translate("City", "{file}: refused: {reason}")
        reason = self.reason.message(translate) if self.reason else ""
        return text.format(file=self.path.name, revision=self.revision, reason=reason,
                           code=self.station, month=self.month)


def is_district_bundle(path) -> bool:
    """Whether the file says it is a district bundle (its manifest's format), read without
    trusting it: anything unreadable is left to the station bundles' reader to refuse."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("manifest.json")
            if info.file_size > 1 << 20:
                return False
            return json.loads(archive.read(info)).get("format") == FORMAT
    except (OSError, KeyError, ValueError, AttributeError, zipfile.BadZipFile, EOFError,
            RuntimeError, NotImplementedError, zlib.error):
        return False


def receive_any(store: DistrictStore, paths, *, dry_run: bool = False,
                progress: Callable[[object], None] | None = None) -> list:
    """Receive stations' bundles and districts' bundles alike (a city's folder may hold
    both kinds): one outcome per file, stations' first."""
    from keeper.district.receive import bundle_files, receive

    files = bundle_files(paths)
    districts = [path for path in files if is_district_bundle(path)]
    stations = [path for path in files if path not in set(districts)]
    outcomes = receive(store, stations, dry_run=dry_run, progress=progress) if stations else []
    for path in districts:
        outcomes.append(receive_district_bundle(store, path, dry_run=dry_run))
        if progress is not None:
            progress(outcomes[-1])
    return outcomes


def receive_district_bundle(store: DistrictStore, path, *, dry_run: bool = False
                            ) -> CityOutcome:
    path = Path(path)
    try:
        reading = read_district_bundle(path)
        return _store(store, reading, dry_run)
    except BundleProblem as exc:
        return CityOutcome(path, "refused", reason=exc)


class Refused(BundleProblem):
    """A sound bundle the city does not take (register, key, revision, approval)."""

    context = "Errors"


def _refused(text: str, **params) -> Refused:
    return Refused("refused", text, **params)


def _store(store: DistrictStore, reading, dry_run: bool = False) -> CityOutcome:
    manifest, code = reading.manifest, reading.code
    month, revision = str(manifest.get("month", "")), manifest.get("revision")
    try:
        parse_month(month)
    except KeeperError as exc:
        raise _refused(exc.text, **exc.params) from exc
    if not isinstance(revision, int) or revision < 1:
        raise _refused(QT_TRANSLATE_NOOP("Errors", "The bundle's revision is not valid."))
    if month > month_of(clock.today()):
        raise _refused(QT_TRANSLATE_NOOP("Errors", "The bundle is for {month}, a month that "
                                                   "has not begun."), month=month)
    with store.db.atomic():
        row = RegisteredStation.get_or_none(RegisteredStation.code == code)
        if row is None:
            raise _refused(QT_TRANSLATE_NOOP(
                "Errors", "{code} is not in the register: add it before receiving its "
                          "bundles."), code=code)
        if Submission.select().where(Submission.file_sha256 == reading.sha256).exists():
            return CityOutcome(reading.path, "already", revision, station=code, month=month)
        if store.is_approved(month, code):
            raise _refused(QT_TRANSLATE_NOOP(
                "Errors", "{month} is approved for {code}: reopen it to take a new revision."),
                month=month, code=code)
        key = manifest["key"]
        if row.key is None:  # trust on first use, shown on the district's page
            if not dry_run:
                RegisteredStation.update(key=key, key_recorded_at=clock.stamp()) \
                    .where(RegisteredStation.code == code).execute()
        elif row.key != key:  # refused, the key noted for the officer to accept
            return _other_key(code, key, reading, dry_run)
        held = (Submission.select().where((Submission.station == code)
                                          & (Submission.month == month))
                .order_by(Submission.revision.desc()).first())
        if held is not None and revision <= held.revision:
            raise _refused(QT_TRANSLATE_NOOP(
                "Errors", "Revision {revision} is not newer than revision {held}, already "
                          "held."), revision=revision, held=held.revision)
        if dry_run:
            return CityOutcome(reading.path, "accepted", revision, station=code, month=month)
        name = f"{code}_{month}_r{revision}.zip"
        _keep(reading.path, store.received_dir / name)
        try:
            _record(code, month, revision, name, reading)
        except BaseException:
            (store.received_dir / name).unlink(missing_ok=True)  # whole or nothing
            raise
    return CityOutcome(reading.path, "accepted", revision, station=code, month=month)


def _other_key(code: str, key: str, reading, dry_run: bool) -> CityOutcome:
    if not dry_run:
        RegisteredStation.update(pending_key=key, pending_key_seen_at=clock.stamp()) \
            .where(RegisteredStation.code == code).execute()
    return CityOutcome(reading.path, "refused", reason=_refused(QT_TRANSLATE_NOOP(
        "Errors", "{code} signed this bundle with another key than before: accept the new "
                  "key first if its PC was replaced."), code=code))


def _record(code: str, month: str, revision: int, name: str, reading) -> None:
    manifest, key = reading.manifest, reading.manifest["key"]
    Submission.update(current=False).where((Submission.station == code)
                                           & (Submission.month == month)).execute()
    Submission.create(
        station=code, month=month, revision=revision, supersedes=manifest.get("supersedes"),
        complete=bool(manifest.get("complete")), as_of=str(manifest.get("as_of", "")),
        generated_at=str(manifest.get("generated_at", "")), received_at=clock.stamp(),
        file_name=name, file_sha256=reading.sha256, key=key,
        manifest=json.dumps(manifest, ensure_ascii=False),
        summary=json.dumps(reading.summary, ensure_ascii=False), current=True)


def _keep(source: Path, target: Path) -> None:
    """The accepted file, verbatim, in received/ (copied whole, then renamed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.part")
    shutil.copyfile(source, partial)
    os.replace(partial, target)
