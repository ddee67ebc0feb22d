"""Derived ids are RFC 4122 UUIDv5s: the same as ``uuid.uuid5`` gives, on every replica."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from core.ids import _NS, derived_id


@given(st.uuids().map(str), st.text(max_size=60))
def test_a_derived_id_is_uuid5_of_the_command_and_the_name(command_id: str, name: str) -> None:
    assert derived_id(command_id, name) == str(uuid.uuid5(_NS, f"{command_id}/{name}"))


def test_a_derived_id_known_before_is_kept() -> None:
    # Rows already in databases carry ids derived this way: the scheme must never drift.
    command = "5f0c2d1e-8a47-4b8e-9d2a-3c1e7f6a9b00"
    assert derived_id(command, "sale") == "2af0cafe-6427-55f8-9eb3-ae97a3dbb26f"
