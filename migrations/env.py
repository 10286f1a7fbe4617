"""Alembic environment for ipom-mail: migrations run from code (`ipom init`).

The engine comes from `config.attributes["engine"]` (set by
ipom_mail.store.schema), so no database URL or password is kept in a file.
"""

from __future__ import annotations

from alembic import context

from ipom_mail.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_offline() -> None:
    """Write the SQL to stdout (alembic upgrade --sql) for the URL given on the command line."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Run the migrations on the engine ipom handed us, in one transaction."""
    engine = config.attributes.get("engine")
    if engine is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
