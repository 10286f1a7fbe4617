"""location, issue 13: a place named after one's home, an outdoor spot or a landmark is
the name alone, as written, though no town list holds it; in a case ending only its base
form written elsewhere in the mail; never a landmark's word, a possessive, or a guess."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_cjk import cjk_place
from ipom_mail.pipeline.fields.place_spots import spot_place, written_base
from ipom_mail.pipeline.fields.place_unwrap import unwrapped


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Taget fra min baghave i Tølløse ved Holbæk.", "Tølløse ved Holbæk"),
        ("Bilden togs från vår altanen i Skanör.", "Skanör"),
        ("Foto genomen vanaf de pier bij Scheveningen.", "Scheveningen"),
        ("Gemaakt vanuit mijn achtertuin in Zoutelande op vrijdag.", "Zoutelande"),
        ("Снимката е от терасата ни в Копривщица на 3 май.", "Копривщица"),
        ("Τραβήχτηκε από την αυλή μου στη Μονεμβασιά, Λακωνία.", "Μονεμβασιά, Λακωνία"),
        ("Shot from the harbour wall at Staithes, North Yorkshire.", "Staithes, North Yorkshire"),
        ("The ISS over the old windmill at Burnham Overy Staithe.", "Burnham Overy Staithe"),
        ("Fotografia tirada da praia em Porto Covo.", "Porto Covo"),
        ("Am fotografiat din curtea mea din Rucăr.", "Rucăr"),
    ],
)  # fmt: skip
def test_the_place_after_a_spot_is_the_name_alone_as_written(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Fotka je pořízena na zahradě v Lomnici.\n\nS pozdravem\nPetr\nLomnice", "Lomnice"),
        ("ISS iznad Sv. Križa u Trogiru, snimljeno sinoć.\n\nPozdrav,\nMarko\nTrogir", "Trogir"),
        ("Zdjęcie zrobione na łące w Bieszczadach.\nUrlop – Bieszczady", "Bieszczady"),
    ],
)  # fmt: skip
def test_a_name_in_a_case_ending_is_its_base_form_written_elsewhere(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    "body",
    [
        "Fotka je pořízena na zahradě v Lomnici.",  # no base form written: never guessed
        "Shot from my car at Tesla Supercharger.",  # a car is no spot
        "Processed at home in Photoshop.",  # a program
        "The ISS over the Moon in Taurus.",  # the sky
        "ISS over Leeds in Yorkshire.",  # a town alone passed over, then its county
        "Aufgenommen über der Stadt in Richtung Westen.",  # German: every noun has a capital
        "The garden in May was lovely.",  # a month
        "We sat on the beach at 21:34 in Brighton.",  # a clock time between
        "It was on the pier with friends. Then in Brighton we ate.",  # another sentence
        "Shot from the roof at Christmas.",  # a feast
        "From the garden in Autumn, as every year.",  # a season
        "Taken from the balcony at Mum's.",  # a person's home
    ],
)
def test_a_spot_before_no_sure_name_gives_no_place(body: str) -> None:
    assert spot_place(body, body) is None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Tagen över Kullens fyr vid Mölle, Skåne.", "Mölle, Skåne"),
        ("Fotografert over Lindesnes fyr.", None),  # "Lindesnes fyr": a longer name
        ("Bilden visar ISS över Ales stenar.", None),  # not a town "Ales"
    ],
)
def test_a_name_a_lower_case_noun_continues_is_no_town_passed_over(
    body: str, place: str | None
) -> None:
    assert find_location(body) == place


def test_a_place_wrapped_onto_the_next_line_after_its_locative_word_is_read() -> None:
    body = "Attached is my photo, taken from\nMuizenberg, Cape Town on Friday."
    assert unwrapped(body) == "Attached is my photo, taken from Muizenberg, Cape Town on Friday."
    assert find_location(body) == "Muizenberg, Cape Town"
    assert unwrapped("too small to get a good look at\nArgentina.") == (
        "too small to get a good look at\nArgentina."
    )  # "at" ends many lines: only a "from" word is joined to the next


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Here's my shot of the ISS, taken at\nElk Island National Park, east of Edmonton, on"
         " Friday.", "Elk Island National Park"),
        ("La foto fue tomada en\nCuenca, el viernes por la noche.", "Cuenca"),
    ],
)  # fmt: skip
def test_a_place_wrapped_after_a_verb_of_taking_and_its_at_is_read(body: str, place: str) -> None:
    assert find_location(body) == place


def test_a_line_ending_on_at_alone_or_a_time_after_taken_at_is_not_joined() -> None:
    assert unwrapped("we had a look at\nJupiter too.") == "we had a look at\nJupiter too."
    assert unwrapped("It was taken at\n21:14 local time.") == "It was taken at\n21:14 local time."


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Heute hat es geklappt: die ISS, fotografiert vom Balkon\nin Linz-Urfahr. Der Mond", "Linz-Urfahr"),
        ("Ort: Wien\nin der Nähe vom Prater", "Wien"),  # a label's line is never joined
    ],
)  # fmt: skip
def test_a_place_phrase_wrapped_before_its_inner_word_is_read_as_one(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("📍 Sigulda, Turaidas pils\nKamera: Sony A7 III", "Sigulda, Turaidas pils"),
        ("Great pass tonight!\n📌 Hel, Mierzeja Helska", "Hel, Mierzeja Helska"),
    ],
)
def test_a_phones_location_pin_labels_its_place(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("照片是在浙江杭州宝石山脚下拍的。", "浙江杭州"),
        ("是在四川成都附近拍的。", "四川成都"),
        ("在北京怀柔拍的。", "北京怀柔"),  # no landmark: as written
    ],
)
def test_a_cjk_place_beside_a_landmark_is_its_town(body: str, place: str) -> None:
    assert cjk_place(body) == place


@pytest.mark.parametrize(
    ("word", "mail", "base"),
    [
        ("Zadru", "Pozdrav,\nIvana\nZadar", "Zadar"),
        ("Karlovcu", "Mjesto: Karlovac", "Karlovac"),
        ("Ondřejově", "Tomáš\nOndřejov", "Ondřejov"),
        ("Ondřejově", "ISS z Ondřejova nad Prahou", None),  # a genitive mid-sentence
        ("Zadru", "nothing here", None),
    ],
)
def test_a_base_form_is_one_the_mail_writes_where_names_stand_alone(
    word: str, mail: str, base: str | None
) -> None:
    assert written_base(word, mail) == base


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Single frame, taken from Mrs Macquarie's Point, Sydney NSW.", "Mrs Macquarie's Point, Sydney NSW"),
        ("Bilden är tagen från Sandhammaren, Skåne.", "Sandhammaren, Skåne"),
        ("Foto gemaakt vanaf Oostkapelle op zaterdag.", "Oostkapelle"),
        ("Photo prise depuis Puimichel, ce soir.", "Puimichel"),
        ("Τραβήχτηκε από το Φαλάσαρνα, Χανιά.", "Φαλάσαρνα, Χανιά"),
    ],
)  # fmt: skip
def test_the_place_after_a_verb_of_taking_and_from_is_taken_as_written(
    body: str, place: str
) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    "body",
    [
        "The pass times were taken from Heavens Above.",
        "Background photo taken from Wikipedia.",
        "Shot from Stellarium to check the path.",
    ],
)
def test_a_source_after_taken_from_is_no_place(body: str) -> None:
    assert find_location(body) is None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("A képet Debrecenben készítettem, a ház előtt.", "Debrecen"),
        ("Tegnap este Szegedről fotóztam az átvonulást, gyönyörű volt.", "Szeged"),
        ("Egerből néztük, felhőtlen égbolt mellett.", "Eger"),
        ("A kép Zalakarosban készült, felhőtlen ég mellett.", "Zalakaros"),  # a small town of HU
        ("A kép Kecskeméttelben készült, szép volt.", None),  # no place of Hungary so cut
        ("We watched the pass from the beach near Bergen.", "Bergen"),  # a town itself
    ],
)
def test_a_town_with_a_hungarian_case_ending_is_the_town(body: str, place: str | None) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Fényképezőgép: Nikon Z 6II, objektív: Canon RF 15-35mm. Győr mellől fotóztam.", "Győr"),
        ("Fényképezőgép: Nikon Z 6II, Canon RF 15-35mm, szép volt.", None),
    ],
)  # fmt: skip
def test_a_makers_name_is_no_town_with_an_ending(body: str, place: str | None) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Место: Суботица, двориште иза куће", "Суботица"),
        ("Location: Ballycastle, back garden, facing north", "Ballycastle"),
        ("Místo: Lomnice, okres Blansko", "Lomnice, okres Blansko"),  # a district's word
        ("Lieu : Gordes, Vaucluse", "Gordes, Vaucluse"),
    ],
)
def test_a_labelled_place_is_the_name_without_a_spot_described_in_lower_case(
    body: str, place: str
) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("De zon met de ISS ervoor, gefotografeerd in H-alfa vanaf de heide bij Exloo.", "Exloo"),
        ("Gemaakt vanaf de polder bij Zoetermeer, om 21:14.", "Zoetermeer"),
        ("The ISS over the Devil's Punch Bowl, photographed from the heath near Thursley.", "Thursley"),
        ("Jeg tog billedet fra heden ved Kongenshus i går aftes.", "Kongenshus"),
        ("Bilden tagen från heden vid Ravlunda i går kväll.", "Ravlunda"),
    ],
)  # fmt: skip
def test_a_village_after_a_heath_or_a_polder_is_the_place(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    "body",
    [
        "ISS over the moor, taken from my garden.",
        "De ISS boven de heide, gefotografeerd vanuit mijn tuin.",
        "Taken from the moor above Haworth last night.",  # the town passed over
    ],
)
def test_a_heath_with_no_name_after_it_gives_no_place(body: str) -> None:
    assert find_location(body) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bilden är tagen från kullen vid Kivik på Österlen i tisdags kväll.", "Kivik på Österlen"),
        ("Jag fotade från stugan vid Vitemölla i lördags.", "Vitemölla"),
        ("Tagen från parkeringen vid Kåseberga, Skåne.", "Kåseberga, Skåne"),
    ],
)  # fmt: skip
def test_a_swedish_hill_or_car_park_and_the_village_by_it_name_the_place(
    text: str, place: str
) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("de iss gezien bij de vuurtoren van De Cocksdorp op Texel, tussen de bundels door", "Texel"),
        ("Gemaakt vanaf de dijk op Ameland, gisteravond.", "Ameland"),
    ],
)  # fmt: skip
def test_dutch_op_leads_an_island_after_a_spot(text: str, place: str) -> None:
    assert find_location(text) == place


def test_dutch_op_before_a_day_is_no_place() -> None:
    assert find_location("De foto is gemaakt op Zaterdag vanaf het strand.") is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Attached is my photo, taken from a farm outside Sutherland in the Northern Cape on "
            "Tuesday evening.",
            "Sutherland",
        ),
        ("Shot from my car outside Boulder in the early evening.", "Boulder"),
    ],
)
def test_a_town_outside_which_a_spot_lies_is_the_place(text: str, place: str) -> None:
    assert find_location(text) == place


def test_outside_a_time_or_a_lower_case_word_is_no_place() -> None:
    assert find_location("Taken from a farm outside town in the evening.") is None
