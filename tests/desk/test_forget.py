"""`ipom forget SENDER`: everything of a photographer deleted on request, and a record kept."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from tests import corpus
from tests.desk_kit import Desk
from tests.publish_kit import MONTH, Install, install, mail


def test_forget_asks_first_and_a_no_deletes_nothing(desk: Desk) -> None:
    done = desk.run("forget", "maria@example.es", input="n\n")
    assert done.exit_code == 1 and desk.refs["01-complete.eml"] in done.output
    assert desk.run("show", desk.refs["01-complete.eml"]).exit_code == 0


def test_forget_deletes_submissions_messages_and_files_and_records_it(desk: Desk) -> None:
    ref = desk.refs["01-complete.eml"]
    media = json.loads(desk.run("show", ref, "--json").output)["media"]
    before = set(desk.setup.archived())
    done = desk.run("forget", "Maria@Example.es", "--curator", "ana", input="y\n")
    assert done.exit_code == 0, done.output
    assert desk.run("show", ref).exit_code == 1
    assert desk.setup.query(
        "SELECT count(*) FROM raw_messages WHERE sender = 'maria@example.es'"
    ) == [(0,)]
    assert len(set(desk.setup.archived())) == len(before) - 1
    assert not list((desk.setup.storage / "media").glob(f"{media[0]['sha256']}.*"))
    log = desk.setup.query("SELECT detail FROM events WHERE kind = 'forgotten'")
    assert len(log) == 1 and "by ana" in str(log[0][0]) and "maria" not in str(log[0][0])
    assert "jonas@example.de" in desk.run("queue", "--csv").output


def test_forgetting_an_unknown_sender_says_so(desk: Desk) -> None:
    done = desk.run("forget", "nobody@example.org")
    assert done.exit_code == 0 and "nothing stored" in done.output


@pytest.fixture
def ingested(tmp_path: Path, database_url: str) -> tuple[Install, dict[str, str]]:
    """Maria (her From in mixed case) and Jonas each sent a photo, on each database."""
    corpus.require()
    site = install(tmp_path, database_url="" if database_url.startswith("sqlite") else database_url)
    maria = (corpus.IMAGES / "gps" / "ianare__DSCN0010.jpg").read_bytes()
    jonas = (corpus.IMAGES / "exif" / "ianare__canon-ixus.jpg").read_bytes()
    refs = site.ingest(
        {
            "maria.jpg": mail("maria.jpg", maria, "Maria.Lopez@example.es"),
            "jonas.jpg": mail("jonas.jpg", jonas, "jonas@example.de", "Jonas Weber"),
        }
    )
    return site, refs


@pytest.fixture
def published(
    ingested: tuple[Install, dict[str, str]], tmp_path: Path
) -> tuple[Install, dict[str, str]]:
    """The two photos picked, posted and shown in the gallery."""
    site, refs = ingested
    for ref in refs.values():
        assert site.ipom("pick", ref, "--month", MONTH).returncode == 0
    assert site.ipom("post", "--month", MONTH, "--out", str(tmp_path / "post")).returncode == 0
    assert site.ipom("gallery", "--all", "--out", str(tmp_path / "gallery")).returncode == 0
    return site, refs


def published_files(site: Install, sha: str, post: list[Path]) -> list[Path]:
    """The gallery's copies of a stored file (named by its hash) and the post's (readable names)."""
    root = site.root
    gallery = [p for p in root.rglob(f"{sha}*") if "data" not in p.relative_to(root).parts]
    return sorted(gallery + [p for p in post if p.is_file()])


@pytest.mark.parametrize("typed", ["Maria.Lopez@example.es", " MARIA.LOPEZ@Example.ES "])
def test_forget_finds_a_sender_whatever_the_case_of_the_address(
    ingested: tuple[Install, dict[str, str]], typed: str
) -> None:
    site, refs = ingested  # finding the sender is the same with or without published copies
    done = site.ipom("forget", typed, "--yes")
    assert done.returncode == 0, done.stderr
    assert "deleted 1 submission(s)" in done.stdout
    left = site.query("SELECT lower(sender) FROM raw_messages")
    replies = site.query("SELECT count(*) FROM replies WHERE lower(to_addr) LIKE 'maria%'")
    assert left == [("jonas@example.de",)] and replies == [(0,)]
    assert site.ipom("show", refs["maria.jpg"]).returncode == 1
    assert site.ipom("show", refs["jonas.jpg"]).returncode == 0


def test_forget_removes_published_copies_rewrites_the_gallery_and_names_the_post(
    published: tuple[Install, dict[str, str]],
) -> None:
    site, refs = published
    [maria], [jonas] = site.sha256(refs["maria.jpg"]), site.sha256(refs["jonas.jpg"])
    maria_post, jonas_post = site.post_files(maria), site.post_files(jonas)
    mine = published_files(site, maria, maria_post)
    assert len(mine) == 3  # the post's copy, the gallery's thumbnail and large copy
    asked = site.ipom("forget", "Maria.Lopez@example.es", input="n\n")
    assert asked.returncode == 1 and all(str(p) in asked.stdout for p in mine)
    assert published_files(site, maria, maria_post) == mine
    done = site.ipom("forget", "Maria.Lopez@example.es", "--yes")
    assert done.returncode == 0, done.stderr
    assert "3 published copy(ies)" in done.stdout
    assert published_files(site, maria, maria_post) == []
    assert len(published_files(site, jonas, jonas_post)) == 3
    page = (site.root / "gallery" / "index.html").read_text()
    assert refs["maria.jpg"] not in page and "Maria" not in page and refs["jonas.jpg"] in page
    assert "gallery" in done.stdout and "written again without them" in done.stdout
    [rebuild] = [line for line in done.stdout.splitlines() if "write it again with" in line]
    assert "ipom-2024-05.html" in rebuild  # the post: the curator's article, named, not rewritten
    again = site.ipom(*shlex.split(rebuild.split("with ", 1)[1])[1:])
    assert again.returncode == 0, again.stderr
    assert refs["maria.jpg"] not in (site.root / "post" / "ipom-2024-05.html").read_text()
    details = " ".join(str(d) for (d,) in site.query("SELECT detail FROM events"))
    assert maria not in details and refs["maria.jpg"] not in details
