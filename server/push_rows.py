"""Writing a run of sales planned by ``server.push_batch``: each table at once, and the feed.

On PostgreSQL new rows go in with ``COPY`` (the values Core would insert); on
SQLite with one multi-row INSERT per table. Changed accounts and members are
updated with one statement each. The written rows are put in the change feed
as the session's flush would have put them (``feed_entries``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import itemgetter
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Connection,
    Date,
    DateTime,
    Integer,
    String,
    Table,
    bindparam,
    insert,
    text,
    update,
)
from sqlalchemy.exc import DataError, IntegrityError

from core.db import models as m
from server import feed as changes
from server.api import json_bytes
from server.pg_arrays import date_array, number_array, text_array
from server.push import TOUCH_ACCOUNTS, Pending

_t = m.Base.metadata.tables
_ACCOUNTS = _t["point_accounts"]
_ACCOUNT_UPDATE = (
    update(_ACCOUNTS)
    .where(_ACCOUNTS.c.member_id == bindparam("m_id"))
    .values(balance=bindparam("m_balance"), lifetime_earned=bindparam("m_earned"))
)
_MEMBERS = _t["members"]
_MEMBER_UPDATE = (
    update(_MEMBERS)
    .where(_MEMBERS.c.id == bindparam("m_id"))
    .values(
        tier_code=bindparam("m_tier_code"),
        tier_since=bindparam("m_tier_since"),
        tier_grace_until=bindparam("m_grace"),
    )
)
# The tables a sale adds rows to, in the order they are written (foreign keys wait for
# the end of the run either way).
NEW_ROWS = (
    "commands",
    "sales",
    "sale_lines",
    "point_entries",
    "point_lots",
    "lot_movements",
    "qualifying_events",
    "tier_changes",
    "attention_items",
)


@dataclass
class Tables:
    """A run's rows: new rows by table, member updates in order, accounts' final figures."""

    new: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {name: [] for name in NEW_ROWS}
    )
    members: list[dict[str, Any]] = field(default_factory=list)
    # member id -> (balance, lifetime earned) after the run
    accounts: dict[str, tuple[int, int]] = field(default_factory=dict)
    # Members whose figures the run leaves as they were: their rows get a new version
    # all the same (``server.push.touch_accounts``); not a change for the feed.
    touched: set[str] = field(default_factory=set)

    def add(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        """One sale's rows (``members``: its tier change, as ``_MEMBER_UPDATE`` takes it)."""
        for name, values in rows.items():
            if name == "members":
                self.members.extend(values)
            else:
                self.new[name].extend(values)


def write(conn: Connection, tables: Tables, *, postgres: bool) -> None:
    """Write the run inside the caller's savepoint; raises one of ``REFUSED`` if refused."""
    for name in NEW_ROWS:
        rows = tables.new[name]
        if not rows:
            continue
        if postgres:
            _copy(conn, _t[name], rows)
        else:
            conn.execute(insert(_t[name]), rows)
    if postgres:
        _update_from_arrays(conn, tables)
        touched = tables.touched - tables.accounts.keys()
        if touched:
            conn.execute(TOUCH_ACCOUNTS, {"ids": text_array(sorted(touched))})
    else:
        if tables.members:
            conn.execute(_MEMBER_UPDATE, tables.members)
        if tables.accounts:
            conn.execute(
                _ACCOUNT_UPDATE,
                [
                    {"m_id": member_id, "m_balance": balance, "m_earned": earned}
                    for member_id, (balance, earned) in tables.accounts.items()
                ],
            )
    if postgres:  # the foreign keys, now, while a refusal can still be undone
        conn.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))
        conn.execute(text("SET CONSTRAINTS ALL DEFERRED"))


# One statement for a run's accounts (or members) on PostgreSQL, where an executemany is
# one UPDATE per row: the new figures go in as arrays, joined on the key. Each array is one
# text parameter (``text_array``, ``number_array``, ``date_array``) cast in the statement.
_ACCOUNTS_FROM_ARRAYS = text(
    "UPDATE point_accounts AS a SET balance = v.balance, lifetime_earned = v.earned"
    " FROM unnest(CAST(:ids AS text[]), CAST(:balances AS bigint[]), CAST(:earned AS bigint[]))"
    " AS v(member_id, balance, earned)"
    " WHERE a.member_id = v.member_id"
).bindparams(
    bindparam("ids", type_=String),
    bindparam("balances", type_=String),
    bindparam("earned", type_=String),
)
_MEMBERS_FROM_ARRAYS = text(
    "UPDATE members AS m SET tier_code = v.tier_code, tier_since = v.tier_since,"
    " tier_grace_until = v.grace"
    " FROM unnest(CAST(:ids AS text[]), CAST(:codes AS text[]), CAST(:since AS date[]),"
    " CAST(:grace AS date[])) AS v(id, tier_code, tier_since, grace)"
    " WHERE m.id = v.id"
).bindparams(
    bindparam("ids", type_=String),
    bindparam("codes", type_=String),
    bindparam("since", type_=String),
    bindparam("grace", type_=String),
)


