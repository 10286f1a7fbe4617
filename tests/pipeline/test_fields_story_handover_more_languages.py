"""story: an opening paragraph that only hands the entry over, in Hindi, Urdu, Bengali and Persian
with the verb last ("मैं ISS फोटो ऑफ़ द मंथ के लिए अपनी तस्वीर भेज रहा हूँ।") or in Vietnamese,
Indonesian, Hebrew and Arabic with it first, is no story; one that says what, where or when
the photo shows stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story


@pytest.mark.parametrize(
    ("handover", "shows"),
    [
        (
            "मैं ISS फोटो ऑफ़ द मंथ के लिए अपनी तस्वीर भेज रहा हूँ।",
            "यह तस्वीर मैंने हानले में ली, जहाँ अंतरिक्ष स्टेशन आकाशगंगा के ऊपर से गुज़रा।",
        ),
        (
            "मैं इस महीने की प्रतियोगिता के लिए अपनी फ़ोटो भेज रही हूँ।",
            "स्टेशन जयपुर के हवा महल के ठीक ऊपर से गुज़रा।",
        ),
        (
            "میں ISS فوٹو آف دی منتھ کے لیے اپنی تصویر بھیج رہا ہوں۔",
            "اسٹیشن بادشاہی مسجد کے میناروں کے اوپر سے گزرا۔",
        ),
        (
            "আমি ISS ফটো অফ দ্য মান্থের জন্য আমার ছবি পাঠাচ্ছি।",
            "স্টেশনটি কক্সবাজারের সৈকতের ঠিক উপর দিয়ে গেল।",
        ),
        (
            "عکس خودم را برای ISS Photo of the Month ارسال می‌کنم.",
            "ایستگاه درست از بالای برج آزادی گذشت.",
        ),
        (
            "Tôi xin gửi bức ảnh của tôi cho ISS Photo of the Month.",
            "Trạm vũ trụ bay ngang qua ngay trên cầu Long Biên.",
        ),
        (
            "Saya mengirimkan foto saya untuk ISS Photo of the Month.",
            "Stasiun melintas tepat di atas Candi Borobudur.",
        ),
        ("מצרף את התמונה שלי לתחרות ISS Photo of the Month.", "התחנה חלפה ממש מעל מגדל דוד."),
        ("أرسل صورتي لمسابقة ISS Photo of the Month.", "مرت المحطة فوق برج المملكة مباشرة."),
    ],
)
def test_an_opening_that_only_hands_over_the_entry_is_no_story(handover: str, shows: str) -> None:
    assert find_story(f"{handover}\n\n{shows}\n") == shows


@pytest.mark.parametrize(
    "presents",
    [
        "मैं हानले से ली गई ISS की अपनी तस्वीर भेज रहा हूँ।",
        "मैं कल रात जयपुर से ली गई अपनी तस्वीर भेज रहा हूँ।",
        "Tôi xin gửi bức ảnh chụp trạm vũ trụ trên cầu Long Biên tối qua.",
        "Saya mengirimkan foto ISS di atas Candi Borobudur tadi malam.",
    ],
)
def test_an_opening_that_says_what_or_where_stays(presents: str) -> None:
    story = find_story(f"{presents}\n\nThe station crossed at 21:14 UT.\n")
    assert story is not None and story.startswith(presents)
