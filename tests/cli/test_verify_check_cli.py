"""`ipom check --json` with the pass check on: what a curator reads about a doubtful pass."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner

from ipom_mail.cli import cli

ELEMENTS = Path(__file__).parents[1] / "data" / "iss-elements.txt"
MANORVILLE_STORY = """\
I imaged the ISS and the SpaceX Dragon CRS-20 cargo spacecraft from my Manorville NY, USA backyard.
The telescope was an Edge HD 14" with a ZWO ASI174 mono camera.
The ISS passed at 6:47am EST on 9 March 2020 at Max Pass 84°. The ISS brightness was
at -3.9 and the Sun was at -15.3° below the horizon.
"""


@pytest.fixture
def places(places_index: Path) -> Path:
    return places_index


def write_config(folder: Path, places: Path, elements: str) -> Path:
    config = folder / "ipom.toml"
    config.write_text(
        f'[storage]\npath = "{folder / "data"}"\n'
        f'[verify]\nelements_file = "{elements}"\nplaces_index = "{places}"\n',
        encoding="utf-8",
    )
    return config


def mail(folder: Path, body: str, date: str, subject: str = "ISS and Dragon") -> Path:
    msg = EmailMessage()
    msg["From"] = "Philip Smith <philip@example.net>"
    msg["To"] = "ipom@example.org"
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = "<manorville@example.net>"
    msg.set_content(body)
    path = folder / "mail.eml"
    path.write_bytes(msg.as_bytes())
    return path


def check(config: Path, eml: Path) -> dict:  # type: ignore[type-arg]
    result = CliRunner().invoke(cli, ["--config", str(config), "check", str(eml), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)  # type: ignore[no-any-return]


def test_the_manorville_claim_is_flagged_with_the_pass_that_fits(
    tmp_path: Path, places: Path
) -> None:
    config = write_config(tmp_path, places, str(ELEMENTS))
    eml = mail(tmp_path, MANORVILLE_STORY, "Fri, 13 Mar 2020 14:10:00 -0400")
    check_ = check(config, eml)["pass_check"]
    assert check_["verdict"] != "agrees"
    best = check_["suggestions"][0]
    assert (
        best["culmination"].startswith("2020-03-12T09:5")
        or best["culmination"] == "2020-03-12T09:49:59Z"
    )
    assert abs(best["max_elevation_deg"] - 84.5) <= 1
    assert abs(best["sun_altitude_deg"] + 15.3) <= 1
    assert "12 March 09:50 UT" in check_["reason"]


def test_a_pass_that_happened_as_described_agrees(tmp_path: Path, places: Path) -> None:
    config = write_config(tmp_path, places, str(ELEMENTS))
    body = ("Photo of the ISS over Tarján, Hungary on 29 July 2016 at 19:57 UT, max elevation 85°.\n"
            "Canon EOS 5D Mark II + Sigma 8mm\n")  # fmt: skip
    check_ = check(config, mail(tmp_path, body, "Sun, 31 Jul 2016 20:00:00 +0200"))["pass_check"]
    assert check_["verdict"] == "agrees", check_["reason"]
    assert check_["computed"]["culmination"] == "2016-07-29T19:58:00Z"
    assert check_["elements_age_days"] == pytest.approx(1.2, abs=0.1)
    assert check_["suggestions"] == []


def test_with_no_elements_file_the_check_says_it_is_off(tmp_path: Path) -> None:
    eml = mail(tmp_path, MANORVILLE_STORY, "Fri, 13 Mar 2020 14:10:00 -0400")
    result = CliRunner().invoke(cli, ["check", str(eml), "--json"])
    check_ = json.loads(result.output)["pass_check"]
    assert check_ == {"verdict": "unknown", "reason": "the pass check is off: no [verify] elements_file in the config",
                      "computed": None, "elements_age_days": None, "suggestions": []}  # fmt: skip


def test_a_missing_elements_file_is_a_reason_not_an_error(tmp_path: Path, places: Path) -> None:
    config = write_config(tmp_path, places, str(tmp_path / "nowhere.tle"))
    check_ = check(config, mail(tmp_path, MANORVILLE_STORY, "Fri, 13 Mar 2020 14:10:00 -0400"))[
        "pass_check"
    ]
    assert check_["verdict"] == "unknown"
    assert check_["reason"].startswith("cannot read [verify] elements_file")


def test_a_zone_in_doubt_is_weighed_by_which_reading_fits_a_pass(
    tmp_path: Path, places: Path
) -> None:
    config = write_config(tmp_path, places, str(ELEMENTS))
    body = ("I imaged the ISS from my Manorville NY, USA backyard at 5:50am EST on 12 March 2020, "
            "max elevation 84°.\nTelescope: Edge HD 14\" with a ZWO ASI174 mono camera.\n")  # fmt: skip
    checked = check(config, mail(tmp_path, body, "Fri, 13 Mar 2020 14:10:00 -0400"))
    assert checked["fields"]["taken_at"] is None  # the value is left to the fields stage's rules
    assert "only 09:50 UT by EDT fits a pass" in checked["pass_check"]["reason"]
    assert any("only 09:50 UT by EDT fits a pass over Manorville" in n for n in checked["notes"])
