"""`ipom reprocess REF…|--all` keeps decisions and curator edits and reports what changed."""

from __future__ import annotations

import json

import pytest

from tests.desk_kit import Desk

pytestmark = pytest.mark.imap


def test_reprocess_after_an_edit_keeps_the_edit_and_the_decision(desk: Desk) -> None:
    ref = desk.refs["01-complete.eml"]
    assert (
        desk.run("edit", ref, "--story", "Curated story.", "--equipment", "Celestron C8").exit_code
        == 0
    )
    assert desk.run("accept", ref).exit_code == 0
    done = desk.run("reprocess", ref, "--json")
    assert done.exit_code == 0, done.output
    assert json.loads(done.output)["reprocessed"] == 1
    data = json.loads(desk.run("show", ref, "--json").output)
    assert data["fields"]["story"] == "Curated story." and data["sources"]["story"] == "curator"
    assert data["fields"]["equipment"] == ["Celestron C8"]
    assert data["sources"]["taken_at"] == "body" and data["decision"] == "accepted"
    assert data["media"] and data["media"][0]["width"] == 1600


def test_reprocess_reports_what_changed(desk: Desk) -> None:
    ref = desk.refs["02-incomplete.eml"]
    from sqlalchemy import create_engine, text

    engine = create_engine(desk.setup.database_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE fields SET value = '\"Nowhere\"' WHERE name = 'location'"))
    engine.dispose()
    done = desk.run("reprocess", "--all")
    assert done.exit_code == 0, done.output
    assert f'{ref} location: "Nowhere" → "Hamburg"' in done.output
    assert "4 submission(s), 1 change(s)" in done.output


def test_reprocess_needs_something_to_do_and_names_unknown_references(desk: Desk) -> None:
    assert desk.run("reprocess").exit_code == 2
    unknown = desk.run("reprocess", "IPOM-1999-0009")
    assert unknown.exit_code == 1 and "no submission IPOM-1999-0009" in unknown.output
    assert desk.run("reprocess", "--failed").exit_code == 0
