"""location, issue 13: places named in a sentence, one class of phrase at a time, in many
languages; a phrase is a place only when it names a town (GeoNames) as written."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.site_phrases import genitive_place
from ipom_mail.pipeline.fields.towns import inflected_town, is_town


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Photo prise le 3 mai à 22h10, depuis Clermont-Ferrand.", "Clermont-Ferrand"),
        ("Foto tomada anoche desde Ciudad Real, con mucho viento.", "Ciudad Real"),
        ("Ripresa ieri sera da Bergamo con la Nikon.", "Bergamo"),
        ("Sie wurde gestern Abend in Regensburg aufgenommen.", "Regensburg"),
        ("Gefotografeerd vanuit Apeldoorn, vlak na zonsondergang.", "Apeldoorn"),
        ("Fotograferad från Västerås, klar himmel.", "Västerås"),
        ("Снимал из Новосибирск, мороз.", "Новосибирск"),
        ("Tirada ontem à noite em Coimbra.", "Coimbra"),
        ("Snimljeno sinoć iz Osijek, vedro nebo.", "Osijek"),
    ],
)
def test_a_town_after_a_locative_word_is_read_in_many_languages(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Aufnahme um 21:40 Uhr Zeit in Berlin, leider mit Wolken.",  # a clock, not a place
        "Las 21:10 hora de Lisboa, foto con la Canon.",
        "Zdjęcie zrobione w Krakowie, niebo czyste.",  # a case ending: not a town as written
        "Processed in Photoshop and stacked in Siril.",
        "Shot at Best, with a Sigma lens.",  # towns that are also words
        "Our club meets on the Tag der offenen Tür in Potsdam.",
        "Our club meets every Friday at the Community Hall.",  # "Hall" is a town too
    ],
)
def test_a_phrase_that_names_no_town_as_written_gives_no_place(text: str) -> None:
    assert find_location(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ISS am 4. Mai um 22:01 MESZ, Augsburg. Kamera: Nikon Z6.", "Augsburg"),
        ("Przelot o 21:30 czasu lokalnego, Lublin.", "Lublin"),
        ("Фото с крыши дачи (Самара).", "Самара"),
        ("Přelet ve 21:02 SELČ, Brno, Líšeň.", "Brno, Líšeň"),
        ("Foto fatta alle 21:15 ora italiana, Torino (Superga).", "Torino (Superga)"),
    ],
)
def test_a_town_alone_between_commas_or_in_brackets_is_read(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Snimak ISS-a iznad Trešnjevke, Zagreb.", "Trešnjevke, Zagreb"),
        ("Пролёт над Щукином (Москва), облачно.", "Щукином (Москва)"),
    ],
)
def test_a_name_right_before_a_towns_comma_or_bracket_belongs_to_the_place(
    text: str, place: str
) -> None:
    assert find_location(text) == place


def test_a_towns_name_in_a_signature_or_an_address_is_not_the_place() -> None:
    text = "ISS at 21:04 UTC, clear sky.\n\nKind regards,\nJane Doe\nTreasurer, Leeds Astro Society"
    assert find_location(text) is None
    assert find_location("Pass at 21:00 UTC.\nAcme Ltd | 12 High Street, Oxford") is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Foto vom Gipfel des Brocken bei Wernigerode.", "Gipfel des Brocken"),  # near
        ("Tatt fra brygga ved Tjuvholmen i Oslo.", "brygga ved Tjuvholmen i Oslo"),
        ("Fotografiada desde el Mirador de San Nicolás en Granada.", "Mirador de San Nicolás en Granada"),
    ],
)  # fmt: skip
def test_a_named_site_and_its_town_are_one_place(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Taken from my back garden in Harrogate.", "Harrogate"),
        ("Aufgenommen vom Balkon in Dresden-Neustadt aufgenommen.", "Dresden-Neustadt"),
        ("Photo prise depuis mon jardin à Quimper (Finistère).", "Quimper (Finistère)"),
        ("Snimljeno s balkona u Splitu prošli tjedan.", "Splitu"),
        ("Знято з балкона у Києві вчора ввечері.", "Києві"),
    ],
)
def test_the_town_after_ones_own_home_is_the_place_as_written(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gemaakt vanaf de dijk bij Harderwijk.", "Harderwijk"),
        ("Fotografiert vom Vereinsgelände in Ahlen.", "Ahlen"),
        ("Aufgenommen von der Donauinsel in Wien.", "Wien"),
        ("Photo prise depuis la digue à Dunkerque.", "Dunkerque"),
        ("Foto tomada desde el muelle en Valencia.", "Valencia"),
        ("Taken from the pier at Brighton.", "Brighton"),
    ],
)
def test_a_site_without_a_name_of_its_own_gives_its_town(text: str, place: str) -> None:
    # the dike, or the town? Readers label it both ways, and the town is in both
    assert find_location(text) == place


def test_a_site_without_a_name_at_a_town_in_a_case_ending_is_unsettled() -> None:
    assert find_location("Zdjęcie z wału we Wrocławiu.") is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Dün akşam İzmir Karşıyaka'dan çektim.", "İzmir Karşıyaka"),
        ("Fotoğrafı Bursa'da çektim.", "Bursa"),
    ],
)
def test_a_turkish_place_keeps_its_name_without_the_suffix(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("昨晚在杭州西湖拍的空间站。", "杭州西湖"),
        ("名古屋の自宅の庭から撮影しました。", "名古屋"),
        ("ISSが福岡市の上を通過しました。", "福岡市"),
        ("어제 대구 수성못에서 촬영했습니다.", "대구 수성못"),
    ],
)
def test_a_cjk_sentences_place_is_read_without_ones_home(text: str, place: str) -> None:
    assert find_location(text) == place


def test_towns_are_names_as_written_not_words_or_case_forms() -> None:
    assert is_town("Zaragoza") and is_town("Москва") and is_town("仙台")
    assert not is_town("August") and not is_town("Canon") and not is_town("UTC")
    assert inflected_town("Krakowie") and inflected_town("Ljubljani")
    assert not inflected_town("Photoshopie")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Snimljeno sinoć s Učke iznad Rijeke.", "Učke iznad Rijeke"),
        ("Fotka je nastala iz Podstrane kraj Splita.", "Podstrane kraj Splita"),
    ],
)
def test_a_site_joined_to_a_town_in_its_case_is_one_place(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Снято 3 мая в 22:10 мск, село Кузьминское, Рыбновский район.", "село Кузьминское, Рыбновский район"),
        ("Zdjęcie z 3 maja, wieś Bystra, powiat bielski.", "wieś Bystra, powiat bielski"),
        ("Snímek z 3. května, obec Lomnice, okres Blansko.", "obec Lomnice, okres Blansko"),
    ],
)  # fmt: skip
def test_a_village_named_by_its_kind_is_read_with_its_district(text: str, place: str) -> None:
    assert find_location(text) == place


def test_a_small_place_with_its_states_code_after_a_locative_word() -> None:
    assert find_location("Got it tonight from Bar Harbor ME, windy.") == "Bar Harbor ME"
    assert find_location("Shot in RAW at ISO 800.") is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Foto hecha anoche desde el Parque Natural de Somiedo.", "Parque Natural de Somiedo"),
        ("Prise depuis le parc naturel du Vercors, ciel superbe.", "parc naturel du Vercors"),
        ("Aufgenommen am Sternenpark Westhavelland.", "Sternenpark Westhavelland"),
        ("Snímka z Parku tmavej oblohy Veľká Fatra, krásna noc.", "Parku tmavej oblohy Veľká Fatra"),
    ],
)  # fmt: skip
def test_a_named_park_or_observatory_is_a_place_without_a_town(text: str, place: str) -> None:
    assert find_location(text) == place


def test_a_site_kind_without_a_name_is_no_place() -> None:
    assert find_location("I drove to the observatory.") is None


def test_a_finnish_town_in_the_genitive_with_its_part_is_read_as_written() -> None:
    assert find_location("Kuva otettu Tampereen Hervannasta eilen illalla.") == (
        "Tampereen Hervannasta"
    )


def test_an_italian_place_with_its_provinces_code() -> None:
    text = "Ripresa alle 21:10 ora italiana da Rocca di Mezzo (AQ). Cielo limpido."
    assert find_location(text) == "Rocca di Mezzo (AQ)"
    # "(UT)" is a zone, not Utah: the village alone, a place of Italy (small_towns)
    assert find_location("Foto alle 21:10 da Rocca di Mezzo (UT).") == "Rocca di Mezzo"


@pytest.mark.parametrize(
    "text",
    [
        "Thanks a lot, Austin.",  # a person named like a town
        "Good evening, Adelaide,\nhere is my photo.",
        "I bought the mount from Amazon.",  # a shop
        "Ich habe das Teleskop gekauft bei Berlin Optics.",
        "Message read (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.",
        "by localhost (OpenSMTPD) with ESMTP\nFrom the desk",
    ],
)
def test_people_shops_and_clock_names_are_not_places(text: str) -> None:
    assert find_location(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Vou tentar fotografar a passagem amanhã à noite, aqui de Coimbra.", None),
        ("Demain j'essaierai depuis Clermont-Ferrand.", None),
        ("I'll try again tomorrow from Leeds.", None),
        ("Foto tomada esta mañana desde Ciudad Real.", "Ciudad Real"),  # this morning: done
        ("Heute Morgen in Regensburg aufgenommen.", "Regensburg"),
        ("Taken last night from Leeds. I will try again tomorrow.", "Leeds"),
    ],
)
def test_a_place_in_a_sentence_about_a_pass_still_to_come_is_not_the_photos(
    text: str, place: str | None
) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Equipment: Celestron C8, ZWO ASI224MC, Barlow 2x (Baader), Victoria.",
        "Gain 300, Offset 10, Roma.",  # settings, not prose, before the comma
        "Foto vom Balkon in Richtung Süden aufgenommen.",  # a German noun, not a town
        "Shot from my car at Tesla Supercharger.",  # "my" alone is no home
        "Time: 21:34:10 UTC\nPlace: unknown",
    ],
)
def test_other_fields_values_directions_and_unknowns_are_not_places(text: str) -> None:
    assert find_location(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("分享一张今晚在云南丽江拍的国际空间站特写。", "云南丽江"),  # GeoNames: 丽江市
        ("昨天在江苏宿迁拍的。", "江苏宿迁"),  # 宿迁市
        ("宜兴から撮影しました。", "宜兴"),  # 宜兴市
    ],
)
def test_a_cjk_town_is_read_without_its_word_for_city(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Voici ma photo de l'ISS prise depuis Villeurbanne ce soir.", "Villeurbanne"),
        ("Foto scattata da Bergamo ieri sera.", "Bergamo"),
        ("Taken from Leeds last night with my Nikon.", "Leeds"),
        ("Aufgenommen in Regensburg gestern um 21 Uhr.", "Regensburg"),
        ("Gefotografeerd vanuit Apeldoorn gisteravond.", "Apeldoorn"),
        ("Foto tomada desde Ciudad Real anoche.", "Ciudad Real"),
    ],
)
def test_a_word_of_time_after_the_town_ends_its_phrase(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ripresa ieri sera da Bergamo Alta.", "Bergamo Alta"),
        ("Aufgenommen in Berlin Mitte.", "Berlin Mitte"),
        ("Photo prise depuis Lyon Confluence.", "Lyon Confluence"),
        ("Foto tomada desde Sevilla Este.", "Sevilla Este"),
        ("Shot at Victoria Park tonight.", "Victoria Park"),  # not the state of Victoria
        ("Photo taken in Berlin Optics.", None),  # a firm's name
        ("Ripresa da Roma Ottobre.", None),  # a month
    ],
)
def test_a_town_and_a_capitalised_part_of_it_are_one_place(text: str, place: str | None) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shot from the Otago Peninsula.", "Otago Peninsula"),
        ("Taken at the Griffith Observatory.", "Griffith Observatory"),
        ("Снимљено синоћ са Фрушке горе, код венца.", "Фрушке горе"),
        ("Fotografavau prie Molėtų astronomijos observatorijos.", "Molėtų astronomijos observatorijos"),
        ("Uzņemts vakar pie Turaidas pils.", "Turaidas pils"),
        ("Снято вчера с Лысой горы.", "Лысой горы"),
        ("Taken from the park.", None),  # a kind without a name
        ("Taken at John's old park.", None),  # a person's
        ("Taken from the beach at Sunset.", None),  # a time of day, though a town's name
    ],
)  # fmt: skip
def test_a_site_named_before_its_kind_is_a_place(text: str, place: str | None) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The ISS sailing over the Sydney Harbour Bridge tonight.", "Sydney Harbour Bridge"),
        ("from brooklyn bridge park 🚀", "brooklyn bridge park"),
        ("Here is the ISS passing over the Bay Bridge on July 17.", None),  # in the frame
        ("got it from central park lol", None),
    ],
)
def test_a_site_passed_over_or_in_lower_case_is_a_place_only_named_after_its_town(
    text: str, place: str | None
) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Aufgenommen am Freitag von Schierke im Harz aus.", "Schierke im Harz"),
        ("Die Aufnahme entstand von Kühlungsborn aus, kurz nach Sonnenuntergang.", "Kühlungsborn"),
        ("Aufgenommen von Westen aus.", None),
        ("Fotografiert vom Parkplatz aus.", None),
        ("Aufgenommen von Zuhause aus.", None),
    ],
)  # fmt: skip
def test_a_name_framed_by_von_and_aus_is_a_place_without_a_town_list(
    text: str, place: str | None
) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Lähetän kuvani ISS:n ylilennosta mökkimme laiturilta Päijänteen rannalta "
            "Padasjoelta tiistaina 27.4.2027.",
            "Päijänteen rannalta Padasjoelta",
        ),
        ("Kuvasin eilen Oulujärven rannalta Vuolijoelta.", "Oulujärven rannalta Vuolijoelta"),
    ],
)
def test_a_finnish_chain_of_a_genitive_a_places_noun_and_a_name_in_one_case_is_the_place(
    text: str, place: str
) -> None:
    assert genitive_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Sain kuvan Pekan äidiltä Kaisalta.",  # a person's mother: no place's noun
        "Kuvasin Saimaan rannalla Lappeenrannassa.",  # two cases: not one chain
        "Kuvasin Näsijärven rannalta Tampereelta eilen.",  # a town: its base form is unknown
    ],
)
def test_a_finnish_chain_without_a_places_noun_in_two_cases_or_ending_in_a_town_is_none(
    text: str,
) -> None:
    assert genitive_place(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kuvasin Tähtikalliossa ISS:n ylilennon.", None),  # "I photographed", capitalised
        ("Olin Lauttasaaressa, kun ISS lensi yli.", None),  # "I was"
        ("Otin kuvan. Näin Hakaniemessä aseman.", None),  # after a full stop too
        ("Olin Helsingin Lauttasaaressa, kun ISS lensi yli.", "Helsingin Lauttasaaressa"),
    ],
)
def test_a_finnish_verb_starting_its_sentence_is_no_town_in_the_genitive(
    text: str, place: str | None
) -> None:
    assert genitive_place(text) == place
