"""links: what counts as the photo, what is the photographer's profile, what is not ours."""

from __future__ import annotations

import pytest

from ipom_mail.config import DEFAULT_LINK_HOSTS
from ipom_mail.pipeline.fields.links import find_links
from ipom_mail.pipeline.fields.quoted import own_text

HOSTS = DEFAULT_LINK_HOSTS


@pytest.mark.parametrize(
    "url",
    [
        "https://www.dropbox.com/s/abc123def/iss.jpg?dl=0",
        "https://www.dropbox.com/scl/fi/x1y2z3/iss.mp4?rlkey=k&dl=0",
        "https://drive.google.com/file/d/1AbCdEf/view?usp=sharing",
        "https://drive.google.com/open?id=1AbCdEf",
        "https://wetransfer.com/downloads/4f8e2a1b9c/abc123",
        "https://we.tl/t-AbCdEf1234",
        "https://1drv.ms/u/s!AqWe12RtYu34",
        "https://www.icloud.com/sharedalbum/#B0a5oqs3qGa",
        "https://www.flickr.com/photos/emmawalsh/53768800012/",
        "https://flic.kr/p/2pQx7Yz",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ",
        "https://www.youtube.com/shorts/AbC123xYz09",
        "https://vimeo.com/123456789",
    ],
)
def test_a_shared_file_photo_or_video_counts_as_the_photo(url: str) -> None:
    found = find_links(f"The full file is here: {url}", None, HOSTS)
    assert found.photo == (url,)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.flickr.com/photos/emmawalsh/",
        "https://www.youtube.com/@bencarterastro",
        "https://www.instagram.com/simon_astro/",
        "https://www.facebook.com/philipsmithastro",
    ],
)
def test_a_profile_page_is_never_the_photo_but_credits_the_photographer(url: str) -> None:
    found = find_links(f"More of my work: {url}", None, HOSTS)
    assert found.photo == ()
    assert found.profile == (url,)


def test_a_file_host_home_page_is_not_the_photo() -> None:
    assert find_links("I use https://www.dropbox.com/ for backups", None, HOSTS).photo == ()


def test_a_share_on_a_host_that_is_not_configured_is_not_the_photo() -> None:
    found = find_links("https://www.dropbox.com/s/abc123/iss.jpg", None, ("flickr.com",))
    assert found.photo == ()


def test_trailing_punctuation_is_stripped_and_each_link_kept_once_in_order() -> None:
    text = (
        "See https://we.tl/t-First123. Also (https://youtu.be/dQw4w9WgXcQ), "
        "again https://we.tl/t-First123!"
    )
    assert find_links(text, None, HOSTS).photo == (
        "https://we.tl/t-First123",
        "https://youtu.be/dQw4w9WgXcQ",
    )


def test_links_in_a_quoted_reply_are_not_ours() -> None:
    text = (
        "Here is the video: https://youtu.be/OwnVideo01\n\n"
        "On Tue, Apr 16, 2024 at 10:00 PM Someone <x@example.org> wrote:\n"
        "> see https://youtu.be/TheirVideo1 and https://www.instagram.com/someone_else/\n"
    )
    found = find_links(text, None, HOSTS)
    assert found.photo == ("https://youtu.be/OwnVideo01",)
    assert found.profile == ()


def test_mailto_and_newsletter_tracking_links_are_not_profile_links() -> None:
    text = (
        "ISS photo attached. Write to mailto:me@example.org\n\n"
        "Unsubscribe: https://news.example.com/unsubscribe?u=123\n"
        "Get Outlook for Android https://aka.ms/AAb9ysg\n"
    )
    assert find_links(text, None, HOSTS) == find_links("", None, HOSTS)


