"""A photographer answers our automatic reply with what it asked for (issue 13): the story is
the sender's new words that tell of the photo, never the answers, the apology for the missing
details, the hand-over line, nor the quoted reply's own words.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.story import find_story
from ipom_mail.pipeline.values import Fields
from tests.pipeline.test_fields_forward_frames import fields_of

_QUOTED_REPLY = (
    "> Hello,\n>\n> Thank you for your submission to the ISS Photo of the Month. It has the\n"
    "> reference IPOM-2026-0042.\n>\n> We received your photo, but we could not find:\n"
    "> - the date and time the photo was taken, in Universal Time (UT)\n"
    "> - the equipment you used (camera, lens or telescope, mount)\n>\n"
    "> Clear skies,\n> ISS Photo of the Month\n"
)


def _answer(body: str, quote_header: str) -> Fields:
    return fields_of(
        f"{body}\n\n{quote_header}\n{_QUOTED_REPLY}",
        "Noor Haddad <noor@example.org>",
        "Re: [IPOM-2026-0042] We received your ISS photo - some details are missing",
        "Thu, 07 May 2026 09:30:00 +0200",
    )


@pytest.mark.parametrize(
    ("apology", "told"),
    [
        (
            "vabandust, unustasin esimeses kirjas aja kirja panna.",
            "Jaam lendas otse üle suure teleskoobi kupli, mis oli just avatud.",
        ),
        (
            "Sorry, I forgot to put the time in the first mail.",
            "The station flew right over the dome of the big telescope.",
        ),
        (
            "Entschuldigung, in der ersten Mail fehlte die Uhrzeit.",
            "Die Station flog genau über die Kuppel des großen Teleskops.",
        ),
        (
            "Désolé, j'ai oublié de mettre l'heure dans le premier mail.",
            "La station est passée pile au-dessus de la coupole.",
        ),
        (
            "Perdón, se me olvidó poner la hora en el primer correo.",
            "La estación pasó justo sobre la cúpula del telescopio.",
        ),
        (
            "Przepraszam, w pierwszym mailu zapomniałem podać godziny.",
            "Stacja przeleciała dokładnie nad kopułą teleskopu.",
        ),
        # the time named first, the verb last (batch-36)
        (
            "Ospravedlňujem sa, čas som v prvom maili zabudol uviesť.",
            "Stanica preletela presne nad kupolou ďalekohľadu.",
        ),
        (
            "Perdoneu, no ho vaig indicar bé al primer correu.",
            "L'estació va passar just per sobre de la cúpula del telescopi.",
        ),
    ],
)
def test_an_apology_about_the_first_mail_leaves_and_the_story_after_it_stays(
    apology: str, told: str
) -> None:
    """Issue 13, batch-23: sorry, the first mail lacked the time; the next sentence tells."""
    body = f"Tere,\n\n{apology} Foto on tehtud 2. mail 2026 kell 16:52:07 UT. {told}\n\nNoor"
    fields = _answer(
        body, "On Wed, May 6, 2026 at 7:05 AM ISS Photo of the Month <ipom@example.org> wrote:"
    )
    assert fields.story == told


@pytest.mark.parametrize(
    "told",
    [
        "In the first frame the station is still hidden behind the old oak.",
        "We forgot to put the dew heater on, so the last frames of the pass are soft.",
        "Esimeses kaadris on jaam veel puu taga peidus.",
    ],
)
def test_a_sentence_about_the_first_frame_or_forgetting_the_time_stays(told: str) -> None:
    assert find_story(f"{told}\n") == told


@pytest.mark.parametrize(
    ("body", "quote_header", "story"),
    [
        pytest.param(
            "Ciao,\n\nscusate, avevo dimenticato i dati. Lo scatto è del 5 maggio 2026 alle "
            "22:31:05 ora italiana (UTC+2). Sopra la torre campanaria la scia si vedeva "
            "benissimo.\n\nNoor",
            "Il giorno mer 6 mag 2026 alle ore 07:05 ISS Photo of the Month "
            "<ipom@example.org> ha scritto:",
            "Sopra la torre campanaria la scia si vedeva benissimo.",
            id="it-story-beside-the-answer",
        ),
        pytest.param(
            "Hallo,\n\nhier die fehlenden Angaben. Aufgenommen am 5. Mai 2026 um 20:31:05 UT. "
            "Die Station zog genau über den Kirchturm hinweg.\n\nNoor",
            "Am Mi., 6. Mai 2026 um 07:05 schrieb ISS Photo of the Month <ipom@example.org>:",
            "Die Station zog genau über den Kirchturm hinweg.",
            id="de-missing-details-line",
        ),
        pytest.param(
            "안녕하세요,\n\n빠진 정보 보내드립니다. 사진은 2026년 5월 5일 오후 10시 31분 5초(한국 "
            "시간)에 찍었습니다. 다리 위로 ISS가 지나가는 모습이 정말 멋졌어요.\n\nNoor",
            "2026년 5월 6일 (수) 오전 7:05, ISS Photo of the Month <ipom@example.org>님이 작성:",
            "다리 위로 ISS가 지나가는 모습이 정말 멋졌어요.",
            id="ko-missing-details-line",
        ),
    ],
)
def test_an_answer_keeps_the_story_sentence_beside_its_answers(
    body: str, quote_header: str, story: str
) -> None:
    fields = _answer(body, quote_header)
    assert fields.taken_at is not None
    assert fields.story == story


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Oops, I forgot those! Here they are:\n\nTime: 2026-05-05 20:31:05 UT\n"
            "Camera: Nikon Z6 II, Nikkor Z 24-70mm f/4 S\n\nNoor",
            id="en-apology-and-hand-over",
        ),
        pytest.param(
            "Here is the equipment: Nikon Z6 II with a Nikkor Z 24-70mm f/4 S. I still need to "
            "check the exact time, I'll send it tomorrow.\n\nNoor",
            id="en-time-promised-for-later",
        ),
        pytest.param(
            "Hola:\n\nel equipo fue una Nikon Z6 II con un Nikkor Z 24-70mm f/4 S. La hora exacta "
            "todavía la tengo que mirar, os la paso mañana.\n\nNoor",
            id="es-time-promised-for-later",
        ),
    ],
)
def test_an_answer_with_only_answers_and_mail_talk_has_no_story(body: str) -> None:
    fields = _answer(
        body, "On Wed, May 6, 2026 at 7:05 AM ISS Photo of the Month <ipom@example.org> wrote:"
    )
    assert fields.story is None
    assert fields.equipment


def test_a_local_time_in_brackets_restating_the_ut_time_leaves_the_ut_time() -> None:
    fields = _answer(
        "Sorry, I forgot those!\n\nTime: May 5, 2026, 02:31:05 UT (that's 10:31:05 PM EDT on "
        "the 4th)\nEquipment: Nikon Z6 II\n\nNoor",
        "On Wed, May 6, 2026 at 7:05 AM ISS Photo of the Month <ipom@example.org> wrote:",
    )
    assert fields.taken_at == datetime(2026, 5, 5, 2, 31, 5, tzinfo=UTC)
    assert fields.story is None
