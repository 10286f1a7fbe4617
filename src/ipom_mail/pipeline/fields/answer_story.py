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
from ipom_mail.pipeline.fields.errand import courts
from ipom_mail.pipeline.fields.forward import sentences_of, without_mail_talk

_CJK_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{6}")
_STORY_WORDS = 3  # "Worth the wait." tells; "Best, Ana" does not
_CLAUSE_GAP = re.compile(r"[,;]\s+")
_CLAUSE_WORDS = 4  # "fra hytta vår på Hvaler" tells; "as you asked" does not


def _answers(sentence: str) -> bool:
    """Whether a sentence answers one of the reply's questions: it gives a value (a digit: a
    time, a date, a figure), names equipment, or announces the answers under it ("Here you
    go:", "Ecco i dati:")."""
    said = sentence.strip()
    return said.endswith((":", "：")) or any(c.isdigit() for c in said) or bool(text_items(said))


def _told_beside(sentence: str) -> str:
    """The clauses after an answer's first that give no value and still tell: four words or
    more, no hope nor mail talk ("… kl. 22:47 norsk tid, fra hytta vår på Hvaler." → "fra
    hytta vår på Hvaler."; "…, as you asked." → "")."""
    clauses = [" ".join(c.split()) for c in _CLAUSE_GAP.split(sentence.strip())[1:]]
    return ", ".join(
        c
        for c in clauses
        if len(c.split()) >= _CLAUSE_WORDS
        and not (_answers(c) or courts(c))
        and without_mail_talk(c, below=True).strip() == c
    )


def answer_story(story: str | None) -> str | None:
    """The story of a mail answering our reply: its sentences that give no value, kept where
    they still tell something (three words, or six CJK characters)."""
    if story is None:
        return None
    kept: list[str] = []
    for paragraph in story.split("\n\n"):
        said = [_told_beside(s) if _answers(s) else s.strip() for s in sentences_of(paragraph)]
        told = " ".join(x for x in said if x).strip()
        if told:
            kept.append(told)
    tells = any(len(p.split()) >= _STORY_WORDS or _CJK_TEXT.search(p) for p in kept)
    return "\n\n".join(kept) if tells else None
