"""story: a paragraph the mail program wrapped reads as the sender wrote it, its lines joined
("The station faded into / Earth's shadow"); the sender's own short lines, list items, a line
ending with a colon and CJK lines stay as written (issue 13, batch-23)."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story
from ipom_mail.pipeline.fields.unwrap import unwrap, wrapped_pairs


@pytest.mark.parametrize(
    ("paragraph", "sentence"),
    [
        (
            "It's a stack of 28 frames showing the ISS arcing over the Kielder Observatory\n"
            "buildings in Northumberland, with the Milky Way setting in the south-west. The\n"
            "series runs from 19:41:10 to 19:45:40 BST. The station faded into Earth's shadow\n"
            "just above the spruce trees.",
            "The series runs from 19:41:10 to 19:45:40 BST.",
        ),
        (
            "Je vous soumets ma photo de la Station spatiale internationale prise hier soir\n"
            "depuis mon observatoire à Saint-Jean-sur-Richelieu, en Montérégie. J'ai suivi la\n"
            "station à la main avec ma lunette pendant tout le passage.",
            "J'ai suivi la station à la main avec ma lunette pendant tout le passage.",
        ),
        (
            "Hierbij stuur ik jullie mijn foto van het ISS boven de Kalmthoutse Heide, genomen\n"
            "gisterenavond, zondag 20 september 2026. Het ISS kwam op in het westen en verdween\n"
            "in de aardschaduw vlak onder de Grote Beer.",
            "Het ISS kwam op in het westen en verdween in de aardschaduw vlak onder de Grote Beer.",
        ),
        (
            "Σας στέλνω τη φωτογραφία μου με τη διέλευση του Διεθνούς Διαστημικού Σταθμού\n"
            "μπροστά από τον Ήλιο, που τράβηξα σήμερα το πρωί από την Πάρνηθα. Ο σταθμός\n"
            "διέσχισε τον ηλιακό δίσκο σε 0,71 δευτερόλεπτα, περνώντας ανάμεσα σε δύο ομάδες\n"
            "ηλιακών κηλίδων.",
            "περνώντας ανάμεσα σε δύο ομάδες ηλιακών κηλίδων.",
        ),
        (
            "Foto on tehtud Tartu Observatooriumi juures Tõraveres, kui taevas oli selge. Jaam\n"
            "lendas otse üle suure teleskoobi kupli, mis oli just avatud.",
            "Jaam lendas otse üle suure teleskoobi kupli, mis oli just avatud.",
        ),
    ],
)
def test_a_wrapped_paragraph_reads_as_one_line(paragraph: str, sentence: str) -> None:
    story = find_story(f"Hello,\n\n{paragraph}\n\nClear skies,\nAnna\n", "Anna")
    assert story is not None
    assert sentence in story and "\n" not in story


@pytest.mark.parametrize(
    "lines",
    [
        "The ISS above Snowdon.\nHikers cheered when it appeared.",  # short: the sender's own
        "What a night it was for the whole club out on the frozen lake:\n"
        "the station, the Moon and Venus in one frame, with our tents lit below.",
        "I stacked the frames of the whole pass and kept the brightest ones for this.\n"
        "- the station crosses Cassiopeia first\n- then it fades near the horizon",
        "昨夜は富士山の上空を国際宇宙ステーションが通過していくのを撮影しました。山頂の雪が月明かりで光っていて本当にきれいでした。とても寒かったです\n"
        "三脚が風で少し揺れましたが、なんとか撮れました。",
    ],
)
def test_the_senders_own_line_breaks_stay(lines: str) -> None:
    assert find_story(f"{lines}\n") == lines


def test_lines_that_stood_apart_in_the_mail_are_not_joined() -> None:
    """A field line between two prose lines was left out: the lines around it were never one."""
    first = "We drove up to the ridge after work and set up the tripod in a hurry before the"
    second = "Clouds rolled in right after the pass and the rest of the night was lost."
    text = f"{first}\nEquipment: Nikon Z6, Nikkor 14-24mm f/2.8\n{second}\n"
    story = find_story(text)
    assert story == f"{first}\n{second}"


def test_a_story_line_joins_only_the_line_that_followed_it_in_the_mail() -> None:
    mail = [
        "The thin air up at 11,000 ft made the seeing surprisingly steady, and you can make",
        "out the Cupola and Canadarm2 next to the main truss.",
    ]
    pairs = wrapped_pairs(mail)
    assert unwrap("\n".join(mail), pairs) == " ".join(mail)
    assert unwrap(f"{mail[0]}\nThe Cupola is there.", pairs) == f"{mail[0]}\nThe Cupola is there."
