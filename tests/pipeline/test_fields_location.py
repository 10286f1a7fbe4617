"""location: a place the sender named (never invented) and GPS from the photo's EXIF."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_gps, find_location
from ipom_mail.pipeline.values import Exif, Media, MediaItem


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "This was taken at 11:59:12PM in my backyard in Elk Grove, California.",
            "Elk Grove, California",
        ),
        ("2016.07.28-30. Tarján, Hungary Canon EOS 5D Mark II", "Tarján, Hungary"),
        ("I imaged it from my back Manorville NY, USA backyard.", "Manorville NY, USA"),
        ("ZWO ASI174MM 27.04.2020 Palmdale, California.", "Palmdale, California"),
        ("Transito il 17 ottobre 2024 alle 20:21 CEST da Palermo, Sicilia.", "Palermo, Sicilia"),
    ],
)
def test_a_place_with_its_region_is_read_from_free_text(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    "label", ["Location:", "Ort:", "Lieu :", "Lugar:", "Luogo:", "Local:", "Locatie:", "Miejsce:",
              "Místo:", "Helyszín:", "Lugar de observación:", "Observationsplats:", "Lokation:",
              "Plass:", "Sijainti:", "Asukoht:", "Atrašanās vieta:", "Stebėjimo vieta:",
              "Место снимања:", "Место съёмки:", "Місце:", "Τοποθεσία:", "Konum:", "撮影地：",
              "拍摄地点：", "촬영 장소:", "Lokasi:", "स्थान:", "স্থান:", "สถานที่:", "Địa điểm:",
              "الموقع:", "מיקום:", "مکان:", "Staðsetning:", "Plek:", "Kokapena:", "Mahali:",
              "Lleoliad:"],
)  # fmt: skip
def test_labelled_places_are_read_in_every_language(label: str) -> None:
    assert (
        find_location(f"Time: 21:34 UT\n{label} Sankt Andreasberg (Harz)\n")
        == "Sankt Andreasberg (Harz)"
    )


def test_the_photographers_own_place_wins_over_another_events_place() -> None:
    text = (
        "Dragon was launched from Cape Canaveral Air Force Station, Florida, on 7 March. "
        "I imaged it from my back Manorville NY, USA backyard."
    )
    assert find_location(text) == "Manorville NY, USA"


@pytest.mark.parametrize(
    "text",
    [
        "The ISS passed over Orion and above the Moon at 21:34 UT.",
        "Canon EOS 6D, ISO 800, 1/500 s.",
        "Hi, Georgia here with the photo.",
        "My web site: https://example.org",
    ],
)
def test_no_place_is_invented(text: str) -> None:
    assert find_location(text) is None


def test_a_town_the_station_passed_over_is_a_place() -> None:
    assert find_location("ISS om 18:02 uur boven Groningen.") == "Groningen"


def _item(kind: str, lat: float | None, lon: float | None) -> MediaItem:
    return MediaItem(None, "0" * 64, 10, kind, "image/jpeg", exif=Exif(gps_lat=lat, gps_lon=lon))  # type: ignore[arg-type]


def test_gps_comes_from_the_first_usable_photo_with_coordinates() -> None:
    media = Media(
        items=(_item("other", 1.0, 2.0), _item("photo", None, None), _item("photo", 53.38, -1.45))
    )
    assert find_gps(media) == (53.38, -1.45)


def test_no_coordinates_gives_none() -> None:
    assert find_gps(Media(items=(_item("photo", None, None),))) == (None, None)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("um 17:48 Uhr zog die ISS über Magdeburg. Aufgenommen mit Canon.", "Magdeburg"),
        ("tomada a las 9:34 pm desde Monterrey. La tomé con mi celular.", "Monterrey"),
        ("Az ISS-t Győr mellől fotóztam.", "Győr"),
        ("Lieu                Clermont-Ferrand, Auvergne", "Clermont-Ferrand, Auvergne"),
        ("Gemaakt op 24 augustus 2024 in Zeeland, de tijd weet ik niet.", "Zeeland"),
    ],
)
def test_more_ways_of_naming_the_place(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Pass predictions from Heavens-Above.",
        "Stacked in AutoStakkert and processed in Photoshop.",
        "Times from NASA, thanks!",
        "Data taken from Stellarium.",
        "My new scope, straight from Celestron.",
    ],
)
def test_programs_and_agencies_after_from_are_not_places(text: str) -> None:
    assert find_location(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Taken from the Isle of Wight, UK.", "Isle of Wight, UK"),
        ("The ISS at 22:15 BST, from near Penzance, Cornwall.\nCanon EOS R6", "Penzance, Cornwall"),
        ("Mijn opname van het ISS, vanuit Utrecht, met een Evostar.", "Utrecht"),
    ],
)
def test_places_with_of_a_county_or_a_dutch_from_are_read(text: str, place: str) -> None:
    assert find_location(text) == place


def test_a_church_the_iss_passed_over_is_not_a_town() -> None:
    assert find_location("ISS over St Mary's church, 3 June 2024 22:10 UT") is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("got the iss this morning from my driveway in westerville ohio!! oct 18", "westerville ohio"),
        ("caught it in elk grove, california last night", "elk grove, california"),
        ("foto desde monterrey nuevo león jaja", "monterrey nuevo león"),
        ("handyfoto aus augsburg bayern 😀", "augsburg bayern"),
        ("prise à lyon, france hier soir", "lyon, france"),
        ("from my garden in spring time", None),  # a town's name without its region: a word
        ("taken in the usa", None),
    ],
)  # fmt: skip
def test_a_phones_lower_case_town_with_its_region_is_read_as_written(
    text: str, place: str | None
) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    "signature",
    [
        "-- \nJane Doe | Leeds, UK",
        "--\nJane Doe\nBrisbane, Queensland",
        "Pozdrawiam,\nJan Kowalski\nKraków, Polska",
        "Cordialement,\nJean Dupont\nLyon, France",
        "С уважением,\nИван Петров\nг. Казань",
        "Üdvözlettel:\nKiss Péter\nSzeged",
        "Με εκτίμηση,\nΓιώργος\nΑθήνα",
        "Cu stimă,\nIon Popescu\nCluj-Napoca",
        "Ar cieņu,\nJānis\nRīga",
    ],
)
def test_a_home_town_in_a_signature_block_is_not_where_the_photo_was_taken(
    signature: str,
) -> None:
    assert find_location(f"ISS at 21:04 UTC, max 61°.\n\n{signature}") is None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Tekin frá: Hellisheiði", "Hellisheiði"),
        ("Snimljeno s: Učka, Istra", "Učka, Istra"),
        ("Fotografuota iš: Kuršių nerija", "Kuršių nerija"),
        ("Diambil dari: Bukit Tinggi", "Bukit Tinggi"),
        ("Chụp từ: Đà Lạt", "Đà Lạt"),
        ("Ilipigwa kutoka: Arusha", "Arusha"),
        ("Kuha mula sa: Antipolo", "Antipolo"),
        ("צולם ב: ירוחם", "ירוחם"),
        ("التقطت من: العين", "العين"),
    ],
)  # fmt: skip
def test_a_taken_from_label_in_more_languages_gives_the_place(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Location as before: Friar's Crag, Derwentwater, Keswick.\nEquipment as before: X-T4",
         "Friar's Crag, Derwentwater, Keswick"),
        ("Ort wie vorher: Sternwarte Drebach", "Sternwarte Drebach"),
        ("Lieu comme avant : Saint-Véran (Hautes-Alpes)", "Saint-Véran (Hautes-Alpes)"),
    ],
)  # fmt: skip
def test_a_place_label_with_a_note_that_it_is_unchanged_still_gives_the_place(
    text: str, place: str
) -> None:
    assert find_location(text) == place


def test_another_fields_label_with_such_a_note_gives_no_place() -> None:
    assert find_location("Equipment as before: Fujifilm X-T4, XF 16mm f/1.4.") is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Dati:\n- 촬영 일시: 2026년 9월 20일\n- 촬영 장소: 경기도 양평군\n", "경기도 양평군"),
        ("Details:\n• Location: Tagaytay, Cavite\n• Camera: Fujifilm X-T4\n", "Tagaytay, Cavite"),
        ("Angaben:\n* Ort: Kiel\n* Kamera: Canon EOS R6\n", "Kiel"),
        ("Fiche :\n– Lieu : Saint-Véran\n", "Saint-Véran"),
    ],
)
def test_a_place_label_as_an_item_of_a_list_gives_the_place(text: str, place: str) -> None:
    assert find_location(text) == place


def test_a_label_after_words_of_a_sentence_is_no_labelled_line() -> None:
    assert find_location("Das ist - Ort: Kiel, sagte er.") != "Kiel"
