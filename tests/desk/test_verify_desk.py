"""The curator's view of the checks: look-alike photos and the pass check, through `ipom ingest` and the desk."""

from __future__ import annotations

import io
import json
import random
from email.message import EmailMessage
from pathlib import Path

from click.testing import CliRunner, Result
from PIL import Image, ImageDraw

from ipom_mail.cli import cli

ELEMENTS = Path(__file__).parents[1] / "data" / "iss-elements.txt"
PHOTO, OTHER_PHOTO = 1, 2


def photo(seed: int, *, half: bool = False) -> bytes:
    """A night sky with stars and one ISS trail (no EXIF: the text alone gives time and place)."""
    rng = random.Random(seed)
    image = Image.new("RGB", (1200, 800), (5, 7, 14))
    draw = ImageDraw.Draw(image)
    for _ in range(120):
        x, y, b = rng.randrange(1200), rng.randrange(800), rng.randrange(60, 220)
        draw.ellipse((x, y, x + 3, y + 3), fill=(b, b, b))
    draw.line((rng.randrange(1200), 0, rng.randrange(1200), 800), fill=(250, 240, 200), width=8)
    if half:
        image = image.resize((600, 400))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=70 if half else 92)
    return out.getvalue()


def submission(folder: Path, n: int, sender: str, jpeg: bytes, body: str, date: str) -> Path:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "ipom@example.org"
    msg["Subject"] = f"ISS photo {n}"
    msg["Date"] = date
    msg["Message-ID"] = f"<desk-{n}@example.org>"
    msg.set_content(body)
    msg.add_attachment(jpeg, maintype="image", subtype="jpeg", filename=f"iss-{n}.jpg")
    path = folder / f"{n}.eml"
    path.write_bytes(msg.as_bytes())
    return path


class Desk:
    """An installation seeded with `ipom ingest` (no IMAP needed)."""

    def __init__(self, tmp: Path, database_url: str, places: Path) -> None:
        self.config = tmp / "ipom.toml"
        self.config.write_text(
            f'[storage]\npath = "{tmp / "data"}"\ndatabase_url = "{database_url}"\n'
            f'[verify]\nelements_file = "{ELEMENTS}"\nplaces_index = "{places}"\n',
            encoding="utf-8",
        )
        assert self.run("init").exit_code == 0

    def run(self, *args: str) -> Result:
        return CliRunner().invoke(
            cli, ["--config", str(self.config), *args], env={"COLUMNS": "200"}
        )

    def show(self, ref: str) -> dict:  # type: ignore[type-arg]
        done = self.run("show", ref, "--json")
        assert done.exit_code == 0, done.output
        return json.loads(done.output)  # type: ignore[no-any-return]


def seeded(tmp_path: Path, database_url: str, places: Path) -> tuple[Desk, list[str]]:
    mails = tmp_path / "mail"
    mails.mkdir()
    body = "ISS over Tarján, Hungary on 29 July 2016 at 19:57 UT, max elevation 85°. Canon EOS 5D Mark II."
    date = "Sun, 31 Jul 2016 20:00:00 +0200"
    files = [
        submission(mails, 1, "Ann Original <ann@example.org>", photo(PHOTO), body, date),
        submission(mails, 2, "Ann Original <ANN@Example.org>", photo(PHOTO, half=True), body, date),
        submission(mails, 3, "Bob Other <bob@example.net>", photo(PHOTO, half=True), body, date),
        submission(mails, 4, "Cy Distinct <cy@example.com>", photo(OTHER_PHOTO), body, date),
    ]
    desk = Desk(tmp_path, database_url, places)
    done = desk.run("ingest", *map(str, files))
    assert done.exit_code == 0, done.output
    rows = json.loads(desk.run("queue", "--json").output)
    return desk, sorted(r["reference"] for r in rows)


def test_a_resent_and_a_reused_photo_are_flagged_and_a_distinct_one_is_not(
    tmp_path: Path, database_url: str, places_index: Path
) -> None:
    desk, refs = seeded(tmp_path, database_url, places_index)
    first, resent, reused, distinct = (desk.show(r) for r in refs)
    assert {(d["reference"], d["same_sender"]) for d in first["duplicates"]} == {
        (refs[1], True),
        (refs[2], False),
    }
    assert (refs[0], True) in {(d["reference"], d["same_sender"]) for d in resent["duplicates"]}
    assert all(not d["same_sender"] for d in reused["duplicates"])
    assert distinct["duplicates"] == []
    page = desk.run("show", refs[2]).output
    assert f"POSSIBLE RE-USED PHOTO: the same photo as {refs[0]}" in page
    queue = {r["reference"]: r["check"] for r in json.loads(desk.run("queue", "--json").output)}
    assert queue[refs[2]] == "REUSED?" and queue[refs[3]] == "pass ok"
    groups = desk.run("duplicates").output.splitlines()
    assert groups == [f"re-used?: {', '.join(refs[:3])}  (ann@example.org, bob@example.net)"]


def test_forget_takes_the_links_with_the_sender(
    tmp_path: Path, database_url: str, places_index: Path
) -> None:
    desk, refs = seeded(tmp_path, database_url, places_index)
    assert desk.run("forget", "bob@example.net", "--yes").exit_code == 0
    assert {d["reference"] for d in desk.show(refs[0])["duplicates"]} == {refs[1]}


def test_the_pass_check_is_stored_and_shown_with_what_its_age_means(
    tmp_path: Path, database_url: str, places_index: Path
) -> None:
    desk, refs = seeded(tmp_path, database_url, places_index)
    check = desk.show(refs[3])["pass_check"]
    assert check["verdict"] == "agrees"
    assert check["computed"]["culmination"] == "2016-07-29T19:58:00Z"
    page = desk.run("show", refs[3]).output
    assert "pass check: AGREES" in page and "elements 1.2 days old: about ±12 s" in page


