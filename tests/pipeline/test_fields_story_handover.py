"""story: a mail whose only words hand over a link to the photo ("As requested, here is the
link to the full-resolution photo:") has no story, in any language."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story

LINK = "https://example.org/s/full-res-iss"


@pytest.mark.parametrize(
    "handover",
    [
        "As requested, here's the full-res version:",
        "Wie besprochen, hier kommt der Link zur vollen Auflösung:",
        "Comme convenu, voici le lien :",
        "Como me pedisteis, aquí os dejo el enlace a la foto en alta resolución:",
        "Come richiesto, ecco il link alla foto a piena risoluzione:",
        "Conforme combinado, segue o link da foto em alta resolução:",
        "Zoals gevraagd, hierbij de link naar de foto:",
        "Zgodnie z prośbą przesyłam link do zdjęcia w pełnej rozdzielczości:",
        "Jak jste chtěli, posílám odkaz na snímek v plném rozlišení:",
        "Как договаривались, вот ссылка на фото в полном разрешении:",
        "Som lovet, her er linket:",
        "Kuten pyysitte, tässä linkki:",
        "Kā norunāts, šeit ir saite:",
    ],
)
def test_a_mail_that_only_hands_over_a_link_has_no_story(handover: str) -> None:
    assert find_story(f"Hi,\n\n{handover}\n{LINK}\n\nBest,\nAnn\n") is None


def test_a_link_handed_over_beside_a_story_leaves_the_story_told() -> None:
    body = f"Here's the full-res version:\n{LINK}\n\nThe ISS crossed the Moon over the bay.\n"
    story = find_story(body)
    assert story is not None and "crossed the Moon over the bay" in story


@pytest.mark.parametrize(
    "resend",
    [
        "Re-sending my earlier mail, I'm not sure it got through.",
        "Je renvoie mon message de lundi.",
        "Skickar vidare mitt mejl från i fredags.",
        "Przesyłam ponownie, bo chyba nie doszło.",
        "Пересылаю своё письмо ещё раз.",
    ],
)
def test_a_sentence_resending_the_senders_own_mail_is_not_story(resend: str) -> None:
    story = "The ISS crossed the Moon over the bay."
    assert find_story(f"{resend}\n\n{story}\n") == story
