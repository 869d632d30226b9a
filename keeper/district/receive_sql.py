"""Plain SQL for receiving: the per-bundle reads and writes, where building queries
costs more than the database does."""
from __future__ import annotations

from dataclasses import dataclass

from keeper.district.store import DistrictStore


class Sql:
    """Plain statements for the per-bundle writes (the query builder costs more than the
    database here), in the engine's parameter style."""

    def __init__(self, store: DistrictStore) -> None:
        self.db = store.db

    def __call__(self, statement: str, *params) -> None:
        self.db.execute_sql(statement.replace("?", self.db.param), params)

    def rows(self, statement: str, *params) -> list[tuple]:
        return self.db.execute_sql(statement.replace("?", self.db.param), params).fetchall()


def marks(values: list) -> str:
    return ", ".join(["?"] * len(values)) or "NULL"


@dataclass
class Held:
    """A submission already held, as far as an "already received" line needs it."""

    station_code: str
    month: str
    revision: int


def held_by_hash(store: DistrictStore, digests: list[str]) -> dict[str, Held]:
    """The submissions already held among these file hashes, by hash."""
    return {digest: Held(code, month, revision) for code, month, revision, digest in Sql(
        store).rows("SELECT station_code, month, revision, file_sha256 FROM submission WHERE "
                    f"file_sha256 IN ({marks(digests)})", *digests)}
