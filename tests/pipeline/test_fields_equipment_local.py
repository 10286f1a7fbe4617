"""equipment: lists written in the sender's language end each item at the instrument's name.

Connecting verbs ("monteret på", "namontovaný na"), kind words in a case ("-lencsével",
"телескопом"), a filter's kind phrase, makers and accessories in CJK scripts, a product line
in katakana or Hangul: an item is the name, or it is left out, never a name with words glued.
"""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Udstyr: Sky-Watcher Evostar 80ED monteret på en Sky-Watcher AZ-GTi",
            ["Sky-Watcher Evostar 80ED", "Sky-Watcher AZ-GTi"],
        ),
        (
            "Utstyr: Celestron C6 montert på Sky-Watcher EQ5 sammen med ZWO ASI224MC",
            ["Celestron C6", "Sky-Watcher EQ5", "ZWO ASI224MC"],
        ),
        (
            "Utrustning: William Optics RedCat 51 monterad på iOptron CEM26",
            ["William Optics RedCat 51", "iOptron CEM26"],
        ),
        (
            "Vybavení: Celestron C9.25 namontovaný na Sky-Watcher EQ6-R, kamera ZWO ASI183MM",
            ["Celestron C9.25", "Sky-Watcher EQ6-R", "ZWO ASI183MM"],
        ),
        (
            "Оборудване: Sky-Watcher Skymax 127 монтиран на Sky-Watcher AZ-GTi",
            ["Sky-Watcher Skymax 127", "Sky-Watcher AZ-GTi"],
        ),
        (
            "Εξοπλισμός: Celestron C8 τοποθετημένο σε Celestron AVX, κάμερα ZWO ASI462MC",
            ["Celestron C8", "Celestron AVX", "ZWO ASI462MC"],
        ),
        (
            "Ekipman: Sky-Watcher Evostar 102 monte edilmiş Sky-Watcher EQ3-2",
            ["Sky-Watcher Evostar 102", "Sky-Watcher EQ3-2"],
        ),
        (
            "Gear: Celestron C11 EdgeHD mounted, ZWO ASI290MM attached",
            ["Celestron C11 EdgeHD", "ZWO ASI290MM"],
        ),
        (
            "Oprema: Sky-Watcher Evostar 90, kamera Canon EOS 700D pričvršćena",
            ["Sky-Watcher Evostar 90", "Canon EOS 700D"],
        ),
        (
            "Varusteet: Nikon D750 -runko, Samyang 24mm -objektiivi",
            ["Nikon D750", "Samyang 24mm"],
        ),
    ],
)
def test_a_verb_joining_two_instruments_belongs_to_neither(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Távcső: Sky-Watcher Skymax 127, Baader 2,25x Barlow-lencsével",
            ["Sky-Watcher Skymax 127", "Baader 2,25x Barlow"],
        ),
        (
            "Felszerelés: Celestron C8 távcsővel, ZWO ASI224MC kamerával",
            ["Celestron C8", "ZWO ASI224MC"],
        ),
        (
            "Оборудование: Celestron C8 телескопом и камерой ZWO ASI290MM, монтировка Sky-Watcher EQ5",
            ["Celestron C8", "ZWO ASI290MM", "Sky-Watcher EQ5"],
        ),
        (
            "Ekipman: Celestron C9.25 teleskopla, ZWO ASI462MC kamerayla, Sky-Watcher EQ6-R kundağa",
            ["Celestron C9.25", "ZWO ASI462MC", "Sky-Watcher EQ6-R"],
        ),
        (
            "Utrustning: Sky-Watcher Esprit 100ED teleskopet, Nikon Z6 kameran",
            ["Sky-Watcher Esprit 100ED", "Nikon Z6"],
        ),
        (
            "Eszközök: Sky-Watcher 150/750 Newton-távcső, ZWO ASI662MC",
            ["Sky-Watcher 150/750 Newton-távcső", "ZWO ASI662MC"],
        ),
    ],
)
def test_a_kind_word_in_a_case_after_a_name_is_cut_but_a_design_keeps_its_kind(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "filter_"),
    [
        ("Ekipman: Celestron C8, Baader AstroSolar güneş filtresi", "Baader AstroSolar"),
        ("Оборудование: Celestron C8 и Baader AstroSolar солнечным фильтром", "Baader AstroSolar"),
        ("Oprema: Celestron C8, Baader AstroSolar solarni filter", "Baader AstroSolar"),
        ("Equipment: Celestron C14, ZWO ASI290MM, Baader red filter", "Baader red filter"),
    ],
)
def test_a_named_filter_loses_the_phrase_saying_what_it_is_but_a_maker_alone_keeps_it(
    text: str, filter_: str
) -> None:
    assert _items(text)[-1] == filter_


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "장비: 스카이와처 에보스타 80ED 경통, 빅센 SXD2 가대, ZWO ASI224MC 카메라",
            ["스카이와처 에보스타 80ED", "빅센 SXD2", "ZWO ASI224MC"],
        ),
        (
            "스카이와처 AZ-GTi 가대에 소니 A7 III 카메라를 올려서 찍었습니다.",
            ["스카이와처 AZ-GTi", "소니 A7 III"],
        ),
        (
            "三脚：ベルボン ジオ・カルマーニュ N840、カメラ：キヤノン EOS R5",
            ["ベルボン ジオ・カルマーニュ N840", "キヤノン EOS R5"],
        ),
        (
            "ボディはニコン Z8、三脚はスリック カーボンマスター 824 を使いました。",
            ["ニコン Z8", "スリック カーボンマスター 824"],
        ),
        (
            "器材：信达 80ED 折射式-复消色差望远镜，徕卡 Q2 相机",
            ["信达 80ED", "徕卡 Q2"],
        ),
    ],
)
def test_a_maker_in_a_cjk_script_keeps_its_product_line_and_loses_its_kind(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "barlow"),
    [
        ("器材：Celestron C8，配 3 倍巴洛镜和 ZWO ASI224MC", "3 倍巴洛镜"),
        ("器材：信达 ED80 加 2倍增距镜", "2倍增距镜"),
        ("장비: 셀레스트론 C11 + 2.5배 바로우렌즈 + ZWO ASI290MM", "2.5배 바로우렌즈"),
        ("셀레스트론 C8 경통에 3배 바로우렌즈를 끼우고 찍었습니다.", "3배 바로우렌즈"),
        ("機材：タカハシ FC-100DZ、1.6倍バローレンズ、ZWO ASI290MM", "1.6倍バローレンズ"),
    ],
)
def test_a_magnified_barlow_written_in_a_cjk_script_is_an_item(text: str, barlow: str) -> None:
    assert barlow in _items(text)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Technik: Nikon Z6 II mit Nikkor Z 20mm, das Ganze auf einem Stativ Rollei C5i",
            ["Nikon Z6 II", "Nikkor Z 20mm", "Rollei C5i"],
        ),
        (
            "Ausrüstung: Canon EOS R6, alles auf dem Manfrotto 055, zu Hause",
            ["Canon EOS R6", "Manfrotto 055"],
        ),
    ],
)
def test_an_ordinary_capitalised_word_among_the_instruments_is_no_instrument(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("la saqué con la canon 2000d y el 18-55mm, 20 segundos", "18-55mm"),
        ("shot it with my nikon d3400 and the 70-300 mm from the balcony", "70-300 mm"),
        ("a fotografei com a sony a6000 e a 55-210mm, iso 800", "55-210mm"),
    ],
)
def test_a_zoom_lens_named_by_its_range_alone_in_phone_mail_is_an_item(
    text: str, lens: str
) -> None:
    assert _items(text)[-1] == lens


