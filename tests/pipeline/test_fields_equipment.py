"""equipment: labelled lines in many languages, makers and models in free text, EXIF."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.fields.story import without_footers
from ipom_mail.pipeline.values import Exif, Media, MediaItem

NO_MEDIA = Media(items=())


def _photo(camera: str | None, lens: str | None = None, model: str | None = None) -> Media:
    exif = Exif(model=model or camera, lens=lens)
    item = MediaItem(
        None, "0" * 64, 1000, "photo", "image/jpeg", camera=camera, lens=lens, exif=exif
    )
    return Media(items=(item,))


def test_a_run_on_line_is_split_into_items_and_the_date_and_place_are_left_out() -> None:
    text = (
        "Skywatcher Esprit 150 Skywatcher EQ8 Rh Pro Lunt 2″ Solar Wedge (Herschel Wedge) "
        "ZWO ASI174MM 27.04.2020 Palmdale, California."
    )
    assert find_equipment(text, NO_MEDIA) == (
        "Skywatcher Esprit 150",
        "Skywatcher EQ8 Rh Pro",
        "Lunt 2″ Solar Wedge (Herschel Wedge)",
        "ZWO ASI174MM",
    )


def test_items_joined_by_plus_follow_a_place_name() -> None:
    text = "2016.07.28-30. Tarján, Hungary Canon EOS 5D Mark II + Sigma EF 8/4.0"
    assert find_equipment(text, NO_MEDIA) == ("Canon EOS 5D Mark II", "Sigma EF 8/4.0")


def test_models_without_their_maker_are_found_in_prose() -> None:
    text = "This was captured using a reduced EdgeHD 800 with an ASI1600mm running at unity gain."
    assert find_equipment(text, NO_MEDIA) == ("EdgeHD 800", "ASI1600mm")


def test_accessories_keep_their_magnification() -> None:
    text = (
        "The telescope was an Edge HD 14″ with an Astrodon Red filter on a ZWO ASI174 mono "
        "camera and 1.6 barlow lens."
    )
    assert find_equipment(text, NO_MEDIA) == (
        "Edge HD 14″", "Astrodon Red filter", "ZWO ASI174 mono camera", "1.6 barlow lens",
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Equipment: Celestron C8, ZWO ASI224MC",
        "Ausrüstung: Celestron C8, ZWO ASI224MC",
        "Équipement : Celestron C8 + ZWO ASI224MC",
        "Equipo: Celestron C8 y ZWO ASI224MC",
        "Attrezzatura: Celestron C8 e ZWO ASI224MC",
        "Equipamento: Celestron C8 com ZWO ASI224MC",
        "Apparatuur: Celestron C8 met ZWO ASI224MC",
        "Sprzęt: Celestron C8, ZWO ASI224MC",
        "Vybavení: Celestron C8, ZWO ASI224MC",
        "Felszerelés: Celestron C8 és ZWO ASI224MC",
        "Teleskop: Celestron C8\nKamera: ZWO ASI224MC",
        "Távcső: Celestron C8, fényképezőgép: ZWO ASI224MC",
    ],
)
def test_labelled_lines_are_read_in_ten_languages(text: str) -> None:
    assert find_equipment(text, NO_MEDIA) == ("Celestron C8", "ZWO ASI224MC")


def test_a_labelled_value_is_kept_as_written_even_without_a_known_maker() -> None:
    text = 'Telescope: 8" Dobsonian\nCamera: Philips ToUcam Pro'
    assert find_equipment(text, NO_MEDIA) == ('8" Dobsonian', "Philips ToUcam Pro")


def test_settings_negations_and_lead_words_are_not_equipment() -> None:
    text = (
        "Mount: tripod, no tracking\nCamera: Nikon D850 (ISO 1600, 1/1000s)\n"
        "Lens: objectif Viltrox 13mm f/1.4"
    )
    assert find_equipment(text, NO_MEDIA) == ("tripod", "Nikon D850", "Viltrox 13mm f/1.4")


def test_dates_places_stars_and_prose_are_never_equipment() -> None:
    text = "The ISS passed Orion at 21:34 UT on 12.05.2024 over Budapest, Hungary. What a night!"
    assert find_equipment(text, NO_MEDIA) == ()


def test_the_same_item_is_listed_once_ignoring_case_and_spaces() -> None:
    text = "Equipment: Celestron EdgeHD 8\nI love my celestron edgehd8 and my EdgeHD 8."
    assert find_equipment(text, NO_MEDIA) == ("Celestron EdgeHD 8",)


def test_exif_camera_and_lens_are_added_when_the_text_does_not_name_them() -> None:
    media = _photo("Canon EOS Rebel T6", "EF-S18-55mm f/3.5-5.6 III")
    assert find_equipment("My first ISS photo.", media) == (
        "Canon EOS Rebel T6",
        "EF-S18-55mm f/3.5-5.6 III",
    )


def test_a_text_item_that_names_the_exif_camera_wins() -> None:
    media = _photo("NIKON D850", model="NIKON D850")
    assert find_equipment("Camera: Nikon D850 with a Nikkor 500mm f/5.6 PF", media) == (
        "Nikon D850", "Nikkor 500mm f/5.6 PF",
    )  # fmt: skip


def test_a_phone_footer_is_not_equipment() -> None:
    text = without_footers("ISS tonight with my Canon EOS R6.\n\nSent from my iPhone\n")
    assert find_equipment(text, NO_MEDIA) == ("Canon EOS R6",)


def test_a_camera_body_and_its_kit_lens_are_two_items() -> None:
    text = "iss tonight, canon eos 2000d 18-55mm kit lens"
    assert find_equipment(text, NO_MEDIA) == ("canon eos 2000d", "18-55mm kit lens")


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Camera: Nikon Z6 II", "NIKON Z 6_2"),
        ("Camera: Sony A7 III", "ILCE-7M3"),
        ("Camera: Sony α7R IV", "ILCE-7RM4"),
        ("Camera: Canon EOS 5D Mk II", "Canon EOS 5D Mark II"),
    ],
)
def test_the_exif_model_is_not_repeated_when_the_text_names_it_another_way(
    text: str, model: str
) -> None:
    assert find_equipment(text, _photo(model, model=model)) == (text.split(": ", 1)[1],)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "The scope is a Celestron C8 f/10 2032mm (€1,299 used) and a ZWO ASI462MC.",
            ["Celestron C8", "ZWO ASI462MC"],
        ),
        ("Shot with a Samyang 14mm f/2.8 and a Canon EOS R8.", ["Samyang 14mm f/2.8", "Canon EOS R8"]),
        ("Canon EOS R8 with the RF 100-400mm, ISO 800, 1/2000s", ["Canon EOS R8", "RF 100-400mm"]),
        ("Fujifilm X-S20 + XF 18mm F1.4 R LM WR on a Vixen Polarie.",
         ["Fujifilm X-S20", "XF 18mm F1.4 R LM WR", "Vixen Polarie"]),
        ("egy Samsung Galaxy S24-gyel, kézből.", ["Samsung Galaxy S24"]),
        ("Nikon Z f with a Nikkor Z 28mm f/2.8 on a Benro tripod.",
         ["Nikon Z f", "Nikkor Z 28mm f/2.8", "Benro tripod"]),
    ],
)  # fmt: skip
def test_free_text_items_end_where_the_product_name_ends(text: str, items: list[str]) -> None:
    assert list(find_equipment(text, NO_MEDIA)) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Camera: Nikon Z 7II; Lens: Nikkor Z 20mm f/1.8 S; Tripod: Gitzo GT3543LS",
         ["Nikon Z 7II", "Nikkor Z 20mm f/1.8 S", "Gitzo GT3543LS"]),
        ("objektív: Canon RF 15-35mm F2.8L IS USM; állvány: Manfrotto 055",
         ["Canon RF 15-35mm F2.8L IS USM", "Manfrotto 055"]),
        ("Instrument          Lunette William Optics GT81 + correcteur Flat 6AIII",
         ["William Optics GT81", "Flat 6AIII"]),
        ("Equipo: Skymax 127 + ZWO ASI224MC sobre montura Sky-Watcher AZ-GTi.",
         ["Skymax 127", "ZWO ASI224MC", "Sky-Watcher AZ-GTi"]),
    ],
)  # fmt: skip
def test_labelled_items_lose_the_kind_of_thing_and_the_next_label(
    text: str, items: list[str]
) -> None:
    assert list(find_equipment(text, NO_MEDIA)) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Canon 600D (modified) on a Sky-Watcher Star Adventurer",
            ("Canon 600D (modified)", "Sky-Watcher Star Adventurer"),
        ),
        (
            "Scope: Celestron C8 XLT, camera ZWO ASI662MC at 160 fps, gain 300, exposure 0.8 ms",
            ("Celestron C8 XLT", "ZWO ASI662MC"),
        ),
        (
            "Strumentazione: Celestron EdgeHD 8, ZWO ASI174MM, riduttore 0.7x",
            ("Celestron EdgeHD 8", "ZWO ASI174MM", "riduttore 0.7x"),
        ),
    ],
)
def test_settings_stay_out_and_a_cameras_modification_stays_in(
    text: str, items: tuple[str, ...]
) -> None:
    assert find_equipment(text, Media(())) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a design in brackets after the name, in any language
        ("Teleskop: Bresser Messier 203/1000 (Newton)", ["Bresser Messier 203/1000"]),
        ("Telescopio: Coronado PST 40 (H-alpha)", ["Coronado PST 40"]),
        # bare, after a product line's name; a name made of its design keeps it
        (
            "Telescope: Explore Scientific Firstlight 127 Maksutov",
            ["Explore Scientific Firstlight 127"],
        ),
        ("Távcső: Bresser Messier 102 Maksutov-távcső", ["Bresser Messier 102"]),
        ("Telescope: Sky-Watcher 130/900 Newton", ["Sky-Watcher 130/900 Newton"]),
    ],
)
def test_a_design_written_after_a_models_name_is_not_part_of_it(
    text: str, items: list[str]
) -> None:
    assert list(find_equipment(text, NO_MEDIA)) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a lower-case kind before a maker in prose; a capitalised one names the item
        ("avec une barlow Baader 2,25x sur la lunette", ["Baader 2,25x"]),
        ("Ausrüstung: Celestron C8, barlow TeleVue 2x", ["Celestron C8", "TeleVue 2x"]),
        ("Oprema: Nikon Z6 postavljen na Benro tripod", ["Nikon Z6", "Benro tripod"]),
        ("Опрема: Canon EOS 6D постављен на Sky-Watcher EQ5", ["Canon EOS 6D", "Sky-Watcher EQ5"]),
        ("met een Celestron 3x Barlowlens erachter", ["Celestron 3x Barlowlens"]),
    ],
)
def test_a_kind_or_participle_around_a_name_stays_out_of_it(text: str, items: list[str]) -> None:
    assert list(find_equipment(text, NO_MEDIA)) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Ausrüstung: Nikon D850, 400 Bilder gestapelt", ["Nikon D850"]),
        ("Sprzęt: Canon EOS R6, 120 klatek", ["Canon EOS R6"]),
        ("機材：ニコン Z9、ISO6400、1/1000秒", ["ニコン Z9"]),
        ("Camera: Sony A7 III, ISO1600", ["Sony A7 III"]),
        # a maker alone in prose names no instrument
        ("Thanks to everyone at Celestron for the help.", []),
    ],
)
def test_a_frame_count_an_iso_or_a_lone_maker_is_no_instrument(text: str, items: list[str]) -> None:
    assert list(find_equipment(text, NO_MEDIA)) == items


def test_a_magnification_written_in_cjk_stays_with_its_kind() -> None:
    text = "器材：Canon R6 搭配 Canon 1.4倍增距鏡\n機材：ZWO ASI224MC、3倍バローレンズ使用"
    assert list(find_equipment(text, NO_MEDIA)) == [
        "Canon R6",
        "Canon 1.4倍增距鏡",
        "ZWO ASI224MC",
        "3倍バローレンズ",
    ]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Fujifilm X-H2S con el XF 100-400 a pulso", ["Fujifilm X-H2S", "XF 100-400"]),
        ("Sony A7 IV e FE 200-600 a 600mm, a mano", ["Sony A7 IV", "FE 200-600"]),
        ("Canon R5 + RF 100-500mm", ["Canon R5", "RF 100-500mm"]),
    ],
)
def test_a_lens_named_by_its_mount_and_zoom_range_is_an_item(text: str, items: list[str]) -> None:
    assert list(find_equipment(text, NO_MEDIA)) == items


@pytest.mark.parametrize(
    "footer",
    [
        "iPhone'umdan gönderildi",
        "Samsung Galaxy akıllı telefonumdan gönderildi",
        "Az iPhone-omról küldve",
        "나의 iPhone에서 보냄",
        "Được gửi từ iPhone của tôi",
        "আমার iPhone থেকে পাঠানো",
        "أُرسلت من الـ iPhone الخاص بي",
        "Inviato dal mio smartphone Samsung Galaxy.",
        "Verstuurd vanaf mijn iPhone",
        "Sendt frå min iPhone",
    ],
)
def test_a_phone_footer_in_more_languages_names_no_camera(footer: str) -> None:
    text = f"ISS over the lake, Nikon Z6 with a Laowa 15mm.\n\n{footer}\n"
    assert find_equipment(text, NO_MEDIA) == ("Nikon Z6", "Laowa 15mm")


def test_a_sentence_saying_where_it_was_sent_from_is_no_footer() -> None:
    text = "Saat 19:02'de Galaxy S23 Ultra ile çektim; Eskişehir'den gönderildi.\n"
    assert find_equipment(text, NO_MEDIA) == ("Galaxy S23 Ultra",)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Nikon D7200 with a Tokina at-x 11-16mm f/2.8, 10 s.",
         ["Nikon D7200", "Tokina at-x 11-16mm f/2.8"]),
        ("Canon 80D mit Tokina atx-m 23mm F1.4 auf Stativ",
         ["Canon 80D", "Tokina atx-m 23mm F1.4", "Stativ"]),
        ("Sony A6400 con Sigma 16mm Contemporary.", ["Sony A6400", "Sigma 16mm Contemporary"]),
        ("Pentax K-3 sur un Manfrotto 190 Xpro, pose de 8 s.", ["Pentax K-3", "Manfrotto 190 Xpro"]),
        ("Nikon Z6 en Sigma 14mm Art, vanaf het strand.", ["Nikon Z6", "Sigma 14mm Art"]),
        # a lower-case word after a maker that a focal length does not follow is no series
        ("Nikon D750 and Tokina one-shot 30 frames", ["Nikon D750"]),
    ],
)  # fmt: skip
def test_a_lens_series_or_a_line_name_stays_with_its_maker(text: str, items: list[str]) -> None:
    assert list(find_equipment(text, NO_MEDIA)) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Ich machte mit der Nikon Z6 Serienaufnahmen.", ["Nikon Z6"]),
        ("Die Kamera war eine Canon 6D Vollformat.", ["Canon 6D"]),
        ("Taken with a Nikon D750 Yesterday.", ["Nikon D750"]),
        ("Gemaakt met een Sony A7 III Vanavond.", ["Sony A7 III"]),
    ],
)  # fmt: skip
def test_a_capitalised_word_ending_the_clause_after_a_model_is_no_part_of_its_name(
    text: str, items: list[str]
) -> None:
    assert list(find_equipment(text, NO_MEDIA)) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Oprema: Sky-Watcher 127 Mak, montaža Sky-Watcher AZ-GTi. Šest snimaka po 2 s.",
         ["Sky-Watcher 127 Mak", "Sky-Watcher AZ-GTi"]),
        ("Ausrüstung: Takahashi FSQ-106ED auf EQ6-R Pro. Über 300 Bilder gestapelt.",
         ["Takahashi FSQ-106ED", "EQ6-R Pro"]),
        ("Vybavení: Celestron C9.25, montáž iOptron CEM40. Řízení přes N.I.N.A., 2 ms.",
         ["Celestron C9.25", "iOptron CEM40"]),
    ],
)  # fmt: skip
def test_a_labelled_value_ends_before_a_sentence_in_any_alphabet(
    text: str, items: list[str]
) -> None:
    assert list(find_equipment(text, NO_MEDIA)) == items
