"""Numbered schema migrations. The version lives in ``PRAGMA user_version``.

Each migration is frozen SQL (never the current models: they move on) and runs in its own
transaction together with the version bump, so a failure leaves the previous version whole.
Versions 1-6 live in ``schema_v1_v6``; a new one is appended here (and to ``MIGRATIONS``).
"""
from __future__ import annotations

import sqlite3
from typing import Callable

from keeper.store.schema_v1_v6 import (
    run_script,
    v1_initial,
    v2_void_shortcuts_synonyms,
    v3_entry_order,
    v4_directory_and_imports,
    v5_months,
    v6_appeals_activities,
)
from keeper.store.seed import BUILTIN_GROUPS, BUILTIN_SUPPLIES, MORE_GROUPS, MORE_SERVICES


def _v7_more_codes(conn: sqlite3.Connection) -> None:
    # Groups become editable like services (shown or hidden, a key, an icon), and the
    # codes of DESIGN §3 that stations across the country count arrive, hidden: an
    # existing station's tiles and figures stay exactly as they were until it turns
    # them on. The six old groups keep Alt+1..6 in their old order. A station that had
    # already added a service under one of the new codes keeps its own.
    run_script(
        conn,
        """
        ALTER TABLE visitor_group ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE visitor_group ADD COLUMN builtin INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE visitor_group ADD COLUMN shortcut TEXT NOT NULL DEFAULT '';
        ALTER TABLE visitor_group ADD COLUMN icon TEXT NOT NULL DEFAULT '';
        """
    )
    conn.executemany("UPDATE visitor_group SET builtin = 1 WHERE code = ?",
                     [(code,) for code, _, _ in BUILTIN_GROUPS])
    # Alt+N used to follow the tile's position: write down the key each group had then.
    ordered = [row[0] for row in conn.execute(
        "SELECT code FROM visitor_group ORDER BY sort_order, code")]
    conn.executemany("UPDATE visitor_group SET shortcut = ? WHERE code = ?",
                     [(str(i + 1), code) for i, code in enumerate(ordered[:9])])
    top = conn.execute("SELECT COALESCE(MAX(sort_order), 0) FROM service").fetchone()[0]
    conn.executemany(
        "INSERT OR IGNORE INTO service (code, name_zh, name_en, active, sort_order, builtin)"
        " VALUES (?, ?, ?, 0, ?, 1)",
        [(code, zh, en, top + i + 1) for i, (code, zh, en) in enumerate(MORE_SERVICES)])
    top = conn.execute("SELECT COALESCE(MAX(sort_order), 0) FROM visitor_group").fetchone()[0]
    conn.executemany(
        "INSERT OR IGNORE INTO visitor_group (code, name_zh, name_en, sort_order, active,"
        " builtin) VALUES (?, ?, ?, ?, 0, 1)",
        [(code, zh, en, top + i + 1) for i, (code, zh, en) in enumerate(MORE_GROUPS)])


