"""story: thanks dressed with the speaker's pronoun or a humble verb before it and a politeness
particle after it ("Em cảm ơn ạ!", "ผมขอขอบคุณครับ", "Saya ucapkan terima kasih.", "आपका बहुत
धन्यवाद") close the mail as a bare "thanks" does, on their own line or after the story's last
sentence; a sentence that thanks a helper and tells the photo, or only looks like thanks,
stays (issue 13, batch-19)."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story

STORIES = {
    "vi": "Trạm bay rất sáng, phản chiếu cả xuống mặt hồ Xuân Hương.",
    "th": "สถานีอวกาศสว่างมากและบินผ่านเหนือเจดีย์บนดอยอินทนนท์พอดี",
    "id": "Langit Bandung jarang secerah ini, ISS melintas tepat di atas kubah.",
    "hi": "स्टेशन बहुत चमकीला था और आकाशगंगा के ऊपर से गुज़रा।",
}


def _story(lang: str, closing: str, name: str = "Minh Tuấn") -> str | None:
    return find_story(f"Xin chào,\n\n{STORIES[lang]}\n\n{closing}\n{name}\n", name)


@pytest.mark.parametrize(
    ("lang", "closing"),
    [
        ("vi", "Em cảm ơn ạ!"),
        ("vi", "Cháu xin cảm ơn ạ."),
        ("vi", "Mình cảm ơn nhiều nhé!"),
        ("vi", "Tôi xin chân thành cảm ơn!"),
        ("vi", "Em xin cảm ơn ban biên tập nhiều ạ!"),
        ("th", "ขอบพระคุณครับ"),
        ("th", "ผมขอขอบคุณครับ"),
        ("id", "Saya ucapkan terima kasih."),
        ("id", "Sekian dan terima kasih."),
        ("hi", "बहुत-बहुत धन्यवाद।"),
        ("hi", "आपका बहुत धन्यवाद"),
    ],
)
def test_thanks_with_a_pronoun_or_a_particle_closes_the_mail(lang: str, closing: str) -> None:
    assert _story(lang, closing) == STORIES[lang]


@pytest.mark.parametrize(
    ("story", "kept"),
    [
        (
            "Trạm bay rất sáng, phản chiếu cả xuống mặt hồ. Em cảm ơn ạ!",
            "Trạm bay rất sáng, phản chiếu cả xuống mặt hồ.",
        ),
        ("Trạm bay rất sáng. Cảm ơn trước nhé!", "Trạm bay rất sáng."),
        (
            "Langit Bandung jarang secerah ini. Kami mengucapkan terima kasih atas kesempatan ini.",
            "Langit Bandung jarang secerah ini.",
        ),
    ],
)
def test_such_thanks_after_the_story_sentence_leaves(story: str, kept: str) -> None:
    assert find_story(f"Hi,\n\n{story}\n\nDimas\n", "Dimas") == kept


@pytest.mark.parametrize(
    "story",
    [
        # thanks to a helper who drove the photographer up the hill: the photo's story
        "Cảm ơn anh Hùng đã chở em lên đồi Robin để chụp.",
        # "I felt happy": "cảm thấy" is no thanks
        "Em cảm thấy rất vui khi chụp được trạm bay qua hồ Xuân Hương.",
        # thanks to a friend who kept company: a credit
        "Terima kasih kepada teman saya Budi yang menemani saya di Lembang malam itu.",
        # "I'd like to send a photo": a pronoun and a humble verb, no thanks
        "ผมขอส่งภาพสถานีอวกาศบินผ่านดอยอินทนนท์ครับ",
    ],
)
def test_a_sentence_that_only_looks_like_such_thanks_stays(story: str) -> None:
    assert find_story(f"Hi,\n\n{story}\n\nDimas\n", "Dimas") == story
