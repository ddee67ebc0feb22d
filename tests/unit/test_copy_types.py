"""The push writes its tables with binary COPY: every column must have a binary type."""

from __future__ import annotations

import pytest
from sqlalchemy import JSON, BigInteger, Boolean, Integer, Numeric, Text

from core.db import models as m
from server.models import Change
from server.push_rows import NEW_ROWS, binary_type


def test_every_column_the_push_copies_has_a_binary_type() -> None:
    tables = [m.Base.metadata.tables[name] for name in NEW_ROWS] + [Change.__table__]
    found = {binary_type(c.type) for table in tables for c in table.columns}
    assert found == {"text", "int8", "int4", "timestamp", "date"}


def test_each_kind_maps_to_its_own() -> None:
    assert [binary_type(k) for k in (BigInteger(), Integer(), Boolean(), Text(), JSON())] == [
        "int8",
        "int4",
        "bool",
        "text",
        "text",
    ]


def test_a_column_type_without_one_is_refused_by_name() -> None:
    with pytest.raises(TypeError, match="Numeric"):
        binary_type(Numeric(10, 2))