def _update_from_arrays(conn: Connection, tables: Tables) -> None:
    if tables.members:
        # A member upgraded twice in the run: the last change is the one that stands.
        last = {row["m_id"]: row for row in tables.members}
        conn.execute(
            _MEMBERS_FROM_ARRAYS,
            {
                "ids": text_array(list(last)),
                "codes": text_array([row["m_tier_code"] for row in last.values()]),
                "since": date_array([row["m_tier_since"] for row in last.values()]),
                "grace": date_array([row["m_grace"] for row in last.values()]),
            },
        )
    if tables.accounts:
        figures = tables.accounts.values()
        conn.execute(
            _ACCOUNTS_FROM_ARRAYS,
            {
                "ids": text_array(list(tables.accounts)),
                "balances": number_array([balance for balance, _ in figures]),
                "earned": number_array([earned for _, earned in figures]),
            },
        )


def feed_entries(tables: Tables) -> Pending:
    """The change feed's entries for the written rows, as the session's flush makes them."""
    out: Pending = {}
    new = tables.new
    owner = {row["id"]: row["member_id"] for row in new["sales"]}
    owner.update({row["id"]: row["member_id"] for row in new["point_lots"]})
    for name in NEW_ROWS:
        entity = changes.BY_NAME.get(name)
        if entity is None:
            continue
        pk = [c.key for c in entity.table.primary_key.columns]
        single = pk[0] if len(pk) == 1 else None
        plain = _PLAIN.fullmatch
        for row in new[name]:
            if name == "sale_lines":
                member = owner[row["sale_id"]]
            elif name == "lot_movements":
                member = owner[row["lot_id"]]
            else:
                member = row["member_id"]
            store = entity.store_of(SimpleNamespace(**row)) if entity.store_of else None
            value = row[single] if single is not None else None
            # The usual one-column id spelled as ``_key`` spells it, without the call.
            plain_id = type(value) is str and plain(value)
            key = f'["{value}"]' if plain_id else _key(entity, pk, row)
            out[(name, key)] = (member, store)
    entity = changes.BY_NAME["members"]
    for row in tables.members:
        out[(entity.name, _key(entity, ["id"], {"id": row["m_id"]}))] = (row["m_id"], None)
    entity = changes.BY_NAME["point_accounts"]
    for member_id in tables.accounts:
        key = _key(entity, ["member_id"], {"member_id": member_id})
        out[(entity.name, key)] = (member_id, None)
    return out


_PLAIN = re.compile(r"[0-9A-Za-z_.:-]*")


def _key(entity: changes.Entity, pk: list[str], row: dict[str, Any]) -> str:
    """``entity.key_of`` of a row, without its JSON encoder for the usual ids and numbers."""
    parts = []
    for name in pk:
        value = row[name]
        if type(value) is int:
            parts.append(str(value))
        elif type(value) is str and _PLAIN.fullmatch(value):
            parts.append(f'"{value}"')
        else:
            return entity.key_of(SimpleNamespace(**row))
    return f"[{', '.join(parts)}]"


def _copy(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT the rows with PostgreSQL's COPY: the values Core would insert, far faster.

    Every row has the same keys; a column left out gets its Python-side default, as
    Core would give it; JSON columns are serialised as Core serialises them. The rows
    go in PostgreSQL's binary format: no text to escape here or to parse there (times
    and numbers above all), a sixth less CPU for a pushed sale than the text format.
    """
    keys = list(rows[0])
    defaults = [
        column
        for column in table.columns
        if column.key not in rows[0] and column.default is not None and column.default.is_scalar
    ]
    if any(
        c.key not in rows[0] and c.default is not None and not c.default.is_scalar
        for c in table.columns
    ):
        conn.execute(insert(table), rows)  # a computed default: Core knows how
        return
    columns = [table.c[k] for k in keys] + defaults
    as_json = [i for i, k in enumerate(keys) if isinstance(table.c[k].type, JSON)]
    fixed = [column.default.arg for column in defaults]  # type: ignore[union-attr]
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(column.name) for column in columns)
    driver = conn.connection.driver_connection
    assert driver is not None
    values_of = itemgetter(*keys)  # a row's values in the statement's order, in one call
    with (
        driver.cursor() as cursor,
        cursor.copy(f"COPY {quote(table.name)} ({names}) FROM STDIN (FORMAT BINARY)") as copy,
    ):
        copy.set_types([binary_type(column.type) for column in columns])
        write = copy.write_row
        for row in rows:
            values = list(values_of(row)) if len(keys) > 1 else [row[keys[0]]]
            for i in as_json:
                values[i] = _json_text(values[i])
            write(values + fixed if fixed else values)


def binary_type(kind: Any) -> str:
    """The PostgreSQL type whose binary form psycopg writes for a column of this type.

    Text and JSON (already encoded) go as text: ``varchar`` and ``json`` read the same
    bytes. Raises TypeError for a type not listed, so a new column type is noticed.
    """
    if isinstance(kind, String | JSON):  # Text is a String
        return "text"
    for sa_type, name in _BINARY:
        if isinstance(kind, sa_type):
            return name
    raise TypeError(f"no binary COPY type for {kind!r}")


# BigInteger before Integer: it is one.
_BINARY: tuple[tuple[type[Any], str], ...] = (
    (BigInteger, "int8"),
    (Integer, "int4"),
    (Boolean, "bool"),
    (DateTime, "timestamp"),
    (Date, "date"),
)


def _driver_refusals() -> tuple[type[Exception], ...]:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - SQLite only
        return ()
    return (psycopg.IntegrityError, psycopg.DataError)


# What the database refuses a row for, from Core or from the driver's COPY.
REFUSED: tuple[type[Exception], ...] = (IntegrityError, DataError, *_driver_refusals())


def _json_text(value: Any) -> str:
    """A JSON column's text, as COPY takes it."""
    return json_bytes(value).decode()
