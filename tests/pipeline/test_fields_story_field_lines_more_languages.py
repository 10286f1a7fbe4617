"""An equipment, time or height line in Hebrew, Arabic, Persian, Afrikaans or Icelandic is a field
line, never story (batch-30: "ציוד: Nikon Z6 II …", "المعدات: كاميرا Canon EOS R5 …" were
quoted in the story), while a sentence that only holds the same word stays story."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_fields

_OPENING = {
    "he": "מצורפת התמונה שלי של תחנת החלל הבינלאומית חולפת מעל מכתש רמון בשמיים חשוכים.",
    "ar": "أرسل لكم صورتي لمحطة الفضاء الدولية وهي تعبر فوق الكثبان الرملية في ليلة صافية.",
    "fa": "عکس عبور ایستگاه فضایی بین‌المللی از آسمان کویر مرنجاب را برایتان می‌فرستم.",
    "af": "Hier is my foto van die ISS wat oor die SALT-teleskoop by Sutherland trek.",
    "is": "Hér er myndin mín af geimstöðinni yfir Þingvöllum í heiðskíru veðri.",
}
_FIELD_LINE = {
    "he": "ציוד: Nikon Z6 II עם עדשת Nikkor Z 14-24mm f/2.8 S על חצובה Manfrotto 055",
    "ar": "المعدات: كاميرا Canon EOS R5 مع عدسة Canon RF 15-35mm f/2.8L",
    "fa": "تجهیزات: دوربین Sony A7 IV با لنز Sony FE 24mm f/1.4 GM",
    "af": "Toerusting: Nikon D850 met 'n Sigma 14mm f/1.8 DG HSM Art",
    "is": "Búnaður: Nikon Z6 II með Nikkor Z 20mm f/1.8 S linsu",
}
_TIME_LINE = {
    "he": "שעה: 20:12 שעון ישראל",
    "ar": "الوقت: 19:48:30 بتوقيت الإمارات",
    "fa": "ساعت: ۲۰:۳۵ به وقت تهران",
    "af": "Tyd: 18:52 SA-tyd",
    "is": "Tími: 22:14 UTC",
}


@pytest.mark.parametrize("lang", sorted(_FIELD_LINE))
def test_an_equipment_line_alone_is_not_story(lang: str) -> None:
    body = f"{_OPENING[lang]}\n\n{_FIELD_LINE[lang]}\n\nNoa\n"
    story = mail_fields("ISS", body).story or ""
    assert _OPENING[lang] in story
    assert _FIELD_LINE[lang].split(":")[0] not in story


@pytest.mark.parametrize("lang", sorted(_TIME_LINE))
def test_a_time_line_alone_is_not_story(lang: str) -> None:
    body = f"{_OPENING[lang]}\n\n{_TIME_LINE[lang]}\n\nNoa\n"
    story = mail_fields("ISS", body).story or ""
    assert _OPENING[lang] in story and _TIME_LINE[lang] not in story


def test_a_sentence_that_only_holds_the_word_stays_story() -> None:
    said = "Die toerusting was eenvoudig, net my ou kamera en 'n driepoot, niks meer nie."
    body = f"{_OPENING['af']}\n{said}\n\nPieter\n"
    assert said in (mail_fields("ISS", body).story or "")