def _v8_supplies(conn: sqlite3.Connection) -> None:
    # Supplies (issue 19): items, lots with expiry dates, and movements that are never
    # changed (a mistake is undone by another movement). ``on_hand`` and ``remaining``
    # are running totals kept in the same transaction as each movement, so the log
    # screen's alerts read a few rows instead of summing every movement ever made.
    run_script(
        conn,
        """
        CREATE TABLE supply_item (
            code TEXT PRIMARY KEY,
            name_zh TEXT NOT NULL,
            name_en TEXT NOT NULL,
            unit_zh TEXT NOT NULL DEFAULT '',
            unit_en TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL CHECK (category IN
                ('drinks', 'first_aid', 'repair_parts', 'loan_items', 'donations')),
            min_level INTEGER NOT NULL DEFAULT 0 CHECK (min_level >= 0),
            has_expiry INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1,
            sort_order INTEGER NOT NULL DEFAULT 0,
            builtin INTEGER NOT NULL DEFAULT 0,
            on_hand INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE supply_lot (
            id INTEGER PRIMARY KEY,
            item_code TEXT NOT NULL REFERENCES supply_item(code),
            expires TEXT,
            received_on TEXT NOT NULL,
            remaining INTEGER NOT NULL DEFAULT 0 CHECK (remaining >= 0)
        );
        CREATE INDEX supply_lot_open ON supply_lot(item_code, expires) WHERE remaining > 0;
        CREATE TABLE supply_movement (
            id INTEGER PRIMARY KEY,
            item_code TEXT NOT NULL REFERENCES supply_item(code),
            kind TEXT NOT NULL CHECK (kind IN ('receive', 'issue', 'return', 'discard',
                                               'count')),
            quantity INTEGER NOT NULL,
            lot_id INTEGER REFERENCES supply_lot(id),
            day TEXT NOT NULL,
            created_at TEXT NOT NULL,
            donor TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            visit_id INTEGER REFERENCES visit(id)
        );
        CREATE INDEX supply_movement_by_item ON supply_movement(item_code, day);
        CREATE INDEX supply_movement_by_day ON supply_movement(day);
        CREATE INDEX supply_movement_by_visit ON supply_movement(visit_id)
            WHERE visit_id IS NOT NULL;
        CREATE TRIGGER supply_movement_never_changed BEFORE UPDATE ON supply_movement
        BEGIN SELECT RAISE(ABORT, 'supply movements are append-only'); END;
        CREATE TRIGGER supply_movement_never_deleted BEFORE DELETE ON supply_movement
        BEGIN SELECT RAISE(ABORT, 'supply movements are append-only'); END;
        CREATE TABLE service_supply (
            service_code TEXT NOT NULL REFERENCES service(code),
            item_code TEXT NOT NULL REFERENCES supply_item(code),
            quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 0),
            PRIMARY KEY (service_code, item_code)
        ) WITHOUT ROWID;
        CREATE TABLE visit_part (
            visit_id INTEGER NOT NULL REFERENCES visit(id),
            item_code TEXT NOT NULL REFERENCES supply_item(code),
            quantity INTEGER NOT NULL CHECK (quantity >= 0),
            PRIMARY KEY (visit_id, item_code)
        ) WITHOUT ROWID;
        """,
    )
    conn.executemany(
        "INSERT INTO supply_item (code, name_zh, name_en, unit_zh, unit_en, category, min_level,"
        " has_expiry, sort_order, builtin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        [(*row, i) for i, row in enumerate(BUILTIN_SUPPLIES)])


def _v9_member_cards(conn: sqlite3.Connection) -> None:
    # NULL: no card printed yet. Reissuing a lost card raises it; older serials are refused.
    conn.execute("ALTER TABLE visitor ADD COLUMN card_serial INTEGER CHECK (card_serial > 0)")


def _v10_station_key(conn: sqlite3.Connection) -> None:
    """The station's Ed25519 signing key (its bundles are signed with it; a backup carries
    it). An existing station gets its key now. Station codes become upper-case, as the
    bundles carry them (DESIGN §3), '_' becoming '-'."""
    # Frozen here (a store module never imports the core): the key as keeper.core.signing
    # makes it, base64 of the raw 32 bytes.
    import base64

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    run_script(
        conn,
        """
        CREATE TABLE station_key (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            private_key TEXT NOT NULL,
            public_key TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        UPDATE station SET code = replace(upper(code), '_', '-');
        """,
    )
    if conn.execute("SELECT COUNT(*) FROM station").fetchone()[0]:
        from datetime import datetime

        key = Ed25519PrivateKey.generate()
        raw = dict(encoding=serialization.Encoding.Raw)
        private = base64.b64encode(key.private_bytes(
            format=serialization.PrivateFormat.Raw,
            encryption_algorithm=serialization.NoEncryption(), **raw)).decode("ascii")
        public = base64.b64encode(key.public_key().public_bytes(
            format=serialization.PublicFormat.Raw, **raw)).decode("ascii")
        conn.execute("INSERT INTO station_key VALUES (1, ?, ?, ?)", (
            private, public, datetime.now().astimezone().isoformat(timespec="seconds")))


def _v11_visit_platform_from_visitor(conn: sqlite3.Connection) -> None:
    """Visits logged at the counter or with ``keeper log`` for a registered worker were
    stored without the worker's platform (only imports and the demo set it), so the month's
    ``platforms`` figure left them out. Such a visit takes its visitor's platform: the
    platform known now is the best knowledge of it. A closed month whose figure changes
    exports as a new revision, as any change to its contents does. One audit entry says
    how many visits were filled in."""
    from datetime import datetime

    repaired = conn.execute(
        "UPDATE visit SET platform = (SELECT p.platform FROM visitor p WHERE p.id = "
        "visit.visitor_id) WHERE visitor_id IS NOT NULL AND platform = '' AND EXISTS ("
        "SELECT 1 FROM visitor p WHERE p.id = visit.visitor_id AND p.platform != '')"
    ).rowcount
    if repaired:
        conn.execute(
            "INSERT INTO audit_log (at, action, entity, entity_id, old, new, reason) "
            "VALUES (?, 'repair', 'visit', NULL, NULL, ?, ?)",
            [datetime.now().astimezone().isoformat(timespec="seconds"),
             f'{{"platform_from_visitor": {repaired}}}',
             "schema 11: visits of registered workers take their platform"])

Migration = Callable[[sqlite3.Connection], None]

# Append only. The position in this list + 1 is the schema version it produces.
MIGRATIONS: tuple[Migration, ...] = (
    v1_initial,
    v2_void_shortcuts_synonyms,
    v3_entry_order,
    v4_directory_and_imports,
    v5_months,
    v6_appeals_activities,
    _v7_more_codes,
    _v8_supplies,
    _v9_member_cards,
    _v10_station_key,
    _v11_visit_platform_from_visitor,
)

LATEST_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> list[int]:
    """Bring the database up to ``target``; return the versions applied."""
    applied = []
    current = user_version(conn)
    for version in range(current + 1, target + 1):
        # Explicit BEGIN: sqlite3's implicit transactions do not cover executescript/DDL.
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(version)
    return applied
