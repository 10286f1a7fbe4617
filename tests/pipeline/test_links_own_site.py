"""links: a website whose name is the sender's own is their profile, wherever the mail puts
it (an HTML signature, a line under a kanji name); a site that merely holds letters of a
name, or a firm's, is not."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.links import find_links

HOSTS = ("dropbox.com", "flickr.com")
TEXT = "The ISS crossed the sky above the lake.\n\n{closing}\n"


@pytest.mark.parametrize(
    ("sender", "address", "closing", "site"),
    [
        ("Thabo Nkosi", "thabo@example.co.za", "Regards,\nThabo Nkosi\nCape Town Centre, ASSA\n{site}",
         "https://www.thabonkosi-photo.example.co.za"),
        ("佐藤 健一", "k.sato@example.jp", "よろしくお願いいたします。\n\n佐藤 健一\n{site}",
         "https://sato-astro.example.jp/"),
        ("Emre Yıldız", "emre@example.com.tr", "Saygılarımla,\nEmre Yıldız\nMakine Mühendisi | "
         "Akdeniz Gökyüzü Gözlem Derneği\nTel: +90 555 000 00 00\n{site}",
         "https://www.emreyildiz.example.com.tr"),
        ("Francesca Bellandi", "francesca.bellandi@example.it", "Il mio sito: {site}\n\n"
         "Cordiali saluti,\nFrancesca Bellandi\nGruppo Astrofili\nCell. 347 555 0921",
         "https://www.fbellandi-astro.example.it"),
        ("יונתן לוי", "yonatan.levi@example.co.il", "בברכה,\nיונתן לוי\n{site}",
         "https://www.yonatanlevi-astro.example.com"),
    ],
)  # fmt: skip
def test_a_site_named_after_the_sender_is_their_profile(
    sender: str, address: str, closing: str, site: str
) -> None:
    html = f'<p>{closing.format(site="")}<a href="{site}">{site}</a></p>'
    text = TEXT.format(closing=closing.format(site=site))
    assert find_links(text, None, HOSTS, (sender, address)).profile == (site,)
    assert find_links(text, html, HOSTS, (sender, address)).profile == (site,)


@pytest.mark.parametrize(
    ("sender", "address", "line", "site"),
    [
        # letters of a first name inside another word
        ("Mark Thompson", "mark@example.com", "I bought the mount at {site} last year.",
         "https://www.telescopemarket.example.com"),
        ("Anna Berg", "anna.berg@example.se", "We hiked from {site} to the ridge.",
         "https://annapurna-treks.example.com"),
        # a firm's site in a work signature
        ("Tomas Kazlauskas", "tomas.kazlauskas@example.lt", "Pagarbiai\nTomas Kazlauskas\n"
         "Inžinierius | UAB „Pavyzdys“\nTel. +370 600 00000\n{site}",
         "https://www.pavyzdys.example.lt"),
        # a club's word in the display name is no person's
        ("Astro Club Bern", "astro@example.ch", "Wir haben den Filter bei {site} gekauft.",
         "https://www.astro-shop.example.ch"),
    ],
)  # fmt: skip
def test_a_site_holding_only_letters_of_a_name_or_a_firms_is_no_profile(
    sender: str, address: str, line: str, site: str
) -> None:
    text = TEXT.format(closing=line.format(site=site))
    assert find_links(text, None, HOSTS, (sender, address)).profile == ()
