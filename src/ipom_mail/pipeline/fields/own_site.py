"""A website named after its sender ("www.emreyildiz.example.com.tr" in Emre Yıldız's mail,
"sato-astro.example.jp" from k.sato@…): the photographer's own, wherever the mail puts it.

The name's words are folded to plain letters and must be long enough to mean the person
(four letters or more, and no word a site of anyone may hold: data/profiles.toml
[own_site] not_names). A firm's site under a work signature names the firm, not the sender.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

_SHORTEST = 4  # letters: "sato", "levi", "emre"; "li" or "an" would be in many a host


@cache
def _not_names() -> frozenset[str]:
    """Words of a name that any site may hold ("astro", "photo", "club")."""
    data = tomllib.loads(resources.files("ipom_mail.data").joinpath("profiles.toml").read_text())
    return frozenset(data["own_site"]["not_names"])


def _folded(text: str) -> str:
    """Lower case plain letters: "Yıldız" → "yildiz", "Sørensen" → "sorensen"."""
    text = text.lower().replace("ı", "i").replace("ø", "o").replace("ß", "ss").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def name_words(owners: Iterable[str | None]) -> tuple[frozenset[str], frozenset[str]]:
    """The words of the sender's name and address's local part that may name a site, and
    the initials of all its words ("k.sato" → sato; k, s)."""
    words: set[str] = set()
    for owner in owners:
        if owner:
            local = owner.split("@", 1)[0] if "@" in owner else owner
            words |= {w for w in re.split(r"[^a-z]+", _folded(local)) if w}
    initials = frozenset(w[0] for w in words)
    return frozenset(w for w in words if len(w) >= _SHORTEST) - _not_names(), initials


def named_after(url: str, words: frozenset[str], initials: frozenset[str]) -> bool:
    """Whether a part of the site's own name (its host less "www" and the last two labels)
    is made of the sender's name words and initials, one word at least: "thabonkosi-photo",
    "fbellandi-astro", "sato-astro"; never "telescopemarket" for Mark, nor "annapurna"
    for Anna."""
    if not words:
        return False
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    own = ".".join(host.split(".")[:-2]) or host.split(".")[0]
    made = re.compile(
        "(?:" + "|".join(sorted(map(re.escape, words | initials), key=len, reverse=True)) + ")+"
    )
    return any(
        made.fullmatch(part) and any(word in part for word in words)
        for part in re.split(r"[.-]", own)
    )