def test_a_focal_length_alone_is_no_lens_and_a_range_after_its_maker_stays_in_its_name() -> None:
    assert _items("I used my Tamron SP 150-600mm zoomed to 600mm") == ["Tamron SP 150-600mm"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Sky-Watcher Evostar 72ED'yi Sky-Watcher AZ-GTi'ye taktım, Canon EOS 90D'yi bağladım.",
            ["Sky-Watcher Evostar 72ED", "Sky-Watcher AZ-GTi", "Canon EOS 90D"],
        ),
        (
            "Ekipman: Celestron C6'ya bağlı ZWO ASI224MC, Sky-Watcher EQ5'e monte edilmiş",
            ["Celestron C6", "ZWO ASI224MC", "Sky-Watcher EQ5"],
        ),
        (
            "Egy Celestron C9.25 EdgeHD-vel és ZWO ASI462MC-vel fotóztam, iOptron CEM40-en.",
            ["Celestron C9.25 EdgeHD", "ZWO ASI462MC", "iOptron CEM40"],
        ),
        (
            "Felszerelés: Sky-Watcher HEQ5 Pro-ra szerelt Sky-Watcher 200P, ZWO ASI183MM-mel",
            ["Sky-Watcher HEQ5 Pro", "Sky-Watcher 200P", "ZWO ASI183MM"],
        ),
        (
            "Laitteet: Celestron C6:lla ja ZWO ASI120MC:llä, Sky-Watcher EQ3-2:n päällä",
            ["Celestron C6", "ZWO ASI120MC", "Sky-Watcher EQ3-2"],
        ),
        (
            "Felszerelés: Sky-Watcher 130/900 Newton, 2x-es Barlow, 0,5x-es reduktor",
            ["Sky-Watcher 130/900 Newton", "2x-es Barlow", "0,5x-es reduktor"],
        ),
    ],
)
def test_a_case_ending_written_after_a_name_with_a_mark_ends_the_item(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Fotografovala jsem Nikonem Z5 s objektivem Sigma 14mm.", "Nikon Z5"),
        ("Zdjęcie zrobiłem Canonem EOS R6 i obiektywem Samyang 24mm.", "Canon EOS R6"),
        ("Slikal sem s Sonyjem A7 III.", "Sony A7 III"),
        ("Snimila sam Celestronom C6 na montaži Sky-Watcher EQ5.", "Celestron C6"),
        ("Снимал Никоном Z6 с объективом Samyang 14mm.", "Никон Z6"),
        ("A Canonnal EOS 80D fotóztam, Samyang 14mm objektívvel.", "Canon EOS 80D"),
        ("Kuvasin Nikonilla Z6 ja Samyang 14mm -objektiivilla.", "Nikon Z6"),
        ("Am fotografiat cu Nikonul D750 pe trepied.", "Nikon D750"),
    ],
)
def test_a_maker_written_in_a_case_before_its_model_is_named_in_its_base_form(
    text: str, first: str
) -> None:
    assert _items(text)[0] == first


