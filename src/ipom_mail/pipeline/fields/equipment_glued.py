"""Words glued to an instrument's name that are no part of it: a preposition the next line
goes on from ("Sky-Watcher EQ5 с / ручным гидированием"), and a kind with a particle that
joins two instruments ("캐논 EOS R6 카메라와 삼양 14mm F2.8": the camera and the lens).
data/labels.toml [end_prepositions], [join_particles]."""

from __future__ import annotations

from ipom_mail.pipeline.fields.labels import kind_words, kinds

__all__ = ["split_joined", "without_end_word"]


def without_end_word(item: str) -> str:
    """An item without an "and" or a preposition that ends it where a line wraps ("ZWO
    ASI290MM y", "Sky-Watcher EQ5 с"): lower-case words, never a model's letter."""
    head, _, last = item.rpartition(" ")
    ends = kind_words("and_words") | kind_words("end_prepositions")
    return head if head and last.islower() and last in ends else item


def _named(words: list[str]) -> bool:
    """Whether words name an instrument: one has a digit or a capital."""
    return any(c.isdigit() or c.isupper() for w in words for c in w)


def _joining(word: str) -> bool:
    """Whether a word is a kind with a particle for "and" or "with" written onto it ("카메라와",
    "カメラと", "相机和")."""
    things = kinds() | kind_words("supports")
    return any(
        word.endswith(p) and word[: -len(p)].lower() in things for p in kind_words("join_particles")
    )


def split_joined(item: str) -> list[str]:
    """An item that runs over a kind joining it to the next instrument, as the two: "캐논 EOS
    R6 카메라와 삼양 14mm F2.8" is "캐논 EOS R6" and "삼양 14mm F2.8"."""
    words = item.split()
    for k in range(1, len(words) - 1):
        before, after = words[:k], words[k + 1 :]
        if _joining(words[k]) and _named(before) and _named(after):
            return [" ".join(before), *split_joined(" ".join(after))]
    return [item]
