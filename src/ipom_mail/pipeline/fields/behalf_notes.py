"""The sender's notes about sending for someone else, which are no story: "I am sending this
on behalf of my student Aarav Menon, who does not yet have his own email ID.", "Estou enviando
em nome do meu marido, Rafael Nogueira, que não usa e-mail." (data/mail_words.toml
[on_behalf] `all`, `genitive`; [behalf_notes]; data/name_cases.toml `after`).

Only a sentence without a clock time, that notes the person has no mail of their own or only
says it is sent for them: the sentences about the photo, in the third person too ("He
photographed the station…", "Ele fotografou…"), and a long one sending "a foto que ela fez da
Estação passando bem ao lado das Três Marias", are the story. "Thanks to my friend Tom for
the lift" sends for nobody.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.behalf_cases import caseless_sent_for, sending_words
from ipom_mail.pipeline.fields.clock import find_times
from ipom_mail.pipeline.fields.forward import sentences_of
from ipom_mail.pipeline.fields.labels import mail_data, word_pattern

_SHORT = 12  # words: "I am sending this on behalf of my son Tom Lee." says no more


@cache
def _sending_for() -> re.Pattern[str]:
    """The words that say the mail is sent for someone ("on behalf of", "em nome do")."""
    data = mail_data()
    named = [*data["on_behalf"]["all"], *data["on_behalf"]["genitive"], *sending_words()]
    return word_pattern(named)


@cache
def _notes() -> re.Pattern[str]:
    """The sender's notes on the person sent for: no mail of their own ([behalf_notes])."""
    return word_pattern([w for ws in mail_data()["behalf_notes"].values() for w in ws])


def _about_sending(sentence: str) -> bool:
    """Whether a sentence is about sending for someone, with no clock time of the photo: it
    notes the person has no mail of their own, or it is short and sends for them ("…, a foto
    que ela fez da Estação passando bem ao lado das Três Marias" tells the photo: it stays)."""
    if find_times(sentence):
        return False
    flat = " ".join(sentence.split())  # "que ainda não tem\nemail": wrapped over two lines
    named = caseless_sent_for(flat) or ""  # "बेटे आरव शर्मा की ओर से": the name's words not counted
    sends = _sending_for().search(flat) is not None or bool(named)
    short = len(flat.split()) - len(named.split()) <= _SHORT
    return (short and sends) or _notes().search(flat) is not None


def without_behalf_notes(story: str) -> str:
    """The story without the sender's sentences about sending for someone else; a paragraph
    left empty goes. The story as it is when it does not say it is sent for someone."""
    flat = " ".join(story.split())
    if not (_sending_for().search(flat) or _notes().search(flat) or caseless_sent_for(flat)):
        return story
    kept: list[str] = []
    for paragraph in story.split("\n\n"):
        sentences = sentences_of(paragraph)
        left = [x.strip() for x in sentences if not _about_sending(x)]
        if len(left) == len(sentences):
            kept.append(paragraph)
        elif left:
            kept.append(" ".join(left))
    return "\n\n".join(kept)