def test_a_word_that_only_ends_like_a_maker_in_a_case_names_none_without_a_model() -> None:
    assert _items("Pozdrav od Canona i Nikona, vidimo se.") == []


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Εξοπλισμός: Celestron C6 στη στήριξη Sky-Watcher AZ-GTi",
            ["Celestron C6", "Sky-Watcher AZ-GTi"],
        ),
        (
            "Sprzęt: Sky-Watcher Evostar 72ED na montażu iOptron CEM26 wraz z ZWO ASI533MC",
            ["Sky-Watcher Evostar 72ED", "iOptron CEM26", "ZWO ASI533MC"],
        ),
        (
            "Ausrüstung: Celestron C9.25 samt ZWO ASI462MC sowie Tele Vue Powermate",
            ["Celestron C9.25", "ZWO ASI462MC", "Tele Vue Powermate"],
        ),
        ("機材：タカハシ FC-100DZ 鏡筒＋ソニー α7 IV", ["タカハシ FC-100DZ", "ソニー α7 IV"]),
        (
            "Oprema: Celestron C8 postavljen odozgo Sky-Watcher EQ5",
            ["Celestron C8", "Sky-Watcher EQ5"],
        ),
    ],
)
def test_ordinary_words_between_two_names_belong_to_neither(text: str, items: list[str]) -> None:
    assert _items(text) == items


def test_a_maker_written_in_lower_case_stays_in_a_listed_name() -> None:
    items = _items("gear: small tripod, iphone 15 pro, nikon d3500")
    assert items[-2:] == ["iphone 15 pro", "nikon d3500"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "تجهیزات: تلسکوپ Celestron C8 روی مقر Celestron AVX، دوربین QHY5III462C",
            ("Celestron C8", "Celestron AVX", "QHY5III462C"),
        ),
        (
            "المعدات: كاميرا Canon EOS R6، عدسة Samyang 14mm؛ حامل Manfrotto 055",
            ("Canon EOS R6", "Samyang 14mm", "Manfrotto 055"),
        ),
        ("उपकरण: कैमरा Nikon Z6 II। लेंस Nikkor Z 20mm f/1.8 S", ("Nikon Z6 II", "Nikkor Z 20mm f/1.8 S")),
    ],
)  # fmt: skip
def test_arabic_script_commas_and_the_danda_end_an_item(text: str, items: tuple[str, ...]) -> None:
    assert find_equipment(text, Media(())) == items
