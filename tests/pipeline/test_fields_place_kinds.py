"""A place smaller than a town, told by its kind (batch-17, batch-18): a plateau, a lake, a
park, an observatory, a beach named where the photographer stood outranks a town the mail
names elsewhere (the signature's, the region's); where no reader settles it, no place is
better than the sender's home town."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.fields import extract_fields
from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_cjk import cjk_place
from ipom_mail.pipeline.fields.place_kinds import ended_site, kind_site, names_site
from ipom_mail.pipeline.fields.place_over import first_over
from ipom_mail.pipeline.fields.place_pictured import pictured_place
from ipom_mail.pipeline.parse.message import parse_message
from ipom_mail.pipeline.values import Media


def _place(subject: str, body: str) -> str | None:
    """The location the fields stage reads from a mail with this Subject and body."""
    msg = EmailMessage()
    msg["From"] = "Sky Watcher <watcher@example.org>"
    msg["To"] = "ipom@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Fri, 16 Apr 2027 08:00:00 +0000"
    msg["Message-ID"] = "<kinds@example.org>"
    msg.set_content(body)
    parsed = parse_message(msg.as_bytes())
    return extract_fields(parsed, Media(items=()), Config(), follow_up=True).location


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Photographié hier, dimanche 4 avril 2027, depuis le plateau de Valensole "
         "(Alpes-de-Haute-Provence).", "plateau de Valensole (Alpes-de-Haute-Provence)"),
        ("Scattata la sera di lunedì 5 aprile dal lago di Misurina.", "lago di Misurina"),
        ("La mia ripresa della ISS in inseguimento dall'Altopiano di Campo Imperatore (AQ), "
         "fatta martedì.", "Altopiano di Campo Imperatore (AQ)"),
        ("Tomada el sábado desde el Parque Nacional del Teide.", "Parque Nacional del Teide"),
        ("A quick one from Lake Tekapo last night.", "Lake Tekapo"),
    ],
)  # fmt: skip
def test_a_site_led_by_its_kind_after_from_is_the_place_as_written(text: str, place: str) -> None:
    assert kind_site(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Tomada desde el cerro del Socorro en Cuenca.",  # the town after it: read elsewhere
        "Capturé depuis la plage de Carnac (Morbihan).",  # a town's own beach: the town's
        "Notre club observe au parc de la Tête d'Or samedi.",  # "au" is no "from"
        "A talk from the Lake District Astronomical Society.",  # a club's name
        "Foto da ISS passando em cima da Ponte Luís I.",  # "da" is "of" as well as "from"
    ],
)
def test_no_site_where_a_town_a_club_or_another_word_reads_it(text: str) -> None:
    assert kind_site(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "ISS over Birds Hill Provincial Park, 28 March 2027, 21:14:05 CDT",
        "kikipita juu ya ufukwe wa Diani (Kaunti ya Kwale), niliyopiga Jumamosi",
        "az ISS elhalad a Piszkéstetői Obszervatórium (Mátra) nagy kupolája fölött",
        "Ma este a Tihanyi-félszigetről fotóztam le.",
        "the ISS rising over the Three Sisters at Echo Point, Katoomba, last night",
    ],
)
def test_a_mail_names_a_site_by_its_kind_in_many_languages(text: str) -> None:
    assert names_site(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shot from my back garden in the evening.",
        "Vorige week was het bewolkt, gisteren helder.",
        "Sou sócio do Clube de Astronomia de Campinas.",
    ],
)
def test_no_site_in_a_mail_that_names_none(text: str) -> None:
    assert not names_site(text)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ISS pic", "ISS over Birds Hill Provincial Park, 28 March 2027, taken from the road.\n\n"
         "Regards,\nPaul Lemieux\nWinnipeg, Manitoba\n"),
        ("Picha ya ISS", "Picha ya ISS kikipita juu ya ufukwe wa Diani, Jumamosi.\n\n"
         "Asanteni sana,\nAmina Mwakilema\nMombasa\n"),
        ("ISS-fotó", "Az ISS elhalad a Piszkéstetői Obszervatórium nagy kupolája fölött.\n\n"
         "Üdvözlettel:\nKovács Bence\nGyöngyös\n"),
        ("ISS deasupra Sfinxului", "Fotografia făcută aseară urcând spre Vârful Omu.\n\n"
         "Cu stimă,\nAndrei Popescu\nBucurești\n"),
    ],
)  # fmt: skip
def test_the_senders_town_is_no_place_when_the_mail_names_a_site(subject: str, body: str) -> None:
    assert _place(subject, body) is None


def test_a_park_passed_over_with_nothing_else_named_is_the_place_not_the_senders_town() -> None:
    body = (
        "ISS over Birds Hill Provincial Park, 28 March 2027, 21:14:05 CDT\n\n"
        "Regards,\nPaul Lemieux\nWinnipeg, Manitoba\n"
    )
    assert _place("ISS pic", body) == "Birds Hill Provincial Park"


def test_a_site_named_before_its_kind_beats_the_senders_town() -> None:
    body = (
        "The ISS rising over the Three Sisters at Echo Point last night.\n\n"
        "Cheers,\nMitch O'Brien\nBlue Mountains, NSW\n"
    )
    assert _place("ISS over the Three Sisters", body) == "Echo Point"


def test_the_senders_town_is_the_place_of_a_mail_naming_no_site() -> None:
    body = "Here is my ISS photo from last night.\n\nCheers,\nMitch O'Brien\nBrisbane\n"
    assert _place("ISS photo", body) == "Brisbane"


def test_a_lake_flown_over_seen_from_a_town_gives_the_town() -> None:
    body = "The ISS passing over Lake Geneva, taken from Lausanne.\n\nBest,\nAnna\nGeneva\n"
    assert _place("ISS over Lake Geneva", body) == "Lausanne"


def test_a_site_led_by_its_kind_beats_the_signatures_town() -> None:
    body = (
        "Vi mando la mia foto della ISS, scattata la sera di lunedì 5 aprile dal lago di "
        "Misurina.\n\nUn saluto,\nLorenzo Bianchi\nBelluno\n"
    )
    assert _place("Candidatura ISS", body) == "lago di Misurina"


def test_a_signatures_bracket_is_not_added_to_the_town_of_the_body() -> None:
    body = (
        "Voici ma photo prise depuis la terrasse Dufferin à Québec.\n\n"
        "Merci!\nMarie-Ève Tremblay\nQuébec (QC)\n"
    )
    assert _place("Soumission", body) == "Québec"


def test_a_town_with_its_region_in_brackets_after_a_spot_in_it() -> None:
    text = "Aufgenommen gestern um 21:03 Uhr MEZ vom Seebad in Podersdorf am See (Burgenland)."
    assert find_location(text) == "Podersdorf am See (Burgenland)"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("今朝、田沢湖（秋田県）の湖畔から撮影したISSの写真です。", "田沢湖（秋田県）"),
        ("投稿一张在帕米尔高原塔什库尔干（喀什地区）拍到的照片。", "帕米尔高原塔什库尔干（喀什地区）"),
        ("這是我在象山六巨石觀景台（台北市信義區）拍到的國際太空站。", "象山六巨石觀景台（台北市信義區）"),
        ("这是在成都（四川）拍的。", "成都（四川）"),
    ],
)  # fmt: skip
def test_a_cjk_place_keeps_the_region_in_brackets_after_it(text: str, place: str) -> None:
    assert cjk_place(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ma este a Tihanyi-félszigetről fotóztam le.", "Tihanyi-félsziget"),
        ("Tegnap a Zselici-csillagparkból fotóztam.", "Zselici-csillagpark"),
    ],
)
def test_a_site_in_a_from_ending_before_a_verb_of_taking_in_its_base_form(
    text: str, place: str
) -> None:
    assert ended_site(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "A kikötőből fotóztam.",  # a noun, no name
        "Szegedről fotóztam.",  # a town: read by the town readers
    ],
)
def test_no_site_from_a_plain_noun_or_a_town_in_a_from_ending(text: str) -> None:
    assert ended_site(text) is None


def test_an_area_passed_over_is_no_place_beside_a_spot_taken_from() -> None:
    text = "Ma este a Tihanyi-félszigetről fotóztam le, ahogy az ISS átvonul a Balaton felett."
    assert first_over(text) is None


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("МКС над Валдаем", "Пролёт МКС над озером Валдай, с берега у монастыря, "
         "национальный парк «Валдайский»."),
        ("МКС над Світязем", "Проліт МКС над озером Світязь, знято з берега, "
         "національний парк «Шацький»."),
    ],
)  # fmt: skip
def test_a_lake_pictured_is_no_place_beside_another_site_named_by_its_kind(
    subject: str, body: str
) -> None:
    assert pictured_place(subject, body) is None


def test_a_site_pictured_that_the_mail_names_again_by_its_kind_is_still_the_place() -> None:
    subject = "ISS au-dessus du Mont-Mégantic"
    body = "L'ISS au-dessus de l'observatoire du Mont-Mégantic, hier soir."
    assert pictured_place(subject, body) == "Mont-Mégantic"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Vă trimit fotografia făcută aseară la ora 21:08 pe Platoul Bucegi, lângă Cabana Babele.",
         "Platoul Bucegi"),
        ("Am fotografiat trecerea de pe Vârful Omu, după apusul soarelui.", "Vârful Omu"),
    ],
)  # fmt: skip
def test_a_romanian_site_on_which_one_stood_is_the_place(text: str, place: str) -> None:
    assert kind_site(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Stația a trecut pe cer la ora 21:08, pe 4 aprilie.",  # "on the sky", "on the 4th"
        "Am pus fotografia pe Facebook ieri seară.",  # no site's kind
        "ISS trecând pe deasupra Sfinxului, văzută din Bușteni.",  # over it: no site's kind
    ],
)  # fmt: skip
def test_no_romanian_site_after_on_without_its_kind(text: str) -> None:
    assert kind_site(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Us envio la foto que va fer la meva filla a la Serra del Montsec.", "Serra del Montsec"),
        ("Foto feta a l'Observatori Astronòmic del Montsec.", "Observatori Astronòmic del Montsec"),
        ("La hice en el Parque Nacional del Teide, Tenerife.", "Parque Nacional del Teide, Tenerife"),
    ],
)  # fmt: skip
def test_a_catalan_or_spanish_site_one_was_at_is_the_place(text: str, place: str) -> None:
    assert kind_site(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "La vam veure a la nit, al costat de casa.",  # "at night": no site's kind
        "Faceva freddo al rifugio Auronzo ma il cielo era perfetto.",  # Italian "al": never
        "La vi en el cielo a las 21:08.",  # "in the sky"
        "L'estació passava per sobre de l'Ull del Montsec.",  # over it: pictured
    ],
)  # fmt: skip
def test_no_catalan_or_spanish_site_after_at_without_its_kind(text: str) -> None:
    assert kind_site(text) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("iss kaiteriteri",
         "kia ora, got the iss going right over kaiteriteri beach (tasman) last night at 8.47pm. "
         "max was about 55 deg\n\ncheers\nhemi", "kaiteriteri beach (tasman)"),
        ("عکس ایستگاه فضایی از کویر مرنجاب",
         "عکس من از عبور ایستگاه بر فراز تپه‌های شنی کویر مرنجاب (نزدیک کاشان) را می‌فرستم.\n\n"
         "با سپاس،\nسارا رضایی\nتهران", "کویر مرنجاب (نزدیک کاشان)"),
        ("ภาพ ISS จากดอยอินทนนท์",
         "ขอส่งภาพ ISS ลอยผ่านเหนือยอดเขาที่อุทยานแห่งชาติดอยอินทนนท์ จ.เชียงใหม่ ครับ\n\n"
         "ขอบคุณครับ\nธนพล ศรีสุข\nเชียงใหม่", "อุทยานแห่งชาติดอยอินทนนท์ จ.เชียงใหม่"),
    ],
)  # fmt: skip
def test_a_site_the_subject_and_the_body_both_name_outranks_the_senders_town(
    subject: str, body: str, place: str
) -> None:
    assert _place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("iss kaiteriteri",  # seen from elsewhere: the beach was only passed over
         "got the iss right over kaiteriteri beach, shot from my deck up the hill last night"),
        ("iss photo", "got the iss going right over kaiteriteri beach last night"),  # unnamed
    ],
)  # fmt: skip
def test_no_lower_case_site_passed_over_unless_the_subject_names_it_and_none_is_left(
    subject: str, body: str
) -> None:
    assert _place(subject, body) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Voici ma photo, prise le vendredi 16 avril 2027 depuis le parking du col de Menée, "
            "dans le Vercors.",
            "col de Menée",
        ),
        (
            "scattata domenica 18 aprile 2027 dal parcheggio sul lungolago di Trevignano Romano.",
            "lungolago di Trevignano Romano",
        ),
        (
            "La tomé desde el aparcamiento del Parque Nacional del Teide.",
            "Parque Nacional del Teide",
        ),
        ("Shot last night from the car park at Lake Tekapo.", "Lake Tekapo"),
    ],
)
def test_a_spot_at_a_site_led_by_its_kind_gives_the_site(text: str, place: str) -> None:
    assert kind_site(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Prise depuis le parking du supermarché de Die.",  # no site's kind after the spot
        "Scattata dal parcheggio di casa mia.",
        "Taken from the car park at the back of the pub.",
        "Taken from the car park at 21:14 UT.",
    ],
)
def test_a_spot_before_anything_but_a_site_by_its_kind_is_no_site(text: str) -> None:
    assert kind_site(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a parking spot by a named site: the site, its name with elided articles in it
        ("Foto feta des de l'aparcament del Centre d'Observació de l'Univers, a Àger.",
         "Centre d'Observació de l'Univers"),
        ("Photo prise depuis le parking de l'Observatoire de l'Ouest, samedi.",
         "Observatoire de l'Ouest"),
        ("Foto tomada desde el aparcamiento del Observatorio de l'Alt Empordà.",
         "Observatorio de l'Alt Empordà"),
    ],
)  # fmt: skip
def test_a_site_named_with_an_elided_article_is_read_whole(text: str, place: str) -> None:
    assert kind_site(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Foto feta des de l'aparcament del Centre d'Observació.",  # a kind with no name
        "Photo prise depuis le parking de l'hôtel.",  # a spot's kind in lower case
    ],
)
def test_a_sites_kind_with_no_name_after_it_is_no_site(text: str) -> None:
    assert kind_site(text) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        (
            "Foto de l'ISS sobre el Montsec",
            "La meva foto de l'ISS, feta des de l'aparcament del Centre d'Observació de "
            "l'Univers, a Àger.\nL'estació sortia just per damunt de la serra del Montsec.",
            "Centre d'Observació de l'Univers",
        ),
        # traps: the spot taken from has no name: the range passed over is still no place
        (
            "Foto de l'ISS sobre el Montsec",
            "La meva foto, feta des de l'aparcament d'un restaurant.\n"
            "L'estació sortia just per damunt de la serra del Montsec.",
            None,
        ),
        (
            "La ISS sobre el Teide",
            "Mi foto de la ISS, tomada desde el aparcamiento de un hotel.\n"
            "La estación pasó justo por encima del Teide.",
            None,
        ),
    ],
)
def test_a_landmark_passed_over_never_beats_where_it_was_taken_from(
    subject: str, body: str, place: str | None
) -> None:
    assert _place(subject, body) == place