def test_a_personal_website_counts_only_near_my_work_or_in_the_signature() -> None:
    mine = find_links("You can find my website at https://astro.example.net too.", None, HOSTS)
    other = find_links(
        "I read the forecast on https://weather.example.net every day.\n\nMore text here.",
        None,
        HOSTS,
    )
    signed = find_links(
        "Photo attached.\n\n-- \nAnna Schmidt\nhttps://anna.example.de\n", None, HOSTS
    )
    assert mine.profile == ("https://astro.example.net",)
    assert other.profile == ()
    assert signed.profile == ("https://anna.example.de",)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Thank you.\n\nMargaret O'Connell\nAmateur Astronomers of Rochester (member)\n"
            "Rochester, NY\nhttps://www.example.org/moconnell-astro\n\nSent from Outlook\n",
            "https://www.example.org/moconnell-astro",
        ),
        (
            "Med venlig hilsen\n\nMette Kjærgaard\nNaturvejleder, Vordingborg\n"
            "https://www.mettekjaergaard.example.dk\n\nHent Outlook til iOS\n",
            "https://www.mettekjaergaard.example.dk",
        ),
        (
            "Viele Grüße\n\nJonas Weber\nhttps://jonas.example.de\n\nVon meinem iPhone gesendet\n",
            "https://jonas.example.de",
        ),
    ],
)
def test_a_site_in_the_signature_above_the_mail_apps_footer_is_the_photographers(
    text: str, site: str
) -> None:
    assert find_links(text, None, HOSTS).profile == (site,)


@pytest.mark.parametrize(
    "closing",
    [
        "Best,\nDerek Kowalchuk\nToronto, ON\nRASC Toronto Centre\n{site}\n",
        "Mit freundlichen Grüßen\nJonas Weber\nSternfreunde Kassel e.V.\nKassel\n{site}\n",
        "Saludos,\nLucía Romero\nAgrupación Astronómica de Madrid\nMadrid, España\n{site}\n",
    ],
)
def test_a_site_in_a_five_line_signature_opened_by_a_sign_off_is_the_photographers(
    closing: str,
) -> None:
    site = "https://astro.example.net"
    text = "The ISS crossed the sky above the lake.\n\n" + closing.format(site=site)
    assert find_links(text, None, HOSTS).profile == (site,)


def test_a_firms_site_in_a_work_signature_under_a_sign_off_is_no_profile() -> None:
    text = (
        "The ISS crossed the sky above the lake.\n\nPagarbiai\nTomas Kazlauskas\n"
        "Inžinierius | UAB „Pavyzdys“\nTel. +370 600 00000\nwww.pavyzdys.example.lt\n"
    )
    assert find_links(text, None, HOSTS).profile == ()


def test_a_site_in_a_last_paragraph_of_five_lines_with_no_sign_off_is_no_profile() -> None:
    text = (
        "The ISS crossed the sky above the lake.\n\nForecast for the next passes:\n"
        "Monday 21:04\nTuesday 20:17\nWednesday 21:30\nhttps://weather.example.net\n"
    )
    assert find_links(text, None, HOSTS).profile == ()


def test_a_shops_site_in_a_sentence_above_the_footer_is_no_profile() -> None:
    text = "I bought the lens at https://shop.example.com last year.\n\nAnna\n\nSent from Outlook\n"
    assert find_links(text, None, HOSTS).profile == ()


def test_html_hrefs_count_but_not_inside_a_quoted_block() -> None:
    html = (
        '<p>Video: <a href="https://vimeo.com/987654321">here</a></p>'
        '<div class="gmail_quote"><a href="https://vimeo.com/111111111">old</a></div>'
        '<blockquote><a href="https://we.tl/t-Quoted">quoted</a></blockquote>'
    )
    assert find_links("Video: here", html, HOSTS).photo == ("https://vimeo.com/987654321",)


def test_own_text_keeps_a_bottom_posted_answer_and_drops_the_quote() -> None:
    text = "On 04/02/2012 06:26 PM, Megan One wrote:\n> Hi\nHello, the time was 21:34 UT"
    assert own_text(text).strip() == "Hello, the time was 21:34 UT"


def test_own_text_keeps_a_forwarded_submission() -> None:
    text = (
        "---------- Forwarded message ---------\nFrom: Chris <c@example.org>\n"
        "Subject: ISS\n\nISS at 19:26 UT with my C8"
    )
    assert "ISS at 19:26 UT with my C8" in own_text(text)


def test_own_text_cuts_an_outlook_reply_block() -> None:
    text = (
        "The time was 20:47 UT.\n\nFrom: IPOM <ipom@example.org>\nSent: 21 March 2024 08:00\n"
        "To: David\nSubject: Your submission\n\nPlease tell us the time, e.g. 21:00 UT."
    )
    assert own_text(text).strip() == "The time was 20:47 UT."
