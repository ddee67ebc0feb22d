"""``server.api.json_bytes`` (push answers, the batch push's JSON columns): orjson's text, or the
standard encoder's where orjson declines; either way the JSON of the same value."""

from __future__ import annotations

import json
from typing import Any

import pytest

from server.api import json_bytes


@pytest.mark.parametrize(
    "value",
    [
        {"sale_id": "5d1c", "lines": [{"amount_fen": 12850, "category": None}], "ok": True},
        {"name": "张伟", "note": 'quote " and \\ and \x00 and \u2028'},
        [],
        {"big": 2**70},  # beyond orjson's 64 bits
        {1: "an integer key"},  # not a string key
    ],
)
def test_the_text_is_json_of_the_same_value(value: Any) -> None:
    text = json_bytes(value)
    assert json.loads(text) == json.loads(json.dumps(value))
