"""story: a mail whose only words point at the attachment ("Zie bijlage.", "В приложении.",
"Siehe Anhang.") has no story, in any language, the data being in the Subject or the fields;
a story beside such a note, or one that only mentions an attachment or Herschel, stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story

STORY = "The station crossed the Moon just as the clouds opened over the harbour."


@pytest.mark.parametrize(
    ("note", "closing", "name"),
    [
        ("Zie bijlage.", "Groet,\nBram", "Bram de Vries"),
        ("Zie de bijlage.", "Groetjes,\nBram", "Bram de Vries"),
        ("See attachment.", "Cheers,\nTom", "Tom Hale"),
        ("Please see the attached.", "Best,\nTom", "Tom Hale"),
        ("Siehe Anhang.", "Gruß\nJan", "Jan Keller"),
        ("Voir pièce jointe.", "Amitiés,\nPaul", "Paul Roux"),
        ("Ver archivo adjunto.", "Saludos,\nJuan", "Juan Gil"),
        ("Vedi allegato.", "Ciao,\nLuca", "Luca Neri"),
        ("Ver anexo.", "Abraço,\nJoão", "João Lima"),
        ("В приложении.", "С уважением,\nДмитрий", "Дмитрий Соколов"),
        ("См. вложение.", "С уважением,\nДмитрий", "Дмитрий Соколов"),
        ("Див. вкладення.", "З повагою,\nОлег", "Олег Коваль"),
        ("Viz příloha.", "S pozdravem,\nJan", "Jan Novák"),
        ("Katso liite.", "Terveisin,\nMatti", "Matti Virtanen"),
        ("Vezi atașamentul.", "Cu stimă,\nIon", "Ion Popescu"),
        ("Lihat lampiran.", "Salam,\nBudi", "Budi Santoso"),
        ("Xem tệp đính kèm.", "Thân,\nAn", "Nguyễn An"),
        ("Sien aanhangsel.", "Groete,\nPiet", "Piet Botha"),
        ("Se vedlegg.", "Hilsen,\nOla", "Ola Nordmann"),
        ("ראו קובץ מצורף.", "תודה,\nדני", "דני לוי"),
        ("انظر المرفق.", "مع التحية\nأحمد", "أحمد علي"),
        ("添付をご覧ください。", "田中", "田中 太郎"),
    ],
)
def test_a_note_pointing_at_the_attachment_alone_is_no_story(
    note: str, closing: str, name: str
) -> None:
    assert find_story(f"{note}\n\n{closing}\n\nSent from my iPhone\n", name) is None


@pytest.mark.parametrize(
    "note", ["Zie bijlage.", "В приложении.", "Siehe Anhang.", "Voir pièce jointe.", "Ver anexo."]
)
def test_a_note_pointing_at_the_attachment_leaves_the_story_beside_it(note: str) -> None:
    assert find_story(f"Hi,\n\n{note}\n\n{STORY}\n\nAnn\n", "Ann Lee") == STORY


@pytest.mark.parametrize(
    "story",
    [
        # trap: a longer sentence that mentions the attachment tells what the photo shows
        "In de bijlage zie je hoe de ISS precies voor de zon langs schoof boven Dwingeloo.",
        "В приложении снимок, где МКС проходит прямо над антеннами радиотелескопа в Пущино.",
        # trap: Herschel is a person here, and the sentence is the photographer's own
        "Like Herschel with his prism, I watched the Sun all morning before the transit.",
        "Herschel zou trots zijn geweest: de ISS stond precies voor de zon.",
    ],
)
def test_a_story_that_mentions_the_attachment_or_herschel_stays(story: str) -> None:
    assert find_story(f"Hello,\n\n{story}\n\nBram\n", "Bram de Vries") == story


def test_a_full_stop_before_a_lower_case_word_ends_no_sentence_of_a_note() -> None:
    # "См." is an abbreviation: "См. вложение." is one note, not a word and a note
    assert find_story("См. вложение.\n\nОлег\n", "Олег Коваль") is None
    # trap: a capital after the full stop starts a sentence that tells something
    text = "См. вложение. Станция прошла прямо над куполом обсерватории.\n\nОлег\n"
    assert find_story(text, "Олег Коваль") == (
        "См. вложение. Станция прошла прямо над куполом обсерватории."
    )
