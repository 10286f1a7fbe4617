"""A story that only says the photo is sent: no story (data/mail_words.toml [sending]).

"링크 보내드립니다", "Voici ma photo : prise le 3 mars à 19h21 TU. La photo est ici : <link>",
"pic attached. clear skies", "Billede vedhæftet 👍" tell the curator nothing the fields do
not already hold. Every sentence must say so: a sending sentence, a short one saying the
photo is attached ([attached]), or, beside those, a friendly word alone ([pleasantry]) or
an emoji.
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.labels import mail_pattern

_SENTENCES = re.compile(r"(?<=[.!?。！？])\s+|\n+")
_SHORT = 6  # words: "the photo is attached" says that; a longer sentence may say more


def only_sending(story: str) -> bool:
    """Whether every sentence of the story says that the photo is sent or where it is."""
    sentences = [s.strip() for s in _SENTENCES.split(story) if s.strip()]
    says_sent = [_says_sent(s) for s in sentences]
    return any(says_sent) and all(
        sent or _friendly(s) for s, sent in zip(sentences, says_sent, strict=True)
    )


def _says_sent(sentence: str) -> bool:
    if mail_pattern("sending").search(sentence):
        return True
    return len(sentence.split()) <= _SHORT and bool(mail_pattern("attached").search(sentence))


def _friendly(sentence: str) -> bool:
    """A sentence with no word (an emoji, "!!"), or one friendly word alone."""
    bare = re.sub(r"[^\w\s]", " ", sentence).strip().casefold()
    if not bare:
        return True
    return (
        re.fullmatch(rf"(?:{mail_pattern('pleasantry').pattern})", " ".join(bare.split()), re.I)
        is not None
    )
