"""equipment (issue 13, batch-37): a solar filter and a mount named by their kind in the mail's
own script after a Latin name ("Baader AstroSolar சூரிய வடிகட்டி", "Sky-Watcher AZ-GTi தாங்கி"
in Tamil; "सौर फ़िल्टर" in Hindi, "সৌর ফিল্টার" in Bengali, "మౌంట్" in Telugu) are no part of
the name. An accessory's kind alone at a line's end whose maker and model open the next line
("con prisma de Herschel / Baader Cool-Ceramic") is that one instrument, as on one line; a
maker alone below, or a list's comma after the kind, keeps the two apart. A phone's mail
all in lower case names a known line ("camera canon rebel t7") and a tripod maker of Brazil
("tripé greika wt-3560")."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    "text",
    [
        "கருவிகள்: Sky-Watcher Evostar 80ED தொலைநோக்கி, Baader AstroSolar சூரிய வடிகட்டி, "
        "ZWO ASI183MM கேமரா, Sky-Watcher AZ-GTi தாங்கி.",
        "उपकरण: Sky-Watcher Evostar 80ED टेलीस्कोप, Baader AstroSolar सौर फ़िल्टर, "
        "ZWO ASI183MM कैमरा, Sky-Watcher AZ-GTi माउंट.",
        "যন্ত্রপাতি: Sky-Watcher Evostar 80ED টেলিস্কোপ, Baader AstroSolar সৌর ফিল্টার, "
        "ZWO ASI183MM ক্যামেরা, Sky-Watcher AZ-GTi মাউন্ট।",
        "పరికరాలు: Sky-Watcher Evostar 80ED టెలిస్కోప్, Baader AstroSolar సౌర ఫిల్టర్, "
        "ZWO ASI183MM కెమెరా, Sky-Watcher AZ-GTi మౌంట్.",
    ],
)
def test_a_solar_filter_and_a_mount_named_by_their_kind_in_the_mails_script(text: str) -> None:
    assert _items(text) == [
        "Sky-Watcher Evostar 80ED",
        "Baader AstroSolar",
        "ZWO ASI183MM",
        "Sky-Watcher AZ-GTi",
    ]


def test_a_maker_alone_before_a_script_kind_is_no_instrument_of_its_own() -> None:
    assert "Baader" not in _items("கருவிகள்: Baader சூரிய வடிகட்டி, ZWO ASI183MM கேமரா")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Equipo: refractor Sky-Watcher Evostar 120ED con prisma de Herschel\n"
            "Baader Cool-Ceramic, cámara ZWO ASI178MM.",
            "Baader Cool-Ceramic",
        ),
        (
            "Ausrüstung: Refraktor TS 102 mit Herschelkeil\nLunt 2-Zoll Pro, Kamera ZWO ASI178MM.",
            "Lunt 2-Zoll Pro",
        ),
    ],
)
def test_an_accessorys_kind_wrapped_over_its_makers_model_is_one_instrument(
    text: str, item: str
) -> None:
    items = _items(text)
    assert item in items
    assert not any("Herschel" in x for x in items)


def test_an_accessory_listed_before_another_instrument_stays_its_own() -> None:
    items = _items(
        "Gear: Sky-Watcher Evostar 120ED with a Herschel wedge,\nLunt LS60T, ZWO ASI178MM."
    )
    assert "Herschel wedge" in items
    assert "Lunt LS60T" in items


def test_a_phone_mail_in_lower_case_names_its_camera_lens_and_tripod() -> None:
    line = "camera canon rebel t7 + lente canon 18-55mm + tripé greika wt-3560"
    assert _items(line) == ["canon rebel t7", "canon 18-55mm", "greika wt-3560"]


def test_a_rebel_in_prose_is_no_camera() -> None:
    assert _items("We played a rebel song at the star party while the ISS went over.") == []
