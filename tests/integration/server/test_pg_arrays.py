"""The push's array parameters, written as PostgreSQL array literals, read back as sent."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, create_engine, text

from server.pg_arrays import date_array, number_array, text_array
from tests.integration.server.conftest import pg_create, pg_drop, require_pg

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def engine() -> Iterator[Engine]:
    require_pg()
    name = f"md_arrays_{uuid.uuid4().hex[:10]}"
    url = pg_create(name)
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        yield engine
    finally:
        engine.dispose()
        pg_drop(name)


HOSTILE = [
    "",
    "NULL",
    "null",
    '"',
    "\\",
    '\\"',
    "a,b",
    "{x}",
    " padded ",
    "收银台",
    "tab\tnew\nline",
]


def test_hostile_strings_come_back_as_they_were(engine: Engine) -> None:
    with engine.connect() as conn:
        got = conn.execute(text("SELECT CAST(:a AS text[])"), {"a": text_array(HOSTILE)}).scalar()
        assert got == HOSTILE
        assert conn.execute(text("SELECT CAST(:a AS text[])"), {"a": text_array([])}).scalar() == []


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12), max_size=8
    )
)
def test_any_strings_come_back_as_they_were(engine: Engine, values: list[str]) -> None:
    with engine.connect() as conn:
        got = conn.execute(text("SELECT CAST(:a AS text[])"), {"a": text_array(values)}).scalar()
    assert got == values


def test_numbers_and_dates(engine: Engine) -> None:
    days = [date(2026, 2, 28), None, date(1999, 12, 31)]
    with engine.connect() as conn:
        numbers = conn.execute(
            text("SELECT CAST(:a AS bigint[])"), {"a": number_array([0, -5, 2**62])}
        ).scalar()
        assert numbers == [0, -5, 2**62]
        assert (
            conn.execute(text("SELECT CAST(:a AS date[])"), {"a": date_array(days)}).scalar()
            == days
        )
