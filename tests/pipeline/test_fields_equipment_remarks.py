"""equipment: the words around a name that are no part of it (a kind after a lens, a tripod
"of" its maker, a remark in brackets, quotation marks, a lens's range without its maker), in
many languages."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("Uitrusting: Nikon Z6 II en een Nikkor Z 20mm f/1.8 objectief.", "Nikkor Z 20mm f/1.8"),
        ("Ik gebruikte een Sony A7 III met het Sigma 24mm f/1.4 objectief.", "Sigma 24mm f/1.4"),
        ("Opstelling: Sky-Watcher 130PDS telescoop met een ZWO ASI224MC.", "Sky-Watcher 130PDS"),
    ],
)
def test_a_dutch_kind_after_a_name_is_no_part_of_it(text: str, lens: str) -> None:
    assert lens in _items(text)


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        ("Camera: Fujifilm X-T4 met Samyang 12mm, op een statief van Benro.", "Benro"),
        ("Ik stond met mijn Nikon Z6 op een statief van Manfrotto bij de dijk.", "Manfrotto"),
        ("Matériel : Canon EOS 90D, Sigma 18-35mm, trépied de Gitzo.", "Gitzo"),
        ("Ho usato una Nikon D850 su un treppiede di Manfrotto.", "Manfrotto"),
        ("Equipo: Sony A7 III con un Sigma 14mm, trípode de Benro", "Benro"),
    ],
)
def test_a_tripod_of_a_maker_is_named_by_the_maker_alone(text: str, tripod: str) -> None:
    items = _items(text)
    assert items[-1] == tripod
    assert not any(i.islower() for i in items)  # the tripod once, not again by its kind


def test_a_filter_of_a_maker_keeps_its_kind() -> None:
    assert (
        _items("Ausrüstung: ZWO ASI183MM mit Rotfilter von Baader.")[-1] == "Rotfilter von Baader"
    )


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("Nikon Z6 + HD Pentax-D FA 24-70mm f/2.8 on a tripod.", "HD Pentax-D FA 24-70mm f/2.8"),
        ("Sony A7 III and a Sigma-Art DG 14-24mm f/2.8, 10 s", "Sigma-Art DG 14-24mm f/2.8"),
        ("con la nikon d5300 y el 18-55mm desde el balcón", "18-55mm"),
    ],
)
def test_a_lens_named_before_its_zoom_range_starts_at_its_maker(text: str, lens: str) -> None:
    assert lens in _items(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nikon D750 with the AF-S VR 70-200mm f/2.8 lens.",
        "Nikon D7500 + AF-P DX 10-20mm f/4.5-5.6G",
        "Canon 90D mit dem USM IS 100-400mm auf Stativ",
    ],
)
def test_a_zoom_range_after_name_words_without_a_maker_is_no_item(text: str) -> None:
    assert not any("mm" in item for item in _items(text))


@pytest.mark.parametrize(
    ("text", "lens_filter"),
    [
        ("Sprzęt: Nikon Z6, Samyang 14mm, filtr Hoya Starscape.", "Hoya Starscape"),
        ("Fotil jsem Sony A7 III s filtrem Kase Neutral Night.", "Kase Neutral Night"),
        ("Canon EOS R cu filtru NiSi Natural Night, pe trepied.", "NiSi Natural Night"),
        ("Камера Nikon Z6 с фильтром Haida NanoPro.", "Haida NanoPro"),
    ],
)
def test_a_lens_filter_is_named_by_its_maker_and_product(text: str, lens_filter: str) -> None:
    assert lens_filter in _items(text)


def test_capitalised_words_after_a_filter_maker_name_nothing_in_prose() -> None:
    assert _items("We ate at Kase Restaurant downtown after the pass.") == []


@pytest.mark.parametrize(
    ("text", "barlow"),
    [
        ("Снимах със Sky-Watcher 150/750 и леща Барлоу 3x на EQ5.", "леща Барлоу 3x"),
        ("Знімав Celestron C8 з Барлоу лінза 2x на монтуванні EQ5.", "Барлоу лінза 2x"),
    ],
)
def test_a_barlow_lens_written_in_cyrillic_is_an_instrument(text: str, barlow: str) -> None:
    assert barlow in _items(text)


def test_a_phone_maker_written_in_chinese_starts_its_model() -> None:
    assert _items("昨天晚上用的华为 P60 Pro 拍的空间站")[0] == "华为 P60 Pro"


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        ("機材：キヤノン EOS R6、RF 15-35mm F2.8、マンフロットの三脚", "マンフロットの三脚"),
        ("器材：索尼 A7M4 相机，适马 14毫米 F1.8，固定在捷信的三脚架上", "捷信的三脚架"),
    ],
)
def test_a_makers_tripod_joined_by_of_in_cjk_is_an_instrument(text: str, tripod: str) -> None:
    assert _items(text)[-1] == tripod


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        ("Nikon Z6 on my Manfrotto travel tripod in the garden.", "Manfrotto travel tripod"),
        ("Sony A7 IV with a Samyang 24mm, on a Gitzo carbon tripod.", "Gitzo carbon tripod"),
    ],
)
def test_a_word_between_a_tripods_maker_and_its_kind_belongs_to_it(text: str, tripod: str) -> None:
    assert _items(text)[-1] == tripod


def test_a_tripod_head_after_such_a_word_is_no_instrument() -> None:
    assert _items("Sony A7 IV on a Gitzo carbon tripod head.") == ["Sony A7 IV"]


@pytest.mark.parametrize(
    ("text", "lens_filter"),
    [
        ("Ik fotografeerde met een Nikon Z6 en een Haida-nachtfilter.", "Haida-nachtfilter"),
        ("Canon EOS R mit dem Hoya-Sternfilter und Rollei-Stativ.", "Hoya-Sternfilter"),
    ],
)
def test_a_filters_kind_joined_to_its_maker_by_a_hyphen_is_one_item(
    text: str, lens_filter: str
) -> None:
    assert lens_filter in _items(text)


def test_a_filters_kind_joined_to_what_it_passes_names_no_instrument() -> None:
    assert _items("A UV-filter was on the lens of my Nikon D750.") == ["Nikon D750"]


def test_a_tripod_after_portuguese_no_is_on_it() -> None:
    assert _items("fiz com o iphone 15 pro no tripé, 8 segundos de exposição") == [
        "iphone 15 pro",
        "tripé",
    ]


def test_a_tripod_after_english_no_is_none() -> None:
    assert _items("iphone 15 pro handheld, no tripod sadly") == ["iphone 15 pro"]


@pytest.mark.parametrize(
    "text",
    [
        "昨晚用小米 14 Ultra 加三脚架拍的，曝光10秒。",
        "用三脚架拍摄，相机是尼康 Z6。",
    ],
)
def test_a_tripod_joined_to_the_instruments_in_chinese_is_one(text: str) -> None:
    assert "三脚架" in _items(text)


def test_a_tripod_not_used_in_chinese_is_none() -> None:
    assert _items("用小米 14 Ultra 拍的，没用三脚架，手持。") == ["小米 14 Ultra"]


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("Canon R6 + 24-105 on a Benro tripod, 20 s at f/4", "24-105"),
        ("Hab's mit der Nikon Z6 mit 14-30 auf dem Stativ gemacht.", "14-30"),
        ("Scattata con Sony A7 III con 16-35 su treppiede", "16-35"),
        ("Fotografei com a Canon 90D e 18-55 no tripé", "18-55"),
    ],
)
def test_a_zoom_range_without_its_unit_joined_to_a_camera_is_its_lens(text: str, lens: str) -> None:
    assert lens in _items(text)


@pytest.mark.parametrize(
    "text",
    [
        "Canon R5 + 10-20 frames stacked in Sequator",
        "Nikon Z6 and 14-15 August were both clear",
        "Sony A7 III, 20-25 minutes after sunset",
    ],
)
def test_a_number_range_that_counts_something_else_is_no_lens(text: str) -> None:
    assert not any("-" in item and item[0].isdigit() for item in _items(text))


@pytest.mark.parametrize(
    ("text", "camera"),
    [
        ("Rifrattore TS 80 ED, camera QHY5III e filtro Baader", "QHY5III"),
        ("Shot through a C8 with the camera ASI224MC at prime focus", "ASI224MC"),
        ("Opstelling: Skywatcher 150P en camera ASI462MC", "ASI462MC"),
    ],
)
def test_a_model_after_its_kind_in_lower_case_is_found(text: str, camera: str) -> None:
    assert camera in _items(text)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Matériel : Lunt LS60T, prisme de Herschel Lacerta, caméra QHY5III",
            "prisme de Herschel Lacerta",
        ),
        (
            "Strumenti: rifrattore TS 80 ED, prisma di Herschel Baader, camera ZWO",
            "prisma di Herschel Baader",
        ),
        (
            "Telescopio Celestron C8 con cuña de Herschel Lunt y cámara ZWO ASI290MM",
            "cuña de Herschel Lunt",
        ),
    ],
)
def test_an_accessorys_kind_before_its_maker_alone_is_kept(text: str, item: str) -> None:
    assert item in _items(text)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Strumenti: TS 80 ED, prisma di Herschel Baader Cool-Ceramic, camera QHY5III",
            "Baader Cool-Ceramic",
        ),
        (
            "Setup: Herschel prism Baader Cool-Ceramic, Lacerta Herschel wedge",
            "Baader Cool-Ceramic",
        ),
        ("Telescopio C8 con lente de Barlow Celestron X-Cel 2x y cámara ZWO", "Celestron X-Cel 2x"),
        ("Ausrüstung: C8 und Herschelkeil Lunt 2-Zoll Pro, ZWO ASI178MM", "Lunt 2-Zoll Pro"),
    ],
)
def test_an_accessorys_kind_before_its_makers_model_is_no_part_of_it(text: str, item: str) -> None:
    assert item in _items(text)


@pytest.mark.parametrize(
    "text",
    [
        "Equipment: Canon 6D, Samyang 14mm wide open",
        "Ausrüstung: Nikon Z6, Samyang 14mm bei Offenblende",
        "Uitrusting: Canon 6D, Samyang 14mm volledig open",
        "Equipo: Canon 6D, Samyang 14mm totalmente abierto",
        "Техника: Canon 6D, Samyang 14mm на открытой диафрагме",
        "Shot on a Canon 6D and a Samyang 14mm wide open at f/2.8",
    ],
)
def test_how_a_lens_was_used_is_no_part_of_its_name(text: str) -> None:
    assert _items(text)[-1] == "Samyang 14mm"


@pytest.mark.parametrize(
    "text",
    [
        "Gear: Sony A7 III, 20-25 s exposures",
        "Vybavení: Sony A7 III, 20 s, ISO 3200",
        "Ausrüstung: Sony A7 III, 10-20 Aufnahmen",
        "Sprzęt: Sony A7 III, 2,5 s przy f/2",
    ],
)
def test_a_time_or_count_among_the_instruments_is_no_instrument(text: str) -> None:
    assert _items(text) == ["Sony A7 III"]


@pytest.mark.parametrize(
    "text",
    [
        "We drove up Mount Olympus 2 hours before the pass.",
        "Gracias a Baader 2 años después del primer intento",
        "Il passaggio era visibile da Orion 3 km più a nord",
        "Снимал у магазина Canon 5 минут до пролёта",
    ],
)
def test_a_maker_before_a_number_of_things_names_no_model(text: str) -> None:
    assert not any(c.isdigit() for item in _items(text) for c in item)


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Sky-Watcher 200 dobsonian on the lawn", "Sky-Watcher 200 dobsonian"),
        ("Ich nutzte ein Bresser 150 mm Newton im Garten", "Bresser 150 mm Newton"),
    ],
)
def test_a_maker_before_a_size_keeps_it(text: str, scope: str) -> None:
    assert _items(text) == [scope]


@pytest.mark.parametrize(
    "text",
    [
        "The ISS passed right by Altair HD 187642 at 21:14",
        "La ISS è passata sopra Orion M42, poi è sparita",
        "Die ISS zog knapp an Sirius B vorbei",
        "L'ISS a traversé Lacerta HD 211388 vers 21 h",
    ],
)
def test_a_star_named_like_a_maker_names_no_instrument(text: str) -> None:
    assert _items(text) == []


def test_a_maker_named_like_a_star_keeps_its_models() -> None:
    assert _items("Orion SkyQuest XT8 and Altair Hypercam 183C") == [
        "Orion SkyQuest XT8",
        "Altair Hypercam 183C",
    ]


@pytest.mark.parametrize(
    "signature",
    [
        "John Smith\nOrion Astronomy Club, Vice President",
        "Jan Novák\nAltair Astronomický Klub Brno",
        "Maria Rossi\nSirius Gruppo Astrofili",
        "Ivan Petrov\nАстроклуб Orion Клуб любителей астрономии",
    ],
)
def test_a_club_named_after_a_maker_is_no_instrument(signature: str) -> None:
    assert _items(f"Canon 6D, Samyang 14mm\n\n{signature}") == ["Canon 6D", "Samyang 14mm"]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Usé la Canon 80D 2 veces esa noche", "Canon 80D"),
        ("Ho provato con la Nikon D750 3 volte", "Nikon D750"),
        ("I tried the Celestron C8 2 times before it cleared", "Celestron C8"),
        ("Celestron EdgeHD 8 mounted on a tripod", "Celestron EdgeHD 8"),
    ],
)
def test_a_number_after_a_model_that_counts_times_is_no_part_of_it(text: str, item: str) -> None:
    assert _items(text)[0] == item


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Аппаратура: фотоаппарат Canon EOS 600D с объективом «Зенитар-16» на штативе "
            "Manfrotto 055.",
            ["Canon EOS 600D", "Зенитар-16", "Manfrotto 055"],
        ),
        ("снимал объективом «Зенитар-16».", ["Зенитар-16"]),
        ('снимал объективом "Гелиос-44"', ["Гелиос-44"]),
        ("Objektiv: „Helios 44-2“", ["Helios 44-2"]),
        ("Lens: “Helios-44M”", ["Helios-44M"]),
        # traps: an inch mark after a size is no quotation mark; a quoted nickname names nothing
        ('Telescope: Meade 8" LX200, Lunt 2" wedge', ['Meade 8" LX200', 'Lunt 2" wedge']),
        ('my "big gun" a Celestron C8', ["Celestron C8"]),
    ],
)
def test_a_name_in_quotation_marks_is_read_without_them(text: str, expected: list[str]) -> None:
    assert _items(text) == expected
