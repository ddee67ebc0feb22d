"""docs/server.md prints the role matrix of server/permissions.py; they must agree."""

from __future__ import annotations

from pathlib import Path

from server.permissions import ACTIONS, COMMANDS, ROLES

DOC = Path(__file__).resolve().parents[2] / "docs" / "server.md"


def test_documented_matrix_matches_the_code() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert "| action | " + " | ".join(ROLES) + " |" in text
    rows = [(f"`{name}`", roles) for name, roles in ACTIONS.items()]
    rows += [(f"command `{kind}`", roles) for kind, roles in COMMANDS.items()]
    for label, roles in rows:
        line = f"| {label} | " + " | ".join("✓" if r in roles else "–" for r in ROLES) + " |"
        assert line in text, f"docs/server.md is out of date for {label}: {line}"
