"""The analytics benchmark's device database: N demo members and 10 ledger entries per member.

``core.seed`` gives the members, the catalog and about 2.3 entries per member; the rest
of the history (sales with their ``earn`` entries and lots, spread over the last two
years) is added here with set-based SQL on a plain sqlite3 connection, which is what
makes 10,000,000 entries affordable. It is only benchmark data: the added lots have no
lot movements. The file is reused once its ``.ready`` marker exists
(``MEMBERDESK_BENCH_DIR``, default ``<tmp>/memberdesk-bench``).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from _common import seeded_db

ENTRIES_PER_MEMBER = 10
BENCH_COMMAND = "bench000-0000-4000-8000-000000000000"


def analytics_db(members: int) -> Path:
    """The database (made once): ``members`` members and ``10 * members`` ledger entries."""
    return seeded_db(
        members,
        name=f"memberdesk-bench-analytics-{members}.db",
        then=lambda path: _add_history(path, members * ENTRIES_PER_MEMBER),
    )


def _add_history(path: Path, target_entries: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-1000000")
        have = conn.execute("SELECT count(*) FROM point_entries").fetchone()[0]
        members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
        today = conn.execute("SELECT max(date(at)) FROM sales").fetchone()[0]
        missing = max(target_entries - have, 0)
        # Sales per member: 0 .. 2*avg, by a hash of the member's rowid.
        spread = max(2 * missing // max(members, 1) + 1, 1)
        device, store = conn.execute(
            "SELECT device_id, store_code FROM commands ORDER BY seq LIMIT 1"
        ).fetchone()
        conn.execute("BEGIN")
        conn.execute(
            "INSERT OR IGNORE INTO commands (id, kind, schema_version, device_id, seq, store_code, "
            "staff, device_time, payload, result, applied_at, sync_state) VALUES "
            "(?, 'record_sale', 1, ?, 999999999, ?, NULL, ?, '{}', '{}', ?, 'remote')",
            (BENCH_COMMAND, device, store, f"{today} 00:00:00.000000", f"{today} 00:00:00.000000"),
        )
        conn.execute("CREATE TEMP TABLE n (i INTEGER PRIMARY KEY)")
        conn.executemany("INSERT INTO n VALUES (?)", [(i,) for i in range(spread)])
        conn.execute("COMMIT")
        step = 50_000
        top = conn.execute("SELECT max(rowid) FROM members").fetchone()[0] or 0
        added = 0
        for lo in range(0, top + 1, step):
            if added >= missing:
                break
            conn.execute("BEGIN")
            conn.execute("DROP TABLE IF EXISTS temp.x")
            conn.execute(
                f"""
                CREATE TEMP TABLE x AS
                SELECT m.rowid AS r, n.i AS i, m.id AS member_id, m.home_store AS store,
                       date(:today, printf('-%d days', (m.rowid * 31 + n.i * 97) % 730))
                         || printf(' %02d:%02d:00.000000', 9 + (m.rowid + n.i) % 12,
                                   (m.rowid * 7 + n.i) % 60) AS at,
                       1000 + (m.rowid * 13 + n.i * 7919) % 50000 AS net
                FROM members m JOIN n ON n.i < (m.rowid * 2654435761) % {spread}
                WHERE m.rowid >= :lo AND m.rowid < :hi
                ORDER BY m.rowid, n.i
                """,
                {"today": today, "lo": lo, "hi": lo + step},
            )
            conn.execute(
                """
                INSERT INTO sales (id, receipt_no, member_id, store_code, device_id, staff, at,
                  gross_fen, tier_discount_fen, coupon_id, coupon_discount_fen, net_fen,
                  points_spent, points_cash_fen, paid_fen, points_earned, rule_version, breakdown,
                  refunded_fen, points_reversed, points_returned, cash_refunded_fen, command_id)
                SELECT printf('bench5a1-%04x-4000-8000-%012x', i, r),
                  printf('BENCH%010d%04d', r, i), member_id, store, :device, NULL, at, net,
                  0, NULL, 0, net, 0, 0, net, net / 100, 1, '[]', 0, 0, 0, 0, :cmd
                FROM x
                """,
                {"device": device, "cmd": BENCH_COMMAND},
            )
            conn.execute(
                """
                INSERT INTO point_entries (id, member_id, command_id, kind, points, debt_delta,
                  sale_id, redemption_id, ref_entry_id, store_code, device_id, staff, reason,
                  detail, created_at, seq)
                SELECT printf('benche00-%04x-4000-8000-%012x', i, r), member_id, :cmd, 'earn',
                  net / 100, 0, printf('bench5a1-%04x-4000-8000-%012x', i, r), NULL, NULL, store,
                  :device, NULL, NULL, '{}', at, r * 64 + i
                FROM x
                """,
                {"device": device, "cmd": BENCH_COMMAND},
            )
            conn.execute(
                """
                INSERT INTO point_lots (id, member_id, entry_id, points, remaining, available_at,
                  expires_at, sale_id)
                SELECT printf('bench10t-%04x-4000-8000-%012x', i, r), member_id,
                  printf('benche00-%04x-4000-8000-%012x', i, r), net / 100,
                  CASE WHEN at >= date(:today, '-365 days') THEN net / 100 ELSE 0 END,
                  datetime(at, '+7 days') || '.000000',
                  date(at, '+731 days') || ' 00:00:00.000000',
                  printf('bench5a1-%04x-4000-8000-%012x', i, r)
                FROM x
                """,
                {"today": today},
            )
            conn.execute("DROP TABLE IF EXISTS temp.y")
            conn.execute(
                """
                CREATE TEMP TABLE y AS SELECT member_id,
                  sum(CASE WHEN at >= date(:today, '-365 days') THEN net / 100 ELSE 0 END) AS kept,
                  sum(net / 100) AS earned
                FROM x GROUP BY member_id
                """,
                {"today": today},
            )
            conn.execute("CREATE UNIQUE INDEX temp.y_member ON y (member_id)")
            conn.execute(
                """
                UPDATE point_accounts SET
                  balance = balance
                    + (SELECT kept FROM y WHERE y.member_id = point_accounts.member_id),
                  lifetime_earned = lifetime_earned
                    + (SELECT earned FROM y WHERE y.member_id = point_accounts.member_id)
                WHERE member_id IN (SELECT member_id FROM y)
                """
            )
            added += conn.execute("SELECT count(*) FROM x").fetchone()[0]
            conn.execute("COMMIT")
            print(f"\r  {added + have:,} entries", end="", file=sys.stderr)
        print(file=sys.stderr)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
