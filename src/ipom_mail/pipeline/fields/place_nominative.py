"""A name the mail writes only in a case ending, in its base form (issue 13).

"ISS nad Ondřejovem" and "… z Ondřejova", "v Hlohovci" twice: the place is where the
photo was taken, in the form a map writes it ("Ondřejov", "Hlohovec"), never the case a
sentence put it in. The base form is taken only where it is certain: the mail writes it
itself, or it is a town's own name in GeoNames less the case ending (towns.own_stem:
"Olomoucí"), or a smaller place of the mail's language's country (small_towns:
"Ondřejova"), or the one such place whose name puts back the vowel a case ending drops
("Hlohovci" → "Hlohovec", "Hradci" → "Hradec"). A name the Subject and the body write in
two different case endings whose base form is none of those ("Фрушке горе", "Фрушкој
гори") gives no place: its base form would be a guess.
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.mail_language import language_shares
from ipom_mail.pipeline.fields.place_base import written_base
from ipom_mail.pipeline.fields.place_cases import known_place
from ipom_mail.pipeline.fields.place_words import alt, same_stem
from ipom_mail.pipeline.fields.small_towns import countries, dropped_vowel_stem, small_stem
from ipom_mail.pipeline.fields.towns import is_town, own_stem
from ipom_mail.pipeline.fields.towns_native import native_known

# a language this likely counts its countries' places: kin languages share a mail's letters
# ("hr" 0.44, "sr" 0.34, "bs" 0.21 for a Croatian one)
_LIKELY = 0.2


def base_name(word: str, mail: str) -> str | None:
    """The base form of a one-word name in a case ending, where it is certain; else None."""
    if is_town(word):
        return word
    where = countries(lang for lang, p in language_shares(mail) if p >= _LIKELY)
    written = written_base(word, mail)
    return (
        (written if written != word else None)
        or own_stem(word)
        or small_stem(word, where)
        or dropped_vowel_stem(word, where)
    )


def settled_echo(name: str, said: str, mail: str, kind: str | None = None) -> str | None:
    """The body's `name` for a place the Subject writes as `said` (its first word), in its
    base form: a one-word name with no site's kind after it settled where certain; a name
    written in two case endings and not settled is none ("Фрушке горе", "Фрушкој гори");
    else as written ("Molėtų" twice, "Kvilda")."""
    words = name.split()
    if len(words) == 1 and not kind and (base := base_name(name, mail)):
        return base
    return name if said == words[0] else None


def cased_unlike_subject(place: str, said: str | None, mail: str) -> bool:
    """Whether the body's `place` starts with a name the Subject (`said`) writes in another
    case ending, and no certain base form settles it ('na Fruškoj gori' under 'ISS iznad
    Fruške gore'): the name as either writes it is in a case, its base form a guess."""
    first = place.split()[0].rstrip(",.;:") if place.split() else ""  # "Kielder, Northumberland"
    if not said or not first[:1].isupper() or is_town(first):
        return False
    words = re.findall(r"[^\W\d_]+", said)
    unlike = any(
        w != first and w[:1].isupper() and same_stem(first, w) and not _lengthened(first, w)
        for w in words
    )
    if not unlike or known_place(place, mail):  # "Višnjan" under "ISS iznad Višnjana"
        return False
    if native_known(place):  # "Բյուրական" under "… Բյուրականից"
        return False
    if _after_village_kind(first, mail):  # "у вёсцы Вязынка" under "МКС над Вязынкай"
        return False
    return not base_name(first, mail)  # the mail's languages only when needed


def _lengthened(body: str, said: str) -> bool:
    """Whether the Subject's word is the body's with a case ending added ("Vârful Omu" and
    "ISS deasupra Vârfului Omu"): the body writes the shorter form, the base one; a short
    stem may be a case itself ("z Tatr" and "nad Tatrami")."""
    return len(body) >= 5 and said.casefold().startswith(body.casefold())


def _after_village_kind(name: str, mail: str) -> bool:
    """Whether the mail writes `name` after a village's kind, where a name stands in its
    base form whatever the kind's case ("у вёсцы Вязынка", "z obce Kvilda", "деревня
    Ивановка"; data/locatives.toml [settlements], [settlements_declined])."""
    kinds = "|".join(alt(s) for s in ("settlements", "settlements_declined"))
    return bool(re.search(rf"(?<![\w'’-])(?i:{kinds})\s+{re.escape(name)}(?![\w'’-])", mail))
