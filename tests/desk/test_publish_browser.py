"""The post and the gallery opened in headless Chromium: every image loads, sender markup is text."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from samples import _message, photo_jpeg
from tests.desk_kit import Desk, polled_template

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
EVIL = '<script>document.title="pwned"</script>'
CHECK = """<script>
addEventListener("load", () => {
  const imgs = [...document.images];
  const out = document.createElement("pre"); out.id = "ipom-check";
  out.textContent = JSON.stringify({images: imgs.length,
    loaded: imgs.filter(i => i.complete && i.naturalWidth > 0).length,
    scripts: document.scripts.length, title: document.title,
    text: document.body.innerText});
  document.body.appendChild(out);
});
</script>"""


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    message = "headless Chromium is not installed (Debian: apt-get install chromium)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def open_in_chromium(page: Path, tmp: Path, screenshot: Path | None = None) -> dict[str, object]:
    """Load `page` (with the check script added) and return what the script found."""
    checked = page.with_name(f"checked-{page.name}")
    checked.write_text(
        page.read_text(encoding="utf-8").replace("</body>", CHECK + "</body>"), encoding="utf-8"
    )
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp / 'chromium-profile'}",
        "--virtual-time-budget=5000",
    ]
    dom = subprocess.run(
        [chromium(), *flags, "--dump-dom", checked.as_uri()],
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    if screenshot is not None:
        screenshot.parent.mkdir(exist_ok=True)
        subprocess.run(
            [
                chromium(),
                *flags,
                f"--screenshot={screenshot}",
                "--window-size=1200,1600",
                page.as_uri(),
            ],
            capture_output=True,
            timeout=60,
        )
    match = re.search(r'<pre id="ipom-check">(.*?)</pre>', dom, re.S)
    assert match, dom[-2000:]
    text = (
        match.group(1)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&amp;", "&")
    )
    result: dict[str, object] = json.loads(text)
    return result


def hostile() -> bytes:
    msg = _message(
        f'"{EVIL}" <evil@example.net>',
        f"ISS {EVIL}",
        f"Time: 2024-05-12 21:40 UT\nEquipment: Nikon D850\n\nMy story {EVIL} ends here.\n",
        datetime(2024, 5, 13, 12, 0, tzinfo=UTC),
    )
    msg.add_attachment(photo_jpeg(800, 500), maintype="image", subtype="jpeg", filename="evil.jpg")
    return msg.as_bytes()


@pytest.fixture(scope="module")
def polled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with polled_template(tmp_path_factory.mktemp("polled"), {"05-hostile.eml": hostile()}) as desk:
        yield desk


def test_the_gallery_opens_from_the_disk_with_every_thumbnail_loaded(
    desk: Desk, tmp_path: Path
) -> None:
    done = desk.run("gallery", "--all", "--out", str(tmp_path / "gallery"))
    assert done.exit_code == 0, done.output
    page = tmp_path / "gallery" / "index.html"
    seen = open_in_chromium(page, tmp_path, ARTIFACTS / "gallery.png")
    assert seen["images"] == seen["loaded"] == 3  # Maria, Jonas, the hostile sender
    assert (ARTIFACTS / "gallery.png").stat().st_size > 1000


SEED = ROOT.parent / "shared" / "seed" / "iss-photo-of-the-month-page.txt"
HOST_STYLE = """body { font-family: "Open Sans", Helvetica, Arial, sans-serif; color: #333;
  background: #f4f4f4; line-height: 1.7; }
.entry-content { max-width: 46rem; margin: 2rem auto; background: #fff; padding: 2rem; }
.entry-content h1 { text-align: center; font-size: 2rem; }
.entry-content h2 { font-size: 1.5rem; border-bottom: 1px solid #ddd; }
.entry-content img { max-width: 100%; height: auto; }"""


def host_page(fragment: Path) -> Path:
    """The fragment pasted into a page styled like the Photo of the Month page, above the
    seed's previous months (as the curator pastes each new month at the top)."""
    older = SEED.read_text(encoding="utf-8") if SEED.is_file() else "September 2020"
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in older.splitlines() if line)
    page = fragment.with_name("host.html")
    page.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{HOST_STYLE}</style></head>"
        "<body><div class='entry-content'><h1>International Space Station Photo Of the Month</h1>"
        f"{fragment.read_text(encoding='utf-8')}{paragraphs}</div></body></html>",
        encoding="utf-8",
    )
    return page


def test_the_post_fragment_pasted_into_the_page_shows_the_pick_with_its_credit_and_details(
    desk: Desk, tmp_path: Path
) -> None:
    assert desk.run("pick", desk.refs["01-complete.eml"], "--month", "2024-06").exit_code == 0
    done = desk.run("post", "--month", "2024-06", "--out", str(tmp_path / "post"))
    assert done.exit_code == 0, done.output
    page = host_page(tmp_path / "post" / "ipom-2024-06.html")
    seen = open_in_chromium(page, tmp_path, ARTIFACTS / "post.png")
    assert seen["images"] == seen["loaded"] == 1  # the pick's <img> has naturalWidth > 0
    text = str(seen["text"])
    for expected in (
        "June 2024",
        "Photo: Maria López",
        "2024-05-12 21:34:10 UT",
        "Celestron EdgeHD 8, ZWO ASI462MC",
        "max. elevation 72°, −3.6 mag, 21:31–21:38 UT",
        "More of Maria’s work on their Instagram profile.",
    ):
        assert expected in text, expected
    assert (ARTIFACTS / "post.png").stat().st_size > 1000
    markdown = (tmp_path / "post" / "ipom-2024-06.md").read_text(encoding="utf-8")
    assert "## June 2024" in markdown and "(https://www.instagram.com/maria.astro)" in markdown


def test_a_senders_script_in_name_subject_or_story_is_shown_as_text(
    desk: Desk, tmp_path: Path
) -> None:
    ref = desk.refs["05-hostile.eml"]
    assert desk.run("pick", ref, "--month", "2024-07").exit_code == 0
    desk.run("post", "--month", "2024-07", "--out", str(tmp_path / "post"))
    desk.run("gallery", "--all", "--out", str(tmp_path / "gallery"))
    for page in (
        host_page(tmp_path / "post" / "ipom-2024-07.html"),
        tmp_path / "gallery" / "index.html",
    ):
        seen = open_in_chromium(page, tmp_path)
        assert seen["title"] != "pwned" and seen["scripts"] == 1  # only the test's own script
        assert str(seen["text"]).count("<script>document.title=") >= 2, seen["text"]
    markdown = (tmp_path / "post" / "ipom-2024-07.md").read_text(encoding="utf-8")
    assert "<script>" not in markdown and "&lt;script&gt;" in markdown


def test_the_document_post_opens_on_its_own_with_the_photo_loaded(
    desk: Desk, tmp_path: Path
) -> None:
    assert desk.run("pick", desk.refs["01-complete.eml"], "--month", "2024-06").exit_code == 0
    out = tmp_path / "post"
    done = desk.run("post", "--month", "2024-06", "--document", "--out", str(out))
    assert done.exit_code == 0, done.output
    seen = open_in_chromium(out / "ipom-2024-06.html", tmp_path)
    assert seen["images"] == seen["loaded"] == 1
    assert "International Space Station Photo Of the Month" in str(seen["title"])
    assert "More of Maria’s work on their Instagram profile." in str(seen["text"])
