"""The pass's height and brightness written tersely (blind batch 10, issue 13): a signed
number right after the height ("Max 79°, -3.3"), a brightness a site is quoted for
("heaps bright, heavens-above said -3.5"), a height after an abbreviated word
("Μέγ. ύψος 57°"); and what must stay null beside them."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.flyby_numbers import find_magnitude, find_max_elevation


@pytest.mark.parametrize(
    ("text", "magnitude"),
    [
        ("Max 79°, -3.3", -3.3),
        ("máx. 71°, -3,6", -3.6),
        ("maks. wys. 64° / -2,9", -2.9),
        ("Höchster Stand 58°; -3,1", -3.1),
        ("heaps bright, heavens-above said -3.5", -3.5),
        ("sehr hell, laut heavens-above -3,2", -3.2),
    ],
)
def test_a_signed_number_after_the_passs_height_or_a_bright_word_is_its_magnitude(
    text: str, magnitude: float
) -> None:
    assert find_magnitude(text) == magnitude


@pytest.mark.parametrize(
    "text",
    [
        "Max 79°, 12 frames stacked",  # no sign: a count, not a brightness
        "Azimuth 79°, -3.3",  # the number follows no height of the pass
        "Max 79°, -20°C outside",  # a temperature
    ],
)
def test_a_number_after_a_height_that_is_no_brightness_stays_null(text: str) -> None:
    assert find_magnitude(text) is None


@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        ("Μέγ. ύψος 57°, -3.3 mag", 57.0),
        ("μεγ. ύψος 62°", 62.0),
        ("Макс. висина 48°", 48.0),
    ],
)
def test_an_abbreviated_word_for_maximum_gives_the_height(text: str, degrees: float) -> None:
    assert find_max_elevation(text) == degrees


@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        ("La station est montée jusqu'à 71° avec une magnitude de -3,7.", 71.0),
        ("The station climbed to 66° over the harbour.", 66.0),
        ("Die ISS stieg bis auf 64° und verschwand dann im Erdschatten.", 64.0),
        ("La estación subió hasta 58° sobre el faro.", 58.0),
        ("the station passing right over the pier, about 80 degrees up", 80.0),
    ],
)
def test_the_pass_climbing_to_a_height_or_so_many_degrees_up_gives_it(
    text: str, degrees: float
) -> None:
    assert find_max_elevation(text) == degrees


@pytest.mark.parametrize(
    "text",
    [
        "the Moon was 30 degrees up and the ISS crossed it",  # the Moon's height
        "it rose 10° up to the left of the tower",  # no height of the pass: "up to"
        "shot it rising, about 20 degrees up, through the trees",  # where it was, not its top
    ],
)
def test_degrees_up_of_another_body_or_a_direction_give_no_height(text: str) -> None:
    assert find_max_elevation(text) is None


# Issue 13, batch-11's languages: the height and brightness words of Icelandic, Basque,
# Hebrew, Arabic, Persian, Hindi, Bengali, Vietnamese, Swahili, Croatian, Lithuanian,
# Malay and Filipino; numbers in Arabic-Indic, Persian or Bengali digits with the Arabic
# decimal separator; a degree word instead of "°". Sentences written for these tests.
@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        ("Hámarkshæð stöðvarinnar var 52° yfir sjóndeildarhring.", 52.0),
        ("Stöðin náði um 47° hæð yfir fjallinu.", 47.0),
        ("Estazioa gehienez 63°-ra igo zen portuaren gainean.", 63.0),
        ("התחנה עברה בגובה מרבי של 66° מעל העיר.", 66.0),
        ("أقصى ارتفاع للمحطة: 74 درجة فوق الأفق", 74.0),
        ("أقصى ارتفاع: ٧٤ درجة", 74.0),
        ("حداکثر ارتفاع ایستگاه ۵۸ درجه بود.", 58.0),
        ("स्टेशन की अधिकतम ऊँचाई 49° थी।", 49.0),
        ("স্টেশনের সর্বোচ্চ উচ্চতা ছিল ৫৭°", 57.0),
        ("Trạm đạt độ cao cực đại 81 độ trên thành phố.", 81.0),
        ("Kituo kilifika mwinuko wa juu wa 38° juu ya bahari.", 38.0),
        ("Stanica se popela do otprilike 69° iznad luke.", 69.0),
        ("Stotis praskriejo beveik zenite (88°) virš miesto.", 88.0),
        ("Ketinggian maksimum stesen ialah 45°.", 45.0),
        ("Ang pinakamataas na elevation ay 59° sa ibabaw ng bundok.", 59.0),
    ],
)
def test_the_passs_height_in_more_languages_and_digits(text: str, degrees: float) -> None:
    assert find_max_elevation(text) == degrees


@pytest.mark.parametrize(
    ("text", "magnitude"),
    [
        ("Birtustig hennar var um -2,6 í gærkvöldi.", -2.6),
        ("Estazioaren distira -3,1 ingurukoa zen.", -3.1),
        ("בהירות התחנה הייתה ‎-3.4 לפי האתר.", -3.4),
        ("السطوع: ‎-٣٫٢", -3.2),
        ("قدر ظاهری ایستگاه ‎−۲٫۹ بود.", -2.9),
        ("चमक: -2.4, आकाश साफ़ था।", -2.4),
        ("উজ্জ্বলতা ছিল -৩.৩", -3.3),
        ("Trạm rất sáng, độ sáng khoảng -3,0.", -3.0),
        ("Kilikuwa kinang'aa mno, karibu -2.8 hivi.", -2.8),
        ("Kecerahan stesen ialah -3.5 malam itu.", -3.5),
        ("Sobrang liwanag: -3.3 ayon sa app.", -3.3),
        # batch-23: Bulgarian and Russian words for magnitude, whole and short, and the sign −
        ("Максимална височина: 84°, блясък -3,9 зв. вел.", -3.9),
        ("Станцията беше ярка: -3,9 зв. вел.", -3.9),
        ("Максимальная высота прохода 55°, звёздная величина −3,3.", -3.3),
        ("Звёздная величина −3,3, максимальная высота 55°.", -3.3),
        ("Макс. висота 61°, зоряна величина -3,5.", -3.5),
    ],
)
def test_the_passs_brightness_in_more_languages_and_digits(text: str, magnitude: float) -> None:
    assert find_magnitude(text) == magnitude


@pytest.mark.parametrize(
    "text",
    [
        "Tunglið var í hámarkshæð 35° þegar stöðin fór framhjá.",  # the Moon's height
        "القمر كان على أقصى ارتفاع 40 درجة عند مرور المحطة",  # the Moon's height
        "הירח היה בגובה מרבי של 28° באותו ערב.",  # the Moon's height
        "सूर्य की अधिकतम ऊँचाई 62° थी, तब स्टेशन डिस्क के सामने से गुज़रा।",  # the Sun's
        "Mặt trăng ở độ cao cực đại 44° khi trạm bay qua.",  # the Moon's
        "Jua lilikuwa kwenye mwinuko wa juu wa 55° wakati huo.",  # the Sun's
        "أقصى درجة حرارة الليلة 31 درجة",  # a temperature
        "Max temperature that night 12°C, the sky was clear.",  # a temperature
        "Hitastig var hámark 4° um kvöldið.",  # a temperature
    ],
)
def test_the_height_of_the_moon_or_sun_or_a_temperature_is_no_passs_height(text: str) -> None:
    assert find_max_elevation(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "الزهرة كانت بسطوع -4.3 بجانب المحطة",  # Venus's brightness
        "זוהר נוגה, בהירות -4.1, היה מעל האופק",  # Venus's brightness
        "शुक्र की चमक -4.2 थी",  # Venus's brightness
        "Mặt trăng độ sáng -12,5 đêm đó",  # the Moon's
        "Mwezi mwangaza -12 usiku ule",  # the Moon's
        # the body named between the word and its number
        "Brightness of Venus -4.2, the station was fainter.",
        "Яркость Венеры -4,2, а станция была слабее.",
        "Блясъкът на Венера беше -4,2.",
        "Helligkeit der Venus -4,2.",
    ],
)
def test_the_brightness_of_another_body_is_no_passs_magnitude(text: str) -> None:
    assert find_magnitude(text) is None


@pytest.mark.parametrize(
    ("text", "magnitude"),
    [
        ("स्टेशन -3.1 मैग्निट्यूड पर था", -3.1),
        ("התחנה הגיעה ל־‎-3.4 מגניטודה", -3.4),
        ("المحطة كانت عند -2.9 قدر تقريبا", -2.9),
        ("প্রায় -৩.২ ম্যাগ ছিল", -3.2),
        ("Trạm đạt -3,2 cấp sao", -3.2),
    ],
)
def test_a_magnitude_word_after_the_number_in_more_languages(text: str, magnitude: float) -> None:
    assert find_magnitude(text) == magnitude


@pytest.mark.parametrize(
    "text",
    [
        "נוגה הייתה ‎-4.2 מגניטודה",  # Venus's brightness
        "المشتري كان -2.4 قدر",  # Jupiter's
        "शुक्र -4.1 मैग्निट्यूड पर चमक रहा था",  # Venus's
    ],
)
def test_a_magnitude_after_another_bodys_name_is_not_the_passs(text: str) -> None:
    assert find_magnitude(text) is None