def test_the_curator_adopts_a_suggested_pass_in_one_command(
    tmp_path: Path, database_url: str, places_index: Path
) -> None:
    desk, _ = seeded(tmp_path, database_url, places_index)
    mails = tmp_path / "more"
    mails.mkdir()
    body = ("Photo of the ISS over Tarján, Hungary on 29 July 2016 at 22:10 UT, max elevation 85°.\n"
            "The Sun was at -13° below the horizon.\nCanon EOS 5D Mark II")  # fmt: skip
    late = submission(mails, 5, "Dee Doubt <dee@example.org>", photo(OTHER_PHOTO, half=True), body,
                      "Sun, 31 Jul 2016 20:00:00 +0200")  # fmt: skip
    assert desk.run("ingest", str(late)).exit_code == 0
    ref = json.loads(desk.run("queue", "--json").output)[0]["reference"]
    check = desk.show(ref)["pass_check"]
    assert check["verdict"] == "disagrees"
    assert check["suggestions"][0]["culmination"] == "2016-07-29T19:58:00Z"
    done = desk.run("edit", ref, "--taken-at-from-suggestion", "1")
    assert done.exit_code == 0, done.output
    shown = desk.show(ref)
    assert shown["fields"]["taken_at"] == "2016-07-29T19:58:00Z"
    assert shown["sources"]["taken_at"] == "curator"
    assert "pass-check suggestion 1" in shown["decisions"][-1]["reason"]
    assert shown["pass_check"]["verdict"] == "agrees"  # checked again for the curator's time
    assert desk.run("reprocess", ref).exit_code == 0
    assert desk.show(ref)["pass_check"]["verdict"] == "agrees"  # the edit stays on top
    assert desk.run("edit", ref, "--taken-at", "2016-07-29 22:10Z").exit_code == 0
    assert desk.show(ref)["pass_check"]["verdict"] == "disagrees"
    refused = desk.run("edit", ref, "--taken-at-from-suggestion", "9")
    assert refused.exit_code == 1 and "has no pass-check suggestion 9" in refused.output


def test_a_time_the_curator_types_is_checked_and_a_date_alone_leaves_none_to_check(
    tmp_path: Path, database_url: str, places_index: Path
) -> None:
    desk, refs = seeded(tmp_path, database_url, places_index)
    ref = refs[3]
    assert desk.run("edit", ref, "--taken-at", "29 July 2016 23:10 CEST").exit_code == 0
    assert desk.show(ref)["pass_check"]["verdict"] == "disagrees"
    assert desk.run("edit", ref, "--taken-at", "29.07.2016 21:58 MESZ").exit_code == 0
    assert desk.show(ref)["pass_check"]["verdict"] == "agrees"
    done = desk.run("edit", ref, "--taken-date", "29 July 2016")
    assert done.exit_code == 0, done.output
    for _ in range(2):  # as edited, then after reprocess
        shown = desk.show(ref)
        assert shown["fields"]["taken_at"] is None and shown["fields"]["taken_date"] == "2016-07-29"
        assert shown["pass_check"]["verdict"] == "unknown"
        assert shown["pass_check"]["reason"].startswith("no UT time to check")
        assert desk.run("reprocess", ref).exit_code == 0


def follow_up(folder: Path, n: int, sender: str, ref: str, body: str, jpeg: bytes | None) -> Path:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "ipom@example.org"
    msg["Subject"] = f"Re: [{ref}] ISS photo"
    msg["Date"] = "Mon, 01 Aug 2016 09:00:00 +0200"
    msg["Message-ID"] = f"<desk-follow-{n}@example.org>"
    msg.set_content(body)
    if jpeg is not None:
        msg.add_attachment(jpeg, maintype="image", subtype="jpeg", filename=f"again-{n}.jpg")
    path = folder / f"follow-{n}.eml"
    path.write_bytes(msg.as_bytes())
    return path


def test_a_follow_up_with_the_time_gets_the_pass_checked_and_reprocess_keeps_it(
    tmp_path: Path, database_url: str, places_index: Path
) -> None:
    desk, refs = seeded(tmp_path, database_url, places_index)
    mails = tmp_path / "thread"
    mails.mkdir()
    first = submission(mails, 7, "Gil Thread <gil@example.org>", photo(7),
                       "The ISS over Tarján, Hungary on 29 July 2016, max elevation 85°. "
                       "Canon EOS 5D Mark II", "Sun, 31 Jul 2016 20:00:00 +0200")  # fmt: skip
    assert desk.run("ingest", str(first)).exit_code == 0
    ref = max(r["reference"] for r in json.loads(desk.run("queue", "--json").output))
    assert desk.show(ref)["pass_check"]["verdict"] == "unknown"
    answer = follow_up(mails, 7, "Gil Thread <gil@example.org>", ref, "The time was 19:57 UT.",
                       photo(PHOTO, half=True))  # fmt: skip
    assert desk.run("ingest", str(answer)).exit_code == 0
    shown = desk.show(ref)
    assert shown["fields"]["taken_at"] == "2016-07-29T19:57:00Z"
    assert shown["pass_check"]["verdict"] == "agrees"
    assert {d["reference"] for d in shown["duplicates"]} >= {refs[0]}  # the photo it brought
    assert desk.run("reprocess", "--all").exit_code == 0
    again = desk.show(ref)
    assert again["pass_check"]["verdict"] == "agrees"
    assert {d["reference"] for d in again["duplicates"]} >= {refs[0]}
