"""The story of a mail answering our automatic reply: the sender's new words that tell of the
photo, never the answers to the reply's questions nor the reply's own words.

A follow-up ("Re: [IPOM-2027-0203] …") answers what the reply asked: "The time was 21:34 UT",
"Camera: Canon EOS R7". Those sentences give values, not a story; a sentence beside them in
the same paragraph may still tell the photo's story ("La scia della ISS passa proprio sopra il
Castello Svevo"), so the answer is read sentence by sentence. The reply's quoted text is no
part of the sender's own text (quoted.py); the apology for the missing details ("Sorry, I
forgot those!", data/mail_words.toml [mail_talk]) is left out by the story reader itself.
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.equipment import text_items
from ipom_mail.pipeline.fields.forward import sentences_of

_CJK_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{6}")
_STORY_WORDS = 3  # "Worth the wait." tells; "Best, Ana" does not


def _answers(sentence: str) -> bool:
    """Whether a sentence answers one of the reply's questions: it gives a value (a digit: a
    time, a date, a figure), names equipment, or announces the answers under it ("Here you
    go:", "Ecco i dati:")."""
    said = sentence.strip()
    return said.endswith((":", "：")) or any(c.isdigit() for c in said) or bool(text_items(said))


def answer_story(story: str | None) -> str | None:
    """The story of a mail answering our reply: its sentences that give no value, kept where
    they still tell something (three words, or six CJK characters)."""
    if story is None:
        return None
    kept: list[str] = []
    for paragraph in story.split("\n\n"):
        told = " ".join(s.strip() for s in sentences_of(paragraph) if not _answers(s)).strip()
        if told:
            kept.append(told)
    tells = any(len(p.split()) >= _STORY_WORDS or _CJK_TEXT.search(p) for p in kept)
    return "\n\n".join(kept) if tells else None
