"""Schema rules that keep a million-member database fast."""

from __future__ import annotations

from core.db.models import Base


def test_every_foreign_key_has_an_index_on_its_child_columns() -> None:
    # Foreign keys are checked at commit (deferred): inserting a parent row makes SQLite look
    # for waiting child rows, which is a full table scan without an index. A partial index
    # does not count.
    missing = []
    for table in Base.metadata.sorted_tables:
        leading: set[tuple[str, ...]] = {tuple(c.name for c in table.primary_key.columns)}
        for index in table.indexes:
            if index.dialect_options["sqlite"].get("where") is None:
                leading.add(tuple(c.name for c in index.columns))
        for constraint in table.constraints:
            if constraint.__class__.__name__ == "UniqueConstraint":
                leading.add(tuple(c.name for c in constraint.columns))
        for fk in table.foreign_key_constraints:
            cols = tuple(c.name for c in fk.columns)
            if not any(key[: len(cols)] == cols for key in leading):
                missing.append(f"{table.name}.{','.join(cols)}")
    assert missing == []
