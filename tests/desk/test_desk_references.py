"""A reference means one submission: what the curator types, what the desk shows and confirms.

The curator types `IPOM-2026-0009` or its number (`0009`, `9`) matching across
years; internal ids are never accepted nor shown; every confirmation names the
reference, the photographer and the new state; decisions on several references
are all or nothing; absurd input is a one-line refusal. SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime

import pytest

from ipom_mail.cli import main
from tests.desk_kit import Site
from tests.reply_kit import submission

YEAR = datetime.now(UTC).year


def seed(site: Site) -> tuple[str, str]:
    """Maria's submission, an auto-reply (no submission, but it takes a row), Jonas's."""
    maria = site.take(submission(sender="Maria López <maria@example.es>"))
    away = submission(sender="jonas@example.de", headers={"Auto-Submitted": "auto-replied"})
    assert site.take_in(away).status == "ignored"
    jonas = site.take(submission(sender="Jonas Berg <jonas@example.de>", subject="ISS"))
    return maria, jonas


def decision(site: Site, reference: str) -> str | None:
    value: str | None = site.show(reference)["decision"]
    return value


def test_a_number_acts_on_the_submission_with_that_number_not_an_internal_id(site: Site) -> None:
    maria, jonas = seed(site)
    assert (maria, jonas) == (f"IPOM-{YEAR}-0001", f"IPOM-{YEAR}-0002")
    for typed in ("2", "0002", f"ipom-{YEAR}-0002", f"[IPOM-{YEAR}-0002]", f" IPOM-{YEAR}-2 "):
        done = site.run("shortlist", typed)
        assert done.exit_code == 0, done.output
        assert done.output == f"{jonas} Jonas Berg: shortlisted\n"
    assert decision(site, jonas) == "shortlisted" and decision(site, maria) is None


def test_a_number_used_in_several_years_is_refused_with_the_candidates(site: Site) -> None:
    maria, jonas = seed(site)
    last_year = f"IPOM-{YEAR - 1}-0002"
    site.sql(
        "UPDATE submissions SET year = :y, seq = 2, reference = :r WHERE reference = :m",
        y=YEAR - 1,
        r=last_year,
        m=maria,
    )
    refused = site.run("accept", "0002")
    assert refused.exit_code == 1
    assert f"0002 is ambiguous: it could be {last_year}, {jonas}" in refused.output
    assert decision(site, jonas) is None and decision(site, last_year) is None
    done = site.run("accept", last_year)
    assert done.output == f"{last_year} Maria López: accepted\n"


def test_every_confirmation_names_the_reference_the_photographer_and_the_new_state(
    site: Site,
) -> None:
    maria, _ = seed(site)
    said = [
        site.run("accept", "1").output,
        site.run("decline", "1", "--reason", "blurry").output,
        site.run("pick", "1", "--month", "2026-01").output,
        site.run("note", "1", "ask for the raw file").output,
        site.run("undo", "1").output,
        site.run("edit", "1", "--story", "Better.").output,
        site.run("undo", "1", "--kind", "edit").output,
    ]
    assert said == [
        f"{maria} Maria López: accepted\n",
        f"{maria} Maria López: declined (blurry)\n",
        f"{maria} Maria López: picked 2026-01\n",
        f"{maria} Maria López: note added\n",
        f"{maria} Maria López: pick undone; declined\n",
        f"{maria} Maria López: edited story; complete\n",
        f"{maria} Maria López: edit of story undone; complete\n",
    ]


def test_several_references_are_decided_together(site: Site) -> None:
    maria, jonas = seed(site)
    done = site.run("shortlist", maria, "2")
    assert done.exit_code == 0, done.output
    assert done.output == f"{maria} Maria López: shortlisted\n{jonas} Jonas Berg: shortlisted\n"
    assert decision(site, maria) == decision(site, jonas) == "shortlisted"


def test_several_references_with_one_unknown_record_nothing_and_name_each_miss(
    site: Site,
) -> None:
    maria, jonas = seed(site)
    refused = site.run("accept", maria, "IPOM-1999-0042", jonas, "#4")
    assert refused.exit_code == 1
    lines = refused.output.splitlines()
    assert lines[0] == "ipom: no submission IPOM-1999-0042"
    assert lines[1].startswith("ipom: '#4' is not a reference")
    assert lines[2] == "ipom: nothing recorded: all 4 references must name one submission"
    assert decision(site, maria) is None and decision(site, jonas) is None


def test_internal_ids_are_never_shown(site: Site) -> None:
    maria, jonas = seed(site)
    rows = json.loads(site.run("queue", "--json").output)
    assert all("id" not in row for row in rows)
    assert {row["reference"] for row in rows} == {maria, jonas, None}
    assert "id" not in site.show(maria)
    table = site.run("queue").output
    assert "#" not in table and maria in table and jonas in table
    assert "id,reference" not in site.run("queue", "--csv").output


ABSURD = [
    "99999999999999999999999",
    "-5",
    f"IPOM-{YEAR}-99999999999999999999",
    "IPOM-2026-0001; DROP TABLE submissions",
    "#3",
    "sanne",
    "",
    "٣",
]


@pytest.mark.parametrize("typed", ABSURD)
@pytest.mark.parametrize("command", [["show"], ["accept"], ["undo"], ["edit", "--story=x"]])
def test_an_absurd_reference_is_a_one_line_refusal(
    site: Site,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    typed: str,
    command: list[str],
) -> None:
    args = ["ipom", "--config", str(site.config_path), command[0], *command[1:], "--", typed]
    monkeypatch.setattr(sys, "argv", args)
    with pytest.raises(SystemExit) as done:
        main()
    out, err = capsys.readouterr()
    assert done.value.code == 1, err
    assert len(err.strip().splitlines()) == 1 and err.startswith("ipom: "), err
    assert "internal error" not in err and "Traceback" not in err
    assert out == ""


def test_absurd_numbers_elsewhere_on_the_desk_are_no_internal_error(site: Site) -> None:
    seed(site)
    page = site.run("queue", "--page", "99999999999999999999")
    assert page.exit_code == 0 and "0 submission(s)" not in page.output, page.output
    retry = site.run("replies", "retry", "99999999999999999999")
    assert retry.exit_code == 1 and "no reply with id" in retry.output
    reprocess = site.run("reprocess", "99999999999999999999")
    assert reprocess.exit_code == 1 and "is not a reference" in reprocess.output


def test_pick_and_notify_name_the_full_reference(site: Site) -> None:
    maria, _ = seed(site)
    done = site.run("pick", "1", "--month", "2026-01", "--notify")
    assert done.exit_code == 0, done.output
    assert done.output.splitlines() == [
        f"{maria} Maria López: picked 2026-01",
        f"{maria}: congratulation queued in the outbox",
    ]


def test_mail_that_reprocess_finds_to_be_a_submission_gets_its_own_reference(site: Site) -> None:
    _, jonas = seed(site)
    site.sql(  # as if an older version had taken Jonas's mail for an auto-reply
        "UPDATE submissions SET status = 'ignored', reference = NULL, year = NULL, seq = NULL "
        "WHERE reference = :r",
        r=jonas,
    )
    assert jonas not in site.run("queue").output
    done = site.run("reprocess", "--all")
    assert done.exit_code == 0, done.output
    rows = json.loads(site.run("queue", "--json").output)
    new = [r["reference"] for r in rows if r["sender"] == "jonas@example.de" and r["reference"]]
    assert new == [f"IPOM-{YEAR}-0003"]
    assert site.show(new[0])["status"] != "ignored"


@pytest.mark.parametrize("month", ["9999-12", "0000-01", "٢٠٢٤-٠٥"])
@pytest.mark.parametrize("command", [["queue"], ["export"], ["gallery", "--out", "g"]])
def test_an_absurd_month_is_a_one_line_refusal(site: Site, month: str, command: list[str]) -> None:
    done = site.run(*command, "--month", month)
    assert done.exit_code == 2 and isinstance(done.exception, SystemExit), done.output
    assert (
        done.output
        == f"ipom: --month {month!r} is not a month: write it as YYYY-MM, e.g. 2024-05\n"
    )


@pytest.mark.parametrize("when", ["9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00+01:00"])
def test_an_absurd_time_taken_is_a_one_line_refusal(site: Site, when: str) -> None:
    maria, _ = seed(site)
    done = site.run("edit", maria, "--taken-at", when)
    assert done.exit_code == 1 and isinstance(done.exception, SystemExit), done.output
    assert done.output.startswith(f"ipom: --taken-at {when!r} is not a date and time")
