"""`ipom attach`: a link-only submission gets its photo from the curator, checked like mailed photos."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import corpus
from tests.desk_kit import Desk

PHOTO = corpus.IMAGES / "gps" / "ianare__DSCN0012.jpg"
BOMB = corpus.IMAGES / "broken" / "pillow__decompression_bomb.gif"


def test_the_post_of_a_link_only_submission_shows_the_link(desk: Desk, tmp_path: Path) -> None:
    peter = desk.refs["03-link.eml"]
    assert desk.run("pick", peter, "--month", "2024-07").exit_code == 0
    done = desk.run("post", "--month", "2024-07", "--out", str(tmp_path))
    assert done.exit_code == 0, done.output
    html = (tmp_path / "ipom-2024-07.html").read_text(encoding="utf-8")
    assert (
        '<a href="https://www.dropbox.com/s/abc123xyz/iss.tif?dl=0"' in html and "<img" not in html
    )
    markdown = (tmp_path / "ipom-2024-07.md").read_text(encoding="utf-8")
    assert "<https://www.dropbox.com/s/abc123xyz/iss.tif?dl=0>" in markdown


def test_an_attached_photo_is_read_like_a_mailed_one_and_shown_in_the_post(
    desk: Desk, tmp_path: Path
) -> None:
    corpus.require()
    peter = desk.refs["03-link.eml"]
    done = desk.run("attach", peter, str(PHOTO))
    assert done.exit_code == 0, done.output
    assert done.output.startswith(f"{peter}: photo 1 attached (image/jpeg 640×480, NIKON")
    media = json.loads(desk.run("show", peter, "--json").output)["media"]
    assert [(m["kind"], m["camera"]) for m in media] == [("photo", "NIKON COOLPIX P6000")]
    assert desk.run("pick", peter, "--month", "2024-07").exit_code == 0
    assert desk.run("post", "--month", "2024-07", "--out", str(tmp_path)).exit_code == 0
    html = (tmp_path / "ipom-2024-07.html").read_text(encoding="utf-8")
    assert 'src="images/2024-07-kovacs-peter.jpg"' in html
    assert "The photo:" not in html


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        (BOMB, "bomb.gif"),
        (Path(__file__), "not an image"),
        (Path("/nonexistent.jpg"), "no such file"),
    ],
)
def test_a_file_that_is_not_a_usable_photo_is_refused_in_one_line_and_nothing_is_stored(
    desk: Desk, path: Path, reason: str
) -> None:
    if path == BOMB:
        corpus.require()
    peter = desk.refs["03-link.eml"]
    done = desk.run("attach", peter, str(path))
    assert done.exit_code == 1 and done.output.count("\n") == 1, done.output
    assert reason in done.output or path.name in done.output, done.output
    assert json.loads(desk.run("show", peter, "--json").output)["media"] == []


def test_an_attached_photo_survives_reprocess(desk: Desk) -> None:
    corpus.require()
    peter = desk.refs["03-link.eml"]
    assert desk.run("attach", peter, str(PHOTO)).exit_code == 0
    done = desk.run("reprocess", peter)
    assert done.exit_code == 0, done.output
    media = json.loads(desk.run("show", peter, "--json").output)["media"]
    assert [m["camera"] for m in media] == ["NIKON COOLPIX P6000"]
