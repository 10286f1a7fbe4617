"""story: a postscript telling of another gathering is news, not story (issue 13, batch-15).
"P.S. Vi segnalo anche la nostra star party…" leaves; a postscript about the photo itself,
or one naming the photo, pass or station beside the gathering, stays. Sentences written for
these tests (data/labels.toml [postscript], [events])."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.other_events import postscript_news
from ipom_mail.pipeline.fields.story import find_story

SENT = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)
STORY = "The ISS crossed the Moon right over the old church."

NEWS = [
    "P.S. Our star party on 14 November was a great success: over 60 visitors came.",
    "PS: Also, last week's open night at the observatory drew 80 people and four telescopes.",
    "P.S. Ich möchte noch auf unseren Beobachtungsabend vom 14. November hinweisen: 50 Gäste!",
    "P.S. Je vous signale aussi notre soirée d'observation du 14 novembre, plus de 70 curieux.",
    "P.D. Os cuento también que la reunión del club del 14 de noviembre fue un éxito.",
    "PS. Ook onze waarneemavond van 14 november was druk bezocht, zo'n 60 mensen.",
    "PS. Nasz ostatni pokaz nieba 14 listopada przyciągnął ponad 80 osób.",
    "Υ.Γ. Η βραδιά παρατήρησης της 14ης Νοεμβρίου είχε πάνω από 60 επισκέπτες.",
    "追伸：先週の観望会には80人以上が参加しました。",
    "추신: 지난주 관측회에는 80명이 넘게 왔습니다.",
]


@pytest.mark.parametrize("news", NEWS)
def test_a_postscript_about_another_gathering_is_not_story(news: str) -> None:
    assert postscript_news(news)
    assert find_story(f"{STORY}\n\n{news}\n", sent=SENT) == STORY


def test_a_postscript_alone_on_its_line_before_the_news_goes_with_it() -> None:
    body = f"{STORY}\n\nP.S.\nThe club's open night on 14 November drew 80 people.\n"
    assert find_story(body, sent=SENT) == STORY


@pytest.mark.parametrize(
    "postscript",
    [
        "P.S. The photo was taken during our star party on 14 November.",
        "PS: I caught the pass at the club's open night, with the whole club cheering.",
        "P.S. Das Foto entstand bei unserem Beobachtungsabend, die ISS kam genau über uns.",
        "P.D. La foto la hice durante la reunión del club en la azotea.",
        "追伸：この写真は観望会の最中に撮影しました。",
        "P.S. The panels flared twice just before the station faded.",
        # no postscript mark: the older rules decide, a past gathering stays
        "Our star party on 14 November was where I first saw it.",
    ],
)
def test_a_postscript_about_the_photo_stays_story(postscript: str) -> None:
    assert not postscript_news(postscript)
    assert postscript in (find_story(f"{STORY}\n\n{postscript}\n", sent=SENT) or "")
