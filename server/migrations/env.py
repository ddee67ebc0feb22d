"""Alembic environment of the server-only tables (own version table, own history)."""

from __future__ import annotations

from alembic import context

from server.models import ServerBase

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=ServerBase.metadata,
        version_table="server_alembic_version",
        # The loyalty tables in the same database belong to core's own history.
        include_object=lambda obj, name, kind, reflected, compare_to: (
            kind != "table" or name in ServerBase.metadata.tables
        ),
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
