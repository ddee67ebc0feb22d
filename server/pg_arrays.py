"""Array parameters for PostgreSQL, written as array literals: one text parameter each.

psycopg's list dumper walks a list in Python, value by value: the push's arrays of ids
(a batch's commands, members, sales) cost a twentieth of its CPU that way. A literal is
built by a few string joins and cast in the statement (``CAST(:ids AS text[])``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date


def text_array(values: Sequence[str]) -> str:
    """A PostgreSQL array literal of the strings (none may hold NUL: PostgreSQL's text
    cannot)."""
    quoted = (v.replace("\\", "\\\\").replace('"', '\\"') for v in values)
    return '{"' + '","'.join(quoted) + '"}' if values else "{}"


def number_array(values: Iterable[int]) -> str:
    """A PostgreSQL array literal of integers."""
    return "{" + ",".join(map(str, values)) + "}"


def date_array(values: Iterable[date | None]) -> str:
    """A PostgreSQL array literal of dates (None: NULL)."""
    return "{" + ",".join("NULL" if v is None else v.isoformat() for v in values) + "}"
