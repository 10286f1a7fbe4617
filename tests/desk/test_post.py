"""`ipom post`: a fragment and Markdown ready to paste, readable image names, refusals and warnings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import markdown_it
import pytest

from ipom_mail.desk.publish.render import md_escape
from ipom_mail.desk.publish.slug import slug, unique_name
from samples import _message, photo_jpeg
from tests.desk_kit import Desk, polled_template


def two_photos() -> bytes:
    msg = _message(
        "Andrew Hart <andrew@example.org>",
        "ISS over the Moon",
        "Time: 2026-11-20 21:34:10 UT\nEquipment: Nikon Z6, Nikkor 20mm f/1.4\n"
        "Max elevation 84°, from 21:31 to 21:38 UT, brightness -3.9 mag\n\n"
        "My first transit.\n=====\nTwo frames; the second is the one.\n",
        datetime(2026, 11, 21, 9, 0, tzinfo=UTC),
    )
    for name, width in (("first.jpg", 640), ("second.jpg", 900)):
        msg.add_attachment(
            photo_jpeg(width, 500, taken="2026:11:20 22:34:10", offset="+01:00"),
            maintype="image",
            subtype="jpeg",
            filename=name,
        )
    return msg.as_bytes()


def flickr_link_only() -> bytes:
    return _message(
        "Emma Walsh <emma@example.au>",
        "ISS over Dubbo",
        "Hi there,\n\nThe ISS rose over the <b>silos</b> just after dusk.\n"
        "My photo is on Flickr:\nhttps://www.flickr.com/photos/emmawalsh/53768800012/\n\n"
        "Taken 2024-06-04 09:02:00 UT, Canon EOS R6, Samyang 14mm f/2.8.\n\n"
        "More of my work: https://www.instagram.com/emma.walsh.astro\n\n"
        "Cheers,\nEmma\n",
        datetime(2024, 6, 5, 9, 0, tzinfo=UTC),
    ).as_bytes()


@pytest.fixture(scope="module")
def polled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    extra = {"05-two.eml": two_photos(), "06-flickr.eml": flickr_link_only()}
    with polled_template(tmp_path_factory.mktemp("polled"), extra) as desk:
        yield desk


def posted(desk: Desk, ref: str, month: str, out: Path) -> tuple[str, str]:
    """Pick REF for the month, write the post into `out`: (its HTML, its Markdown)."""
    assert desk.run("pick", ref, "--month", month).exit_code == 0
    done = desk.run("post", "--month", month, "--out", str(out))
    assert done.exit_code == 0, done.output
    html = (out / f"ipom-{month}.html").read_text(encoding="utf-8")
    return html, (out / f"ipom-{month}.md").read_text(encoding="utf-8")


def markdown_text(markdown: str) -> str:
    """What a reader sees of the Markdown once rendered (CommonMark, as the page's editor does)."""
    html: str = markdown_it.MarkdownIt("commonmark").render(markdown)
    return html


def test_the_post_is_a_fragment_in_the_pages_shape_with_the_credit_line(
    desk: Desk, tmp_path: Path
) -> None:
    maria = desk.refs["01-complete.eml"]
    assert desk.run("pick", maria, "--month", "2024-06").exit_code == 0
    done = desk.run("post", "--month", "2024-06", "--out", str(tmp_path / "post"))
    assert done.exit_code == 0, done.output
    html = (tmp_path / "post" / "ipom-2024-06.html").read_text(encoding="utf-8")
    assert "<html" not in html and "<body" not in html and "<style" not in html
    assert "<h2>June 2024</h2>" in html
    assert "<figcaption>Photo: Maria López</figcaption>" in html
    assert 'src="images/2024-06-maria-lopez.jpg"' in html
    assert (
        'More of Maria’s work on their <a href="https://www.instagram.com/maria.astro" '
        'rel="nofollow noopener">Instagram profile</a>.' in html
    )
    assert "2024-05-12 21:34:10 UT." in html and "Celestron EdgeHD 8" in html
    assert "max. elevation 72°, −3.6 mag, 21:31–21:38 UT" in html
    assert (tmp_path / "post" / "images" / "2024-06-maria-lopez.jpg").is_file()
    assert [p.name for p in (tmp_path / "post" / "images").iterdir()] == ["2024-06-maria-lopez.jpg"]


def test_document_gives_a_whole_page_with_its_own_style(desk: Desk, tmp_path: Path) -> None:
    assert desk.run("pick", desk.refs["01-complete.eml"], "--month", "2024-06").exit_code == 0
    done = desk.run("post", "--month", "2024-06", "--document", "--out", str(tmp_path))
    assert done.exit_code == 0, done.output
    html = (tmp_path / "ipom-2024-06.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html and "<h2>June 2024</h2>" in html


def test_the_markdown_is_not_over_escaped_and_a_line_of_equals_is_no_heading(
    desk: Desk, tmp_path: Path
) -> None:
    _, markdown = posted(desk, desk.refs["05-two.eml"], "2026-11", tmp_path)
    assert "2026-11-20 21:34:10 UT" in markdown and "f/1.4" in markdown and "−3.9 mag" in markdown
    assert "\\-" not in markdown.replace("\\=====", "") and "\\." not in markdown
    rendered = markdown_text(markdown)
    assert rendered.count("<h2>") == 1 and "<h1>" not in rendered
    assert "My first transit." in rendered and "Two frames; the second is the one." in rendered


def test_the_markdown_escape_keeps_sender_markup_as_text() -> None:
    story = (
        "# not a heading\n- not a list\n1. not a list\n**bold** [link](x) <b>tag</b>\n---\nA\n====="
    )
    rendered = markdown_text(md_escape(story))
    assert "<h1>" not in rendered and "<li>" not in rendered and "<hr" not in rendered
    assert "<strong>" not in rendered and "<a " not in rendered and "<b>" not in rendered
    assert "# not a heading" in rendered and "**bold** [link](x) &lt;b&gt;tag&lt;/b&gt;" in rendered


def test_base_url_is_used_for_the_image_links(desk: Desk, tmp_path: Path) -> None:
    assert desk.run("pick", desk.refs["01-complete.eml"], "--month", "2024-06").exit_code == 0
    url = "https://iss.example.org/wp-content/uploads/2024/06/"
    done = desk.run("post", "--month", "2024-06", "--base-url", url, "--out", str(tmp_path))
    assert done.exit_code == 0, done.output
    html = (tmp_path / "ipom-2024-06.html").read_text(encoding="utf-8")
    markdown = (tmp_path / "ipom-2024-06.md").read_text(encoding="utf-8")
    assert f'src="{url}2024-06-maria-lopez.jpg"' in html
    assert f"({url}2024-06-maria-lopez.jpg)" in markdown
    refused = desk.run("post", "--month", "2024-06", "--base-url", "javascript:alert(1)")
    assert refused.exit_code == 2 and "--base-url" in refused.output


def test_the_post_goes_to_the_storage_folder_by_default_not_the_current_folder(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert desk.run("pick", desk.refs["01-complete.eml"], "--month", "2024-06").exit_code == 0
    assert desk.run("post", "--month", "2024-06").exit_code == 0
    assert (desk.setup.storage / "posts" / "2024-06" / "ipom-2024-06.html").is_file()
    assert not list(tmp_path.glob("ipom-*"))


def test_a_month_with_no_pick_is_refused_in_one_line(desk: Desk, tmp_path: Path) -> None:
    done = desk.run("post", "--month", "2024-09", "--out", str(tmp_path / "post"))
    assert done.exit_code == 1
    assert done.output.strip().count("\n") == 0 and "no photo is picked for 2024-09" in done.output
    assert not (tmp_path / "post").exists()


def test_a_second_pick_for_the_month_is_warned_by_pick_and_post(desk: Desk, tmp_path: Path) -> None:
    maria, andrew = desk.refs["01-complete.eml"], desk.refs["05-two.eml"]
    first = desk.run("pick", maria, "--month", "2024-06")
    assert first.exit_code == 0 and "warning" not in first.output
    second = desk.run("pick", andrew, "--month", "2024-06")
    assert second.exit_code == 0 and f"2024-06 already has a pick: {maria}" in second.output
    done = desk.run("post", "--month", "2024-06", "--out", str(tmp_path))
    assert done.exit_code == 0 and "warning: 2 photos are picked for 2024-06" in done.output


def test_pick_photo_chooses_which_photo_the_post_shows_and_copies_only_it(
    desk: Desk, tmp_path: Path
) -> None:
    andrew = desk.refs["05-two.eml"]
    assert desk.run("pick", andrew, "--month", "2026-11", "--photo", "3").exit_code == 1
    assert desk.run("pick", andrew, "--month", "2026-11", "--photo", "2").exit_code == 0
    assert desk.run("post", "--month", "2026-11", "--out", str(tmp_path)).exit_code == 0
    images = list((tmp_path / "images").iterdir())
    assert [p.name for p in images] == ["2026-11-andrew-hart.jpg"]
    from PIL import Image

    with Image.open(images[0]) as shown:
        assert shown.width == 900  # the second photo, not the first (640 wide)
    assert desk.run("undo", andrew, "--kind", "photo").exit_code == 0  # back to photo 1
    assert desk.run("pick", andrew, "--photo", "1").exit_code == 0  # or chosen without --month
    assert desk.run("pick", andrew).exit_code == 2  # neither: say what to give


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "2024-06-etc-passwd.jpg"),
        ("Eve\x00.jpg/../x", "2024-06-eve-jpg-x.jpg"),
        ("\u202egpj.exe Mallory", "2024-06-gpj-exe-mallory.jpg"),
        ("Юрий Гагарин", "2024-06-yuriy-gagarin.jpg"),
        ("山田 太郎", "2024-06-shantian-tailang.jpg"),
    ],
)
def test_image_names_are_ascii_slugs_whatever_the_senders_name(
    desk: Desk, tmp_path: Path, name: str, expected: str
) -> None:
    maria = desk.refs["01-complete.eml"]
    assert desk.run("edit", maria, "--name", name).exit_code == 0
    assert desk.run("pick", maria, "--month", "2024-06").exit_code == 0
    assert desk.run("post", "--month", "2024-06", "--out", str(tmp_path)).exit_code == 0
    assert [p.name for p in (tmp_path / "images").iterdir()] == [expected]


