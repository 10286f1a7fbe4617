"""Where the photo was taken beats what it shows or the area around (batch-39): a Turkish
name with "from" before a verb of taking beats the region the holiday was spent in
("Kapadokya'da … Uçhisar'dan çektim"); a named hill the sender stood on beats the
landmark the Subject names for the view ("ISS over the Halifax Citadel" and "I was
standing on Citadel Hill"); the beach at a town one set up on, also in the third person
for a mail sent for someone. Never a spot left before, nor a name without a site's kind."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_stood import stood_place
from ipom_mail.pipeline.fields.place_suffixed import suffixed_name
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tatilimizi Kapadokya'da geçirdik; fotoğrafı otelin terasından, Uçhisar'dan\nçektim.", "Uçhisar"),
        ("Bayramı Ege'de, Bodrum'da geçirdik ama ISS'i Datça'dan çektik.", "Datça"),
        ("Karadeniz'de, Rize'deki yaylada kaldık; fotoğraf Ayder'den çekildi.", "Ayder"),
    ],
)  # fmt: skip
def test_a_turkish_name_taken_from_beats_the_region_stayed_in(text: str, place: str) -> None:
    assert suffixed_name(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place left before the photo is no place taken from: the first stays
        ("Kapadokya'da kaldık, Nevşehir'den döndükten sonra çektim.", "Kapadokya"),
        ("Heavens-Above'dan çektim verileri.", None),  # a source
    ],
)  # fmt: skip
def test_a_turkish_name_left_is_not_taken_from(text: str, place: str | None) -> None:
    assert suffixed_name(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I was standing on Citadel Hill with the camera pointed southwest.", "Citadel Hill"),
        ("We stood on Primrose Hill, freezing, as it rose.", "Primrose Hill"),
        ("He set up on the beach at Barnegat Light right next to the lighthouse.", "Barnegat Light"),
        ("She set up on the pier at Southwold after dinner.", "Southwold"),
    ],
)  # fmt: skip
def test_the_named_site_stood_on_is_the_place(text: str, place: str) -> None:
    assert stood_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "I was standing on Main Street when it passed.",  # no site's kind in the name
        "I was standing on Tuesday evening in the cold.",  # a weekday
        "He set up on the balcony of Dave's flat.",  # someone's home
        "I was standing on Citadel Hill Road for an hour.",  # a road named for the hill
    ],
)  # fmt: skip
def test_a_name_without_a_sites_kind_is_no_site_stood_on(text: str) -> None:
    assert stood_place(text) is None


def test_the_hill_stood_on_beats_the_landmark_the_subject_names() -> None:
    body = (
        "Here's my shot of the ISS sliding over the clock tower at the Halifax Citadel. It\n"
        "was taken at 01:12 UTC. I was standing on Citadel Hill with the camera pointed\n"
        "southwest.\n\nCheers,\nDerek\nDartmouth, Nova Scotia\n"
    )
    assert mail_place("ISS over the Halifax Citadel - IPOM submission", body) == "Citadel Hill"


def test_the_town_taken_from_beats_the_region_in_the_subject() -> None:
    body = (
        "Merhaba,\n\nNişan tatilimizi Kapadokya'da geçirdik. Saat 20.24 TSİ'de ISS, Uçhisar\n"
        "Kalesi'nin tam üstünden geçti; fotoğrafı otelimizin terasından, Uçhisar'dan\n"
        "çektim.\n\nİyi çalışmalar,\nElif\n"
    )
    assert mail_place("Kapadokya'dan ISS fotoğrafı", body) == "Uçhisar"


def test_the_beach_set_up_on_for_someone_else_gives_its_town() -> None:
    body = (
        "I'm sending this on behalf of my husband, Dave.\n\nDave took this photo of the ISS\n"
        "passing over the Barnegat Lighthouse on Thursday evening.\n\nHe set up on the beach\n"
        "at Barnegat Light right next to the lighthouse.\n\nThanks,\nLinda\n"
    )
    assert mail_place("ISS photo submission for my husband", body) == "Barnegat Light"
