"""equipment: tripods, heads and trackers: a tripod named without its maker is an item, in
every language, a tripod's kind beside a named tripod is no second one, a head joined to its
maker is no instrument; never a wrong one."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.fields.equipment_names import is_support
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Pixel 7 Pro on a tripod.", ["Pixel 7 Pro", "tripod"]),
        ("iphone 15 pro on a little tripod, 10 sec night mode", ["iphone 15 pro", "tripod"]),
        (
            "Nikon Z 6II + Nikkor Z 20 mm f/1.8 S på stativ. 15 s",
            ["Nikon Z 6II", "Nikkor Z 20 mm f/1.8 S", "stativ"],
        ),
        ("gewoon mijn telefoon op een statiefje.", ["statiefje"]),
        (
            "Телеобъектив Sigma 150-600mm на Canon EOS 80D, штатив.",
            ["Sigma 150-600mm", "Canon EOS 80D", "штатив"],
        ),
        (
            "canon eos r + rf 15-35mm f2.8 + statīvs. 8 s, iso 1600",
            ["canon eos r", "rf 15-35mm f2.8", "statīvs"],
        ),
        (
            "iPhone 16 Proのナイトモードで、ミニ三脚に固定して撮影です",
            ["iPhone 16 Pro", "ミニ三脚"],
        ),
    ],
)
def test_a_tripod_in_a_sentence_is_an_item_by_its_kind(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        ("Canon EOS R6 állványon, 10 s.", "állvány"),
        ("Canon EOS R6 на статив.", "статив"),
        ("캐논 EOS R6를 삼각대에 고정", "삼각대"),
        ("尼康 Z7 架在三脚架上拍摄", "三脚架"),
        ("Nikon D750 ant trikojo.", "trikojis"),
        ("Canon EOS R uz statīva.", "statīvs"),
        ("Canon EOS 90D pe trepied.", "trepied"),
        ("Nikon D7500 sul treppiede.", "treppiede"),
        ("Canon EOS R8 num tripé.", "tripé"),
        ("Nikon D750 na statywie.", "statyw"),
        ("Canon R6 sur un trépied.", "trépied"),
    ],
)
def test_a_tripod_after_a_word_for_on_is_an_item_in_every_language(text: str, tripod: str) -> None:
    assert _items(text)[1:] == [tripod]


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        ("Laitteet: Nikon Z7 II ja Nikon Z 400mm f/4.5 VR S -objektiivi, jalustalla.", "jalusta"),
        ("Εξοπλισμός: Sony A7R V με φακό Sony FE 200-600mm G OSS, σε τρίποδο.", "τρίποδο"),
        (
            "Equipo: cámara Sony A7 III con un objetivo Sony FE 200-600 montado sobre trípode",
            "trípode",
        ),
        ("機材：Canon EOS R6 Mark II、Canon RF 15-35mm F2.8 L IS USM、三脚", "三脚"),
        ("Varustus: Canon EOS R5 ja Canon RF 800mm F11 objektiiv, statiivil.", "statiiv"),
    ],
)
def test_a_labelled_tripod_among_named_instruments_is_written_in_its_base_form(
    text: str, tripod: str
) -> None:
    assert _items(text)[-1] == tripod


@pytest.mark.parametrize(
    "text",
    [
        "Canon R6, without a tripod.",
        "I forgot my tripod, so the Canon R6 was handheld.",
        "Canon R6 on a tripod head from the club.",
        "Canon R6, not on a tripod this time.",
        "Equipment: Canon R6, no tripod",
        "Kamera: Canon R6, ohne Stativ",
        "Equipment: Canon R6, tripod head Manfrotto",
        "Nikon D750, ohne Stativ.",
        "Nikon D750, sans trépied.",
        "There was some wind so I had to sandbag the tripod legs.",
    ],
)
def test_a_tripod_missing_or_only_its_head_or_legs_is_no_item(text: str) -> None:
    assert not [i for i in _items(text) if " " not in i and not any(c.isdigit() for c in i)]


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        (
            "Echipament: Canon EOS 90D cu obiectiv Samyang 14mm, pe trepied\n"
            "Manfrotto Befree Advanced. Expunere 20 s.",
            "Manfrotto Befree Advanced",
        ),
        (
            "Usé mi cámara Canon EOS Rebel T7i, montada en un tripié\nVanguard Alta Pro; 15 s.",
            "Vanguard Alta Pro",
        ),
    ],
)
def test_a_tripod_whose_maker_the_next_line_begins_with_is_that_makers(
    text: str, tripod: str
) -> None:
    assert _items(text)[-1] == tripod


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Canon R5 on a Gitzo GT2545T with a Wimberley WH-200 head", "Wimberley WH-200"),
        ("Equipment: Nikon Z8, Sirui W-2204, Benro GH2 gimbal head", "Benro GH2"),
        ("Matériel : Canon 6D sur trépied Benro, rotule Benro B2", "Benro B2"),
        ("Attrezzatura: Nikon Z6, testa Manfrotto 496", "Manfrotto 496"),
    ],
)
def test_a_tripod_head_named_by_its_model_is_an_instrument(text: str, head: str) -> None:
    assert _items(text)[-1] == head


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        ("Canon R6 on a Gitzo Traveler tripod, 15 s", "Gitzo Traveler"),
        ("Nikon Z6 auf einem Benro Rhino Stativ bei Wind", "Benro Rhino"),
        ("Sony A7 III op een Sirui Traveler statief aan de dijk", "Sirui Traveler"),
    ],
)
def test_a_tripods_line_between_its_maker_and_its_kind_names_it(text: str, tripod: str) -> None:
    assert _items(text)[-1] == tripod


@pytest.mark.parametrize(
    "text",
    [
        "ISS at 21:14 UTC with my Canon 6D.\n\nJohn\nSent from my Galaxy S23",
        "Photo prise avec mon Canon 6D.\nEnvoyé de mon iPhone 15",
        "Bild mit der Canon 6D gemacht.\nVon meinem Samsung Galaxy S24 gesendet",
        "Foto fatta con la Canon 6D.\nInviato da iPhone 14 Pro",
    ],
)
def test_the_phone_of_a_mail_apps_footer_is_no_instrument(text: str) -> None:
    assert _items(text) == ["Canon 6D"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Sony A7 IV, dipasang di tripod Coman TM-286.", ["Sony A7 IV", "Coman TM-286"]),
        ("Canon 6D en el trípode Jieyang JY-0508.", ["Canon 6D", "Jieyang JY-0508"]),
        ("Nikon D750 sur trépied Kingjoy K-4208, 20 s.", ["Nikon D750", "Kingjoy K-4208"]),
        ("Equipamento: Canon EOS 80D, tripé Weifeng WT-3560", ["Canon EOS 80D", "Weifeng WT-3560"]),
        # no model after the name, or a time after the tripod: no maker's tripod
        ("Canon 6D on a tripod Tuesday 21:30.", ["Canon 6D"]),
        ("Nikon Z6, without the tripod Zomei Z-669C this time.", ["Nikon Z6"]),
        ("Nikon Z6, sans le trépied Weifeng WT-3560.", ["Nikon Z6"]),
    ],
)
def test_a_tripod_by_a_maker_the_gazetteer_does_not_know_is_named_by_its_model(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("usei a Nikon D3500 no tripé Fotopro X-Go.", ["Nikon D3500", "Fotopro X-Go"]),
        (
            "câmera Canon EOS 90D, no tripé Weifeng WT3520, 15 s",
            ["Canon EOS 90D", "Weifeng WT3520"],
        ),
        (
            "मैंने Nikon D5600 कैमरा इस्तेमाल किया। कैमरा Simpex SX-3333 ट्राइपॉड पर लगा था।",
            ["Nikon D5600", "Simpex SX-3333"],
        ),
    ],
)
def test_a_tripod_by_an_unknown_maker_after_a_word_for_on_is_named(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Canon EOS 6D-vel fotóztam, egy Manfrotto 055 állványon.",
            ["Canon EOS 6D", "Manfrotto 055"],
        ),
        ("Fényképezőgép: Canon EOS 6D, Benro TMA28A állványon.", ["Canon EOS 6D", "Benro TMA28A"]),
        ("Nikon Z6, Sirui T-025X tripod üzerinde.", ["Nikon Z6", "Sirui T-025X"]),
    ],
)
def test_a_tripods_kind_after_its_name_is_no_second_tripod(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("मैंने Nikon D5600 कैमरा इस्तेमाल किया। कैमरा ट्राइपॉड पर लगा था।", ["Nikon D5600", "ट्राइपॉड"]),
        ("Canon EOS R6 állványon, 10 s.", ["Canon EOS R6", "állvány"]),
        # a name no item was read from owns the tripod: unknown, so none
        ("मैंने Nikon D5600 इस्तेमाल किया, Simpex 3333 ट्राइपॉड पर।", ["Nikon D5600"]),
    ],
)
def test_a_tripod_after_a_camera_is_its_own_but_after_an_unread_name_is_none(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "Búnaður: Sony A7S III með Sony FE 20mm f/1.8 G linsu á Manfrotto 190 þrífæti",
        "Búnaður: Sony A7S III, Manfrotto 190 þrífótur",
    ],
)
def test_an_icelandic_tripod_in_its_case_is_its_makers_model(text: str) -> None:
    assert "Manfrotto 190" in _items(text)


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        ("Kalusto: Sony A7 IV, Benro-kolmijalka ja Benro-pallopää", "Benro-kolmijalka"),
        ("Ausrüstung: Sony A7 IV, Benro-Stativ und Benro-Kugelkopf", "Benro-Stativ"),
        ("Utrustning: Sony A7 IV, Benro-stativ och Benro-kulled", "Benro-stativ"),
        ("Kit: Sony A7 IV, Benro tripod and a Benro ball head", "Benro tripod"),
    ],
)
def test_a_tripods_head_joined_to_its_maker_is_no_instrument(text: str, tripod: str) -> None:
    assert _items(text) == ["Sony A7 IV", tripod]


@pytest.mark.parametrize(
    "text",
    [
        "Stativ Sirui W-2204 mit Kugelkopf Sirui K-20X.",
        "Jalusta Sirui W-2204 ja Sirui K-20X-pallopää",
    ],
)
def test_a_tripods_head_named_by_its_model_is_one(text: str) -> None:
    assert "Sirui K-20X" in _items(text)


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        ("المعدات: كاميرا نيكون D850 على حامل ثلاثي من Manfrotto", "Manfrotto"),
        ("ציוד: מצלמת Canon 90D על חצובה של Manfrotto", "Manfrotto"),
        ("Vifaa: kamera Canon EOS 2000D juu ya tripodi ya Manfrotto.", "Manfrotto"),
        ("Thiết bị: máy ảnh Fujifilm X-T30, đặt trên chân máy Benro.", "chân máy Benro"),
        ("อุปกรณ์: กล้อง Canon EOS RP บนขาตั้งกล้อง Benro", "ขาตั้งกล้อง Benro"),
        ("تجهیزات: دوربین Canon EOS 77D روی سه\u200cپایه Manfrotto", "سه\u200cپایه Manfrotto"),
    ],
)
def test_a_makers_tripod_is_read_in_more_languages(text: str, tripod: str) -> None:
    assert _items(text)[-1] == tripod


@pytest.mark.parametrize(
    "text",
    [
        "Thiết bị: máy ảnh Fujifilm X-T30, không dùng chân máy.",  # no maker: no item
        "كاميرا نيكون D850 بدون حامل ثلاثي",
    ],
)
def test_a_tripods_kind_alone_in_those_languages_names_no_maker(text: str) -> None:
    assert len(_items(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Move Shoot Move 2 tracker", ["Move Shoot Move 2"]),
        (
            "Attrezzatura: Nikon Z6 II con obiettivo Laowa 15mm f/2 Zero-D, sull'inseguitore "
            "Move Shoot Move. 30 pose da 7 s",
            ["Nikon Z6 II", "Laowa 15mm f/2 Zero-D", "Move Shoot Move"],
        ),
        ("I put the camera on my Move Shoot Move Nano tracker.", ["Move Shoot Move Nano"]),
        # traps: the three words as verbs
        ("I move shoot move a lot.", []),
        ("Then I had to move, shoot, move again.", []),
    ],
)
def test_a_tracker_named_by_three_ordinary_words_is_read_with_its_capitals(
    text: str, expected: list[str]
) -> None:
    assert _items(text) == expected


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        # the kind after the name ("…N635 の三脚": Velbon's tripod), or said again later
        (
            "カメラはニコン Z 6II、ベルボン Geo Carmagne N635 の三脚に載せて撮影しました。",
            "ベルボン Geo Carmagne N635",
        ),
        (
            "器材：佳能EOS R6，架在捷信GT3543LS三脚架上\n\n那天晚上风很大，三脚架上挂了背包才稳住。",
            "捷信 GT3543LS",
        ),
        (
            "Equipment: Nikon Z6 II, Manfrotto 055\n\nI stood the camera on a tripod in the sand.",
            "Manfrotto 055",
        ),
        (
            "Ausrüstung: Sony A7 III, Gitzo GT2545T\n\nDie Kamera stand auf einem Stativ im Schnee.",
            "Gitzo GT2545T",
        ),
        (
            "Equipo: Nikon D850, Manfrotto 055\n\nPuse la cámara sobre un trípode en la arena.",
            "Manfrotto 055",
        ),
        (
            "Оборудование: Canon EOS 6D, штатив Benro TMA28A\n\nСнимал на штативе у реки.",
            "Benro TMA28A",
        ),
        (
            "장비: 소니 A7 IV, 맨프로토 삼각대\n\n삼각대에 모래주머니를 달았습니다.",
            "맨프로토 삼각대",
        ),
    ],
)
def test_a_tripods_kind_beside_a_named_tripod_is_no_second_item(text: str, tripod: str) -> None:
    items = _items(text)
    assert tripod in items
    assert not any(is_support(item) for item in items)


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        # traps: a tripod named by its kind alone, with no named tripod, is one
        ("Nikon D750 on a tripod, Baader AstroSolar filter.", "tripod"),
        ("Fotocamera Sony A7 III su treppiede, obiettivo Samyang 14mm f/2.8.", "treppiede"),
        ("華為 Mate 60 Pro 加三脚架拍的。", "三脚架"),
        ("iPhone 16 Proのナイトモードで、ミニ三脚に固定して撮影です", "ミニ三脚"),
    ],
)
def test_a_tripod_named_by_its_kind_alone_stays_an_item(text: str, tripod: str) -> None:
    assert tripod in _items(text)