def test_a_slug_is_at_most_60_characters_and_collisions_get_a_suffix() -> None:
    long = slug("2024-06", "Wolfeschlegelsteinhausenbergerdorff " * 4)
    assert len(long) <= 60 and long.startswith("2024-06-wolfeschlegel")
    taken: set[str] = set()
    assert [unique_name("2024-06-ana", "jpg", taken) for _ in range(3)] == [
        "2024-06-ana.jpg",
        "2024-06-ana-2.jpg",
        "2024-06-ana-3.jpg",
    ]
    assert slug("\u202e\u200f..\x00/") == ""


def test_the_story_is_prose_without_tags_greeting_sign_off_or_a_dangling_link_intro(
    desk: Desk, tmp_path: Path
) -> None:
    html, _ = posted(desk, desk.refs["06-flickr.eml"], "2024-06", tmp_path)
    story = html.split('<p class="ipom-photographer">', 1)[1].split('<p class="ipom-details">')[0]
    assert "The ISS rose over the silos just after dusk." in story
    for gone in ("&lt;b&gt;", "<b>", "Hi there", "Cheers", "Flickr:", "53768800012", "Taken 2024"):
        assert gone not in story, gone
    assert 'The photo: <a href="https://www.flickr.com/photos/emmawalsh/53768800012/"' in html
    assert "More of Emma’s work on their" in html


def test_two_picks_by_photographers_of_the_same_name_get_two_files(
    desk: Desk, tmp_path: Path
) -> None:
    maria, andrew = desk.refs["01-complete.eml"], desk.refs["05-two.eml"]
    for ref in (maria, andrew):
        assert desk.run("edit", ref, "--name", "Ana Ruiz").exit_code == 0
        assert desk.run("pick", ref, "--month", "2024-06").exit_code == 0
    assert desk.run("post", "--month", "2024-06", "--out", str(tmp_path)).exit_code == 0
    names = sorted(p.name for p in (tmp_path / "images").iterdir())
    assert names == ["2024-06-ana-ruiz-2.jpg", "2024-06-ana-ruiz.jpg"]
    html = (tmp_path / "ipom-2024-06.html").read_text(encoding="utf-8")
    assert all(f'src="images/{name}"' in html for name in names)
