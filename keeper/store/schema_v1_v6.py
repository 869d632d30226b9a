"""The first six schema versions, frozen (``keeper.store.migrations`` numbers and runs
them): the ledger, voids and shortcuts, entry order, the directory and imports, closed
months, appeals and activities. Never edited: a change is a new migration."""
from __future__ import annotations

import sqlite3

from keeper.store.seed import BUILTIN_GROUPS, BUILTIN_SERVICES


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction.

    ``executescript`` would COMMIT first and break the one-transaction promise.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement!r}")


def v1_initial(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE station (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            district TEXT NOT NULL,
            address TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'comprehensive'
                CHECK (kind IN ('comprehensive', 'specialized')),
            updated_at TEXT NOT NULL
        );
        CREATE TABLE service (
            code TEXT PRIMARY KEY,
            name_zh TEXT NOT NULL,
            name_en TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            sort_order INTEGER NOT NULL DEFAULT 0,
            builtin INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE visitor_group (
            code TEXT PRIMARY KEY,
            name_zh TEXT NOT NULL,
            name_en TEXT NOT NULL,
            sort_order INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE visitor (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            phone TEXT UNIQUE,
            member_no TEXT UNIQUE,
            group_code TEXT NOT NULL REFERENCES visitor_group(code),
            created_at TEXT NOT NULL
        );
        CREATE TABLE visit (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            time TEXT,
            group_code TEXT NOT NULL REFERENCES visitor_group(code),
            count INTEGER NOT NULL DEFAULT 1 CHECK (count > 0),
            visitor_id INTEGER REFERENCES visitor(id),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            changed_at TEXT NOT NULL
        );
        CREATE INDEX visit_by_date ON visit(date, time);
        CREATE TABLE visit_service (
            visit_id INTEGER NOT NULL REFERENCES visit(id),
            service_code TEXT NOT NULL REFERENCES service(code),
            PRIMARY KEY (visit_id, service_code)
        ) WITHOUT ROWID;
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT,
            old TEXT,
            new TEXT,
            reason TEXT NOT NULL DEFAULT ''
        );
        -- What an attendant did is evidence: the audit log is append-only.
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )
    conn.executemany(
        "INSERT INTO service (code, name_zh, name_en, active, sort_order, builtin)"
        " VALUES (?, ?, ?, 1, ?, 1)",
        [(code, zh, en, i) for i, (code, zh, en) in enumerate(BUILTIN_SERVICES)],
    )
    conn.executemany(
        "INSERT INTO visitor_group (code, name_zh, name_en, sort_order) VALUES (?, ?, ?, ?)",
        [(code, zh, en, i) for i, (code, zh, en) in enumerate(BUILTIN_GROUPS)],
    )


def v2_void_shortcuts_synonyms(conn: sqlite3.Connection) -> None:
    # Voided visits stay in the ledger (never deleted) but stop counting; services get a
    # keyboard shortcut for the log screen; stations teach imports their own spellings.
    run_script(
        conn,
        """
        ALTER TABLE visit ADD COLUMN voided_at TEXT;
        ALTER TABLE visit ADD COLUMN void_reason TEXT NOT NULL DEFAULT '';
        ALTER TABLE service ADD COLUMN shortcut TEXT NOT NULL DEFAULT '';
        CREATE INDEX visit_by_visitor ON visit(visitor_id) WHERE visitor_id IS NOT NULL;
        CREATE INDEX visit_service_by_service ON visit_service(service_code, visit_id);
        CREATE TABLE synonym (
            kind TEXT NOT NULL CHECK (kind IN ('service', 'group')),
            text TEXT NOT NULL,
            code TEXT NOT NULL,
            PRIMARY KEY (kind, text)
        );
        """
    )


def v3_entry_order(conn: sqlite3.Connection) -> None:
    # The log screen lists what was entered today (paper sheets typed in the evening carry
    # older dates): an index on created_at keeps that instant on a million-visit ledger.
    run_script(conn, "CREATE INDEX visit_by_created ON visit(created_at);")
    # How many times a visit was corrected: the ledger marks corrected rows without
    # reading the audit log for every row shown.
    run_script(conn, "ALTER TABLE visit ADD COLUMN amendments INTEGER NOT NULL DEFAULT 0;")
    # Digits 1-8 log the built-in services from the keyboard (the attendant may change them).
    conn.executemany("UPDATE service SET shortcut = ? WHERE code = ? AND shortcut = ''",
                     [(str(i + 1), code) for i, (code, _, _) in enumerate(BUILTIN_SERVICES)])


BUILTIN_PLATFORMS = ("美团", "饿了么", "顺丰", "京东", "中通", "圆通", "韵达", "申通", "极兔", "滴滴",
                     "货拉拉", "满帮", "其他")


def v4_directory_and_imports(conn: sqlite3.Connection) -> None:
    # The visitor directory (registration details, consent, erasure, merging, a search
    # key of pinyin), the platforms list, each visit's platform for the district's
    # figures, and import batches that make re-imports idempotent and undoable.
    run_script(
        conn,
        """
        ALTER TABLE visitor ADD COLUMN platform TEXT NOT NULL DEFAULT '';
        ALTER TABLE visitor ADD COLUMN party_member INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE visitor ADD COLUMN volunteer INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE visitor ADD COLUMN volunteer_team TEXT NOT NULL DEFAULT '';
        ALTER TABLE visitor ADD COLUMN registered_on TEXT;
        ALTER TABLE visitor ADD COLUMN consent_on TEXT;
        ALTER TABLE visitor ADD COLUMN notes TEXT NOT NULL DEFAULT '';
        ALTER TABLE visitor ADD COLUMN erased_at TEXT;
        ALTER TABLE visitor ADD COLUMN merged_into INTEGER REFERENCES visitor(id);
        ALTER TABLE visitor ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
        UPDATE visitor SET registered_on = substr(created_at, 1, 10)
            WHERE registered_on IS NULL AND created_at GLOB '[0-9][0-9][0-9][0-9]-*';
        CREATE TABLE platform (
            name TEXT PRIMARY KEY,
            sort_order INTEGER NOT NULL DEFAULT 0,
            builtin INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE import_batch (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('ledger', 'roster')),
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            rows_added INTEGER NOT NULL DEFAULT 0,
            rows_updated INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL,
            undone_at TEXT
        );
        ALTER TABLE visit ADD COLUMN platform TEXT NOT NULL DEFAULT '';
        ALTER TABLE visit ADD COLUMN import_batch_id INTEGER REFERENCES import_batch(id);
        ALTER TABLE visit ADD COLUMN import_key TEXT;
        CREATE UNIQUE INDEX visit_by_import_key ON visit(import_key) WHERE import_key IS NOT NULL;
        CREATE INDEX visit_by_import_batch ON visit(import_batch_id)
            WHERE import_batch_id IS NOT NULL;
        """,
    )
    conn.executemany("INSERT INTO platform (name, sort_order, builtin) VALUES (?, ?, 1)",
                     [(name, i) for i, name in enumerate(BUILTIN_PLATFORMS)])


def v5_months(conn: sqlite3.Connection) -> None:
    # Closing a month after its report went out; corrections made to a closed month are
    # listed for the district; each export is remembered with its revision number.
    run_script(
        conn,
        """
        CREATE TABLE month_state (
            month TEXT PRIMARY KEY,
            closed_at TEXT,
            reopened_at TEXT
        );
        CREATE TABLE correction (
            id INTEGER PRIMARY KEY,
            month TEXT NOT NULL,
            visit_id INTEGER REFERENCES visit(id),
            action TEXT NOT NULL,
            at TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX correction_by_month ON correction(month, at);
        CREATE TABLE export_record (
            id INTEGER PRIMARY KEY,
            month TEXT NOT NULL,
            revision INTEGER NOT NULL,
            generated_at TEXT NOT NULL,
            folder TEXT NOT NULL,
            files TEXT NOT NULL,
            content_sha256 TEXT NOT NULL
        );
        CREATE INDEX export_by_month ON export_record(month, revision);
        """,
    )


APPEAL_CATEGORIES = (
    ("access", "小区进门难", "Access to compounds"), ("parking_rest", "停车休息", "Parking and rest"),
    ("insurance", "保险", "Insurance"), ("labour_rights", "劳动权益", "Labour rights"),
    ("traffic_safety", "交通安全", "Traffic safety"), ("facilities", "驿站设施", "Station facilities"),
    ("other", "其他", "Other"),
)
ACTIVITY_TYPES = (
    ("patrol", "社区巡防", "Community patrol"), ("cleanup", "环境整治", "Clean-up"),
    ("emergency", "应急处置", "Emergency help"), ("helping", "帮扶群众", "Helping residents"),
    ("care", "关爱慰问", "Care visits"), ("training", "培训学习", "Training"),
    ("other", "其他", "Other"),
)


def v6_appeals_activities(conn: sqlite3.Connection) -> None:
    # Problems workers raise (诉求), followed until solved; volunteer activities and teams.
    run_script(
        conn,
        """
        CREATE TABLE appeal_category (
            code TEXT PRIMARY KEY,
            name_zh TEXT NOT NULL,
            name_en TEXT NOT NULL,
            sort_order INTEGER NOT NULL DEFAULT 0,
            builtin INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE appeal (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            visitor_id INTEGER REFERENCES visitor(id),
            group_code TEXT NOT NULL REFERENCES visitor_group(code),
            category TEXT NOT NULL REFERENCES appeal_category(code),
            description TEXT NOT NULL,
            urgency TEXT NOT NULL DEFAULT 'normal' CHECK (urgency IN ('low', 'normal', 'high')),
            status TEXT NOT NULL DEFAULT 'recorded'
                CHECK (status IN ('recorded', 'referred', 'resolved', 'followed_up')),
            referred_to TEXT NOT NULL DEFAULT '',
            referred_on TEXT,
            resolution TEXT NOT NULL DEFAULT '',
            resolved_on TEXT,
            followed_up_on TEXT,
            satisfied INTEGER,
            follow_up_note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            voided_at TEXT,
            void_reason TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX appeal_by_date ON appeal(date);
        CREATE INDEX appeal_by_status ON appeal(status);
        CREATE TABLE activity_type (
            code TEXT PRIMARY KEY,
            name_zh TEXT NOT NULL,
            name_en TEXT NOT NULL,
            sort_order INTEGER NOT NULL DEFAULT 0,
            builtin INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE team (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            leader_id INTEGER REFERENCES visitor(id),
            created_at TEXT NOT NULL
        );
        CREATE TABLE team_member (
            team_id INTEGER NOT NULL REFERENCES team(id),
            visitor_id INTEGER NOT NULL REFERENCES visitor(id),
            joined_on TEXT NOT NULL,
            PRIMARY KEY (team_id, visitor_id)
        ) WITHOUT ROWID;
        CREATE TABLE activity (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            type TEXT NOT NULL REFERENCES activity_type(code),
            title TEXT NOT NULL,
            team_id INTEGER REFERENCES team(id),
            other_participants INTEGER NOT NULL DEFAULT 0 CHECK (other_participants >= 0),
            hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
            people_helped INTEGER NOT NULL DEFAULT 0 CHECK (people_helped >= 0),
            story TEXT NOT NULL DEFAULT '',
            photo_path TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            voided_at TEXT,
            void_reason TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX activity_by_date ON activity(date);
        CREATE TABLE activity_participant (
            activity_id INTEGER NOT NULL REFERENCES activity(id),
            visitor_id INTEGER NOT NULL REFERENCES visitor(id),
            PRIMARY KEY (activity_id, visitor_id)
        ) WITHOUT ROWID;
        CREATE INDEX participant_by_visitor ON activity_participant(visitor_id);
        """,
    )
    conn.executemany("INSERT INTO appeal_category VALUES (?, ?, ?, ?, 1)",
                     [(c, zh, en, i) for i, (c, zh, en) in enumerate(APPEAL_CATEGORIES)])
    conn.executemany("INSERT INTO activity_type VALUES (?, ?, ?, ?, 1)",
                     [(c, zh, en, i) for i, (c, zh, en) in enumerate(ACTIVITY_TYPES)])
