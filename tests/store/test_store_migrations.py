"""`ipom init`'s migration and the start-up check, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from ipom_mail.config import Config, StorageConfig
from ipom_mail.store import StoreError, migrate, open_store, storage_root
from ipom_mail.store.db import database_url, make_engine
from ipom_mail.store.models import Base
from ipom_mail.store.schema import alembic_config, head_revision

pytest_plugins = ["tests.store_fixtures"]

TABLES = {
    "raw_messages",
    "submissions",
    "fields",
    "media",
    "links",
    "notes",
    "events",
    "replies",
    "decisions",
    "reference_counters",
}


def test_migrate_creates_every_table_and_the_storage_folder(store_config: Config) -> None:
    revision = migrate(store_config)
    assert revision == head_revision()
    assert storage_root(store_config).is_dir()
    engine = make_engine(database_url(store_config))
    try:
        assert set(inspect(engine).get_table_names()) >= TABLES
        indexed = {tuple(i["column_names"]) for i in inspect(engine).get_indexes("submissions")}
        assert {("status", "received_at"), ("sender",), ("received_at",)} <= indexed
    finally:
        engine.dispose()


def test_the_migration_builds_exactly_what_the_models_describe(store_config: Config) -> None:
    migrate(store_config)
    engine = make_engine(database_url(store_config))
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_migrating_twice_is_harmless(store_config: Config) -> None:
    assert migrate(store_config) == migrate(store_config)
    open_store(store_config).close()


def test_an_unmigrated_database_is_refused_naming_ipom_init(store_config: Config) -> None:
    storage_root(store_config).mkdir(parents=True)
    engine = make_engine(database_url(store_config))
    with engine.begin() as conn:  # the database exists but ipom never set it up
        conn.execute(text("CREATE TABLE unrelated (x INTEGER)"))
    engine.dispose()
    with pytest.raises(StoreError, match=r"no ipom tables.*run `ipom init`"):
        open_store(store_config)


def test_a_database_downgraded_to_nothing_is_refused_and_init_repairs_it(
    store_config: Config,
) -> None:
    migrate(store_config)
    engine = make_engine(database_url(store_config))
    command.downgrade(alembic_config(engine), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    with pytest.raises(StoreError, match="run `ipom init`"):
        open_store(store_config)
    migrate(store_config)
    open_store(store_config).close()


def test_a_database_at_an_unknown_revision_names_both_revisions(store_config: Config) -> None:
    migrate(store_config)
    engine = make_engine(database_url(store_config))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed'"))
    engine.dispose()
    with pytest.raises(StoreError) as caught:
        open_store(store_config)
    assert "f00dfeed" in str(caught.value)
    assert head_revision() in str(caught.value)


def test_a_missing_sqlite_database_is_not_created_by_opening_it(tmp_path: Path) -> None:
    config = Config(storage=StorageConfig(path=str(tmp_path / "data")))
    storage_root(config).mkdir()
    with pytest.raises(StoreError, match="run `ipom init`"):
        open_store(config)
    assert list(storage_root(config).iterdir()) == []


def test_an_unreachable_postgres_says_what_to_fix_and_hides_the_password(tmp_path: Path) -> None:
    url = "postgresql+psycopg://ipom:s3cret-pw@127.0.0.1:1/ipom"
    config = Config(storage=StorageConfig(path=str(tmp_path / "data"), database_url=url))
    with pytest.raises(StoreError) as caught:
        migrate(config)
    message = str(caught.value)
    assert "cannot reach the database" in message
    assert "database_url" in message
    assert "s3cret-pw" not in message


def test_a_database_url_that_is_no_url_names_the_key(tmp_path: Path) -> None:
    config = Config(storage=StorageConfig(path=str(tmp_path), database_url="not a url"))
    with pytest.raises(StoreError, match=r"\[storage\] database_url"):
        migrate(config)


def test_the_default_database_is_sqlite_in_the_storage_folder_next_to_the_config(
    tmp_path: Path,
) -> None:
    config = replace(Config(), path=tmp_path / "ipom.toml")  # storage.path = "ipom-data"
    migrate(config)
    assert (tmp_path / "ipom-data" / "ipom.sqlite3").is_file()
    open_store(config).close()


def test_sqlite_runs_with_wal_foreign_keys_and_full_sync(tmp_path: Path) -> None:
    config = Config(storage=StorageConfig(path=str(tmp_path)))
    migrate(config)
    with open_store(config) as store, store.session(write=False) as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2
        assert session.execute(text("PRAGMA busy_timeout")).scalar_one() >= 5000
