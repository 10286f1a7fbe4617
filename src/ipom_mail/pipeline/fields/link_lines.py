"""The lines around the photo's link in a story: the link alone or under a short label (a
field line of the links; a profile's link after a few words naming its site, "O Instagram
dele é https://www.instagram.com/…", too), and a sentence over it that only hands it over.

"O arquivo ficou grande demais para anexar, segue o link do WeTransfer:" above the link tells
the curator nothing the links field does not hold (issue 13, batch-18): after the story's
first words, a sentence ending with a colon over a link line, naming a link or a file service
(data/mail_words.toml [link_words]), is left out. As the story's opening it stays ("The video
was too big to attach, so here it is on Dropbox:" is story in the project's own set).
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.labels import mail_pattern
from ipom_mail.pipeline.fields.links import is_profile_page

# A link alone, or under a short label ("Foto: https://…", "Full res: https://…", "사진 링크: …")
_URL_ONLY = re.compile(r"^\s*(?:([^:：\n]{1,40})[:：]\s*)?(?:<?(https?://\S+?)>?\s*)+$")
_LABEL_WORDS = 3  # "Foto en alta": a label; "here is the link": a sentence pointing at it
_LINK_LABEL_WORDS = 5  # "Enlace al vídeo completo", "Link to the full video": a label naming a link
_PROFILE_LABEL_WORDS = 6  # "More of my stuff", "Mehr Bilder von mir auf": over a profile page
_POINTING = re.compile(
    r"^\W*(?:here|this|that|it|voici|voilà|ecco|aquí|aqui|hier|tady|itt|tu|i|we|ich|wir|je|"
    r"nous|yo|io|eu|ik|jag|jeg)\b|[.!?。！？]\s",
    re.I,
)
# a link after a few words naming its own site, no colon: "O Instagram dele é https://…"
_SITE_HEADED = re.compile(
    r"^\s*+([^:：\n]{1,40}?)\s+<?https?://(?:www\.|m\.)?([^/\s.]+)\.[^\s>]+>?\s*$", re.I
)
_SITE_HEAD_WORDS = 5
_SITE_LINE = 300  # characters: a longer line is no link under a few words
_SITE_NAME = 4  # letters: "instagram", "flickr", "youtube"; no "x" or "vk" found inside a word
_LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?。！？])\s+|(?<=[。！？]))(?=[^.!?。！？]*$)")


def link_line(line: str) -> bool:
    """Whether a line is a link alone or under a short label: a field line of the links; over
    a profile page the label may be longer ("More of my stuff: https://www.instagram.com/…").
    A sentence pointing at the link ("here is the link: …", "I put it up: …") is not one."""
    m = _URL_ONLY.match(line)
    if m is None:
        return _site_headed(line)
    head = (m.group(1) or "").strip()
    most = _PROFILE_LABEL_WORDS if is_profile_page(m.group(2)) else _label_words(head)
    return len(head.split()) <= most and not _POINTING.search(head)


def _label_words(head: str) -> int:
    """How many words a link's label may have: a few more where it names a link ("Enlace al
    vídeo completo", "Lien vers la vidéo", [link_words]) and no more than a phrase."""
    names_link = mail_pattern("link_words").search(head) is not None
    return _LINK_LABEL_WORDS if names_link and not any(c.isdigit() for c in head) else _LABEL_WORDS


def _site_headed(line: str) -> bool:
    """Whether a line is a link after a few words naming its own site ("O Instagram dele é
    https://www.instagram.com/…", "My Flickr https://flickr.com/…"): a field line of the
    links, the profile's, whoever's it is."""
    m = _SITE_HEADED.match(line) if len(line) <= _SITE_LINE else None
    if m is None:
        return False
    head, site = m.group(1), m.group(2).casefold()
    short = len(head.split()) <= _SITE_HEAD_WORDS and not any(c.isdigit() for c in head)
    return short and len(site) >= _SITE_NAME and site in head.casefold()


def without_link_handover(text: str, below: list[str], told: bool) -> str:
    """A line without its last sentence when that sentence only hands over the link on the
    next line that is not blank (of `below`): it ends with a colon and names a link or a
    file service, and the story told something before it (`told`, or a sentence before it
    on the line)."""
    line = text.rstrip()
    if not line.endswith((":", "：")) or not link_line(next((x for x in below if x.strip()), "")):
        return text
    cut = _LAST_SENTENCE.search(line)
    start = cut.start() if cut else 0
    if not (told or start) or not mail_pattern("link_words").search(line[start:]):
        return text
    return line[:start].rstrip()
