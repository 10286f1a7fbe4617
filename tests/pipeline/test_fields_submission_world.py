"""Whether a mail is a submission, in the languages batch-11 brought (issue 13): a photo
mail in Hebrew, Persian, Arabic, Hindi, Bengali, Vietnamese, Swahili, Icelandic, Basque,
Malay, Filipino or Thai is read without an attachment when it speaks of the photo, the
pass or sending it in; a newsletter or a question without a photo gives no values.
Sentences written for these tests (data/submission.toml)."""

from __future__ import annotations

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.stages import check_message
from tests.pipeline.test_fields_submission import _empty, _raw


def _read(body: str, subject: str) -> bool:
    fields = check_message(_raw(body, subject), Config()).fields
    return not any(n.startswith("not a submission") for n in fields.notes)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("מעבר אתמול", "מצורף קובץ מהמעבר של אתמול, 12.5.2024 בשעה 21:34 UTC, Canon EOS R6."),
        ("عبور دیشب", "پیوست: عبور دیشب، ۲۲ اردیبهشت، ساعت 21:34 UTC، Canon EOS R6"),
        ("مرور أمس", "مرفق مرور المحطة ليلة أمس الساعة 21:34 UTC، Canon EOS R6"),
        ("कल रात", "संलग्न: कल रात 21:34 UTC का पारगमन, Canon EOS R6"),
        ("গতকাল", "সংযুক্ত করলাম গতকালের অতিক্রমণ, 21:34 UTC, Canon EOS R6"),
        ("Tối qua", "Đính kèm hình trạm bay qua tối qua lúc 21:34 UTC, Canon EOS R6."),
        ("Jana usiku", "Nimeambatisha kupita kwa kituo jana saa 21:34 UTC, Canon EOS R6."),
        ("Í gærkvöldi", "Í viðhengi er yfirflugið í gærkvöldi kl. 21:34 UTC, Canon EOS R6."),
        ("Atzo gauean", "Erantsita doa atzo gaueko igarotzea, 21:34 UTC, Canon EOS R6."),
        ("Malam tadi", "Dilampirkan laluan stesen malam tadi pada 21:34 UTC, Canon EOS R6."),
        ("Kagabi", "Nakalakip ang kuha ko kagabi, 21:34 UTC, Canon EOS R6."),
        ("เมื่อคืน", "แนบไฟล์การโคจรผ่านเมื่อคืน 21:34 UTC กล้อง Canon EOS R6"),
    ],
)
def test_a_submission_in_more_languages_is_read_without_an_attachment(
    subject: str, body: str
) -> None:
    assert _read(body, subject)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "ניוזלטר המועדון",
            "מעבר של תחנת החלל ב-14 במאי 2024 בשעה 21:34 UTC, גובה מרבי 67°.\n"
            "להסרה מרשימת התפוצה השיבו 'הסר'.",
        ),
        (
            "النشرة الإخبارية للنادي",
            "مرور محطة الفضاء الدولية يوم 14 مايو 2024 الساعة 21:34 UTC، أقصى ارتفاع 67 درجة.\n"
            "لإلغاء الاشتراك راسلونا.",
        ),
        (
            "خبرنامه انجمن",
            "عبور ایستگاه فضایی در ۲۴ اردیبهشت ساعت 21:34 UTC، حداکثر ارتفاع ۶۷ درجه.\n"
            "برای لغو اشتراک پاسخ دهید.",
        ),
        (
            "क्लब न्यूज़लेटर",
            "अंतरिक्ष स्टेशन 14 मई 2024 को 21:34 UTC पर दिखेगा, अधिकतम ऊँचाई 67°।\n"
            "सदस्यता समाप्त करने के लिए उत्तर दें।",
        ),
        (
            "Bản tin câu lạc bộ",
            "Trạm vũ trụ quốc tế bay qua ngày 14/5/2024 lúc 21:34 UTC, độ cao cực đại 67°.\n"
            "Hủy đăng ký: news@example.vn",
        ),
        (
            "Fréttabréf félagsins",
            "Geimstöðin fer yfir 14. maí 2024 kl. 21:34 UTC, hámarkshæð 67°.\n"
            "Afskráning: news@example.is",
        ),
    ],
)
def test_a_newsletter_in_more_languages_without_a_photo_gives_no_values(
    subject: str, body: str
) -> None:
    assert _empty(check_message(_raw(body, subject), Config()).fields)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "שאלה",
            "שלום, האם אתם מקבלים גם תמונות מטלפון? עדיין אין לי תמונה של תחנת החלל. "
            "המעבר הבא ב-21:34 UTC, גובה מרבי 70°, המצלמה שלי Canon EOS R6.",
        ),
        (
            "سؤال",
            "مرحبا، هل تقبلون صورا من الهاتف؟ ليس لدي أي صورة بعد لمحطة الفضاء. "
            "المرور القادم الساعة 21:34 UTC، أقصى ارتفاع 70 درجة، كاميرتي Canon EOS R6.",
        ),
        (
            "پرسش",
            "سلام، آیا عکس‌های گوشی را هم می‌پذیرید؟ هنوز هیچ عکسی از ایستگاه فضایی ندارم. "
            "عبور بعدی ساعت 21:34 UTC، حداکثر ارتفاع ۷۰ درجه، دوربین من Canon EOS R6.",
        ),
        (
            "प्रश्न",
            "नमस्ते, क्या मैं भाग ले सकता हूँ? मेरे पास अभी तक कोई तस्वीर नहीं है। "
            "अगला पारगमन 21:34 UTC, अधिकतम ऊँचाई 70°, मेरा कैमरा Canon EOS R6।",
        ),
        (
            "Câu hỏi",
            "Chào anh chị, em có thể tham gia không? Em chưa có ảnh nào của trạm vũ trụ. "
            "Lần bay qua tới lúc 21:34 UTC, độ cao cực đại 70°, máy Canon EOS R6.",
        ),
        (
            "Swali",
            "Habari, mnakubali picha za simu? Bado sina picha ya kituo cha anga. Kupita "
            "kunakofuata ni saa 21:34 UTC, mwinuko wa juu wa 70°, kamera yangu Canon EOS R6.",
        ),
        (
            "Soalan",
            "Salam, adakah anda menerima gambar dari telefon? Saya belum ada gambar stesen "
            "angkasa. Laluan seterusnya 21:34 UTC, ketinggian maksimum 70°, kamera Canon EOS R6.",
        ),
    ],
)
def test_a_question_in_more_languages_without_a_photo_gives_no_values(
    subject: str, body: str
) -> None:
    assert _empty(check_message(_raw(body, subject), Config()).fields)
