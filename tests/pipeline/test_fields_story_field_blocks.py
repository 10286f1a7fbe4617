"""story: a block of "Head: value" lines is field lines in any language, its labels known or not.

Two or more adjacent lines, each a head of one to three words, a colon (or Armenian "՝") and a
short value ("Am: 18:10 IST" over "Áit: Baile an Sceilg", "Pajisjet: …" over "Kalimi: …"), say
what the fields hold: no story. Traps: one such line alone in prose, a long sentence after a
short head ("Belle journée : le lancement … "), a link.
"""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.field_lines import in_field_block
from ipom_mail.pipeline.fields.story import find_story

STORY = "The waves were breaking on the rocks as the station went down behind the peaks."


@pytest.mark.parametrize(
    "block",
    [
        "Am: 18:10 IST, Dé Domhnaigh 15 Samhain 2026\nTrealamh: ceamara Canon EOS R5",  # ga
        "Pajisjet: aparat Nikon Z6 III\nKalimi: nga 16:42Z deri në 16:48Z",  # sq
        "დრო: 18:36:15 (თბილისის დროით)\nგავლა: მაქსიმალური სიმაღლე 59°",  # ka
        "Ժամը՝ 18:09-ի սահմաններում\nՍարքավորում՝ Canon EOS R8 ֆոտոխցիկ",  # hy
        "Ħin: 18:20 CET\nTagħmir: Sony A7 III b'lenti Samyang 14mm",  # mt
        "Amser: 00:02:37 GMT\nOffer: telesgop Sky-Watcher Evostar 120ED",  # cy
        "- Saa: 19:04 EAT\n- Vifaa: Canon EOS 90D",  # sw, as a list
    ],
)
def test_a_block_of_field_lines_in_any_language_is_no_story(block: str) -> None:
    assert find_story(f"{STORY}\n\n{block}\n") == STORY


@pytest.mark.parametrize(
    "text",
    [
        # one line alone: a sentence with a colon in it may be prose
        "Resultado: una noche inolvidable con amigos en el monte.",
        # a long sentence after a short head
        "Belle journée : le lancement de Crew-9 a eu lieu à 17h17 UTC le 28 septembre 2024, "
        "et quelques heures plus tard j'ai photographié l'ISS au-dessus de Bordeaux.\n"
        "Matériel : Canon EOS 6D Mark II.",
    ],
)
def test_a_sentence_after_a_short_head_stays(text: str) -> None:
    first = text.split("\n")[0]
    assert first in (find_story(f"{STORY}\n\n{text}\n") or "")


def test_a_link_is_not_a_head() -> None:
    lines = ["https://example.org/photo.jpg", "Trealamh: ceamara Canon EOS R5"]
    assert not in_field_block(lines, 1)


@pytest.mark.parametrize(
    "line",
    [
        "Máquina: Fujifilm X-T3 com objetiva Fujinon XF 16mm f/1.4. Exposição de 6 s.",  # pt
        "Macchina: Nikon Z6 II con obiettivo Nikkor Z 20mm f/1.8 S",  # it
        "Objetivo: Samyang 14mm f/2.8 sobre trípode Manfrotto",  # es
    ],
)
def test_a_camera_or_lens_line_alone_under_its_own_word_is_no_story(line: str) -> None:
    assert find_story(f"{STORY}\n\n{line}\nThe sky was clear over the bay all night.\n") == (
        f"{STORY}\n\nThe sky was clear over the bay all night."
    )
