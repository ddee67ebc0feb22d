"""A snapshot page encoded by PostgreSQL says what the Python encoding says (SQLite and PostgreSQL).

On PostgreSQL the server lets the database write each snapshot page's rows as
JSON arrays and splices that text into the answer; elsewhere Python encodes
them. Both must give a device the same rows: the same values, times that parse
to the same instants (PostgreSQL writes ``.5`` where Python writes ``.500000``),
every row of the scope exactly once across pages.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from core.db.models import Member, QualifyingEvent
from server import feed
from tests.conftest import T0


def _normalised(value: Any) -> Any:
    if isinstance(value, list):
        return [_normalised(v) for v in value]
    if isinstance(value, dict):
        return {k: _normalised(v) for k, v in value.items()}
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] == "T":
        return datetime.fromisoformat(value)
    return value


def _snapshot(factory: Any, limit: int) -> list[dict[str, Any]]:
    pages = []
    cursor = None
    with factory() as session:
        while True:
            page = feed.pull(session, feed.Scope(None), cursor, limit, T0)
            body = json.loads(page.encode())
            assert _normalised(body) == _normalised(page.as_dict())
            pages.append(body)
            cursor = page.cursor
            if not page.has_more or page.progress is None:
                return pages


def test_database_and_python_encodings_agree(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from server.db import open_server_db

    factory = open_server_db(db_url, migrate=False)
    try:
        native = _snapshot(factory, limit=7)
        monkeypatch.setattr(feed, "_encoded_in_database", feed._encoded_here)
        python = _snapshot(factory, limit=7)
        assert _normalised(native) == _normalised(python)
        rows: dict[str, list[Any]] = {}
        columns: dict[str, list[str]] = {}
        for page in native:
            for block in page["changes"]:
                rows.setdefault(block["entity"], []).extend(block["rows"])
                columns[block["entity"]] = block["columns"]
        with factory() as s:
            members = s.execute(select(func.count()).select_from(Member)).scalar_one()
            events = s.execute(
                select(func.count())
                .select_from(QualifyingEvent)
                .where(QualifyingEvent.at >= T0 - feed.EVENT_HORIZON)
            ).scalar_one()
        ids = [r[0] for r in rows["members"]]
        assert len(ids) == len(set(ids)) == members > 7  # several pages, each row once
        assert len(rows.get("qualifying_events", [])) == events
        # Times arrive as ISO 8601 that a device parses; JSON columns as JSON.
        member = dict(zip(columns["members"], rows["members"][0], strict=True))
        assert isinstance(datetime.fromisoformat(member["created_at"]), datetime)
        assert isinstance(member["tags"], list)
    finally:
        factory.kw["bind"].dispose()
