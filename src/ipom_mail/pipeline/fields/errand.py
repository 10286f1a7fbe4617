"""A story that only says the photo is sent: no story (data/mail_words.toml [sending]).

"링크 보내드립니다", "Voici ma photo : prise le 3 mars à 19h21 TU. La photo est ici : <link>"
tell the curator nothing the fields do not already hold. Every sentence must say so.
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.labels import mail_pattern

_SENTENCES = re.compile(r"(?<=[.!?。！？])\s+|\n+")


def only_sending(story: str) -> bool:
    """Whether every sentence of the story says that the photo is sent or where it is."""
    sentences = [s for s in _SENTENCES.split(story) if s.strip()]
    sending = mail_pattern("sending")
    return bool(sentences) and all(sending.search(s) for s in sentences)
