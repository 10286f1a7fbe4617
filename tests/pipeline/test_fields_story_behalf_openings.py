"""story: the opening of a mail written for someone else ("I'm sending this on behalf of my
husband, Dave Kowalczyk, who doesn't do email", "Пишу от имени моего сына …, своей почты у
него пока нет", "मैं अपने बेटे आरव शर्मा की ओर से यह तस्वीर भेज रहा हूँ।") is no story, wrapped
over two lines too; the sentences about the photo stay. "की ओर से" after a direction ("from
the west") sends for nobody."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.behalf_notes import without_behalf_notes

PHOTO = "The station crossed right over the lighthouse."


@pytest.mark.parametrize(
    "note",
    [
        "I'm sending this on behalf of my husband, Dave Kowalczyk, who doesn't do email if he"
        " can help it.",
        "Estou escrevendo em nome do meu filho, Lucas Ferreira, de 13 anos, que ainda não tem\n"
        "email 😊",
        "Пишу от имени моего сына Андрея Козлова, ему 15 лет, своей почты у него пока нет.",
        "Надсилаю від імені мого сина Тараса Коваленка, у нього поки немає власної пошти.",
        "Piszę w imieniu mojego syna Jana Nowaka, który nie ma jeszcze własnego maila.",
        "मैं अपने बेटे आरव शर्मा की ओर से यह तस्वीर भेज रहा हूँ।",
        "میں اپنے بیٹے آرو شرما کی طرف سے یہ تصویر بھیج رہا ہوں۔",
    ],
)
def test_the_opening_of_a_mail_written_for_someone_is_no_story(note: str) -> None:
    assert without_behalf_notes(f"{note}\n\n{PHOTO}") == PHOTO


@pytest.mark.parametrize(
    "story",
    [
        # a direction, not a person: "the station came from the west"
        "स्टेशन पश्चिम की ओर से आया और सीधे मंदिर के ऊपर से गुज़रा।",
        # a son with no name sent for is no opening either
        "मेरे बेटे ने छत से यह तस्वीर ली।",
        # the long sentence that tells the photo stays
        "On behalf of my son Tom Lee, here is the photo he took of the ISS skimming the top of"
        " the old lighthouse while the fog rolled in from the bay.",
    ],
)
def test_a_sentence_that_sends_for_nobody_or_tells_the_photo_stays(story: str) -> None:
    assert without_behalf_notes(f"{story}\n\n{PHOTO}") == f"{story}\n\n{PHOTO}"
