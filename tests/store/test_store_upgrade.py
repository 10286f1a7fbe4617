"""A database made by the previous release (schema 0001) upgraded to this one keeps every row,
and `ipom reprocess --all` fills in what the new release adds (photo fingerprints and their
look-alike links, the pass check)."""

from __future__ import annotations

import json
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from ipom_mail.config import load
from ipom_mail.store.db import database_url, make_engine
from ipom_mail.store.schema import alembic_config, head_revision
from tests.desk.test_verify_desk import seeded

PREVIOUS_RELEASE = "0001"


def test_a_previous_release_database_upgrades_and_reprocess_fills_in_the_checks(
    tmp_path: Path, database_url: str, places_index: Path
) -> None:
    desk, refs = seeded(tmp_path, database_url, places_index)
    engine = make_engine(database_url_of(desk.config))
    try:
        command.downgrade(alembic_config(engine), PREVIOUS_RELEASE)  # as the last release left it
        assert "lookalikes" not in inspect(engine).get_table_names()
        with engine.connect() as conn:
            before = conn.execute(
                text("SELECT reference, status FROM submissions ORDER BY id")
            ).all()
        assert len(before) == 4
        assert desk.run("init").exit_code == 0  # upgrades
        with engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            after = conn.execute(
                text("SELECT reference, status FROM submissions ORDER BY id")
            ).all()
        assert version == head_revision()
        assert after == before
    finally:
        engine.dispose()
    stale = desk.show(refs[0])
    assert stale["duplicates"] == []
    assert stale["pass_check"]["reason"].startswith("not checked yet")
    done = desk.run("reprocess", "--all")
    assert done.exit_code == 0, done.output
    fresh = desk.show(refs[0])
    assert {d["reference"] for d in fresh["duplicates"]} == {refs[1], refs[2]}
    assert fresh["pass_check"]["verdict"] == "agrees"
    assert json.loads(desk.run("queue", "--json").output)


def database_url_of(config: Path):  # type: ignore[no-untyped-def]
    return database_url(load(config))
