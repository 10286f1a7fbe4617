"""A listed region where a place is read: a state, province or country of the gazetteer,
or a district word with its name ("Bezirk Neunkirchen"), and such a region written after
"in", "from" or "near" ("from Bavaria") when no surer town is read (issue 13)."""

from __future__ import annotations

import re
from functools import lru_cache

from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.place_after import GREETING_END
from ipom_mail.pipeline.fields.place_over import PLACE_WORD
from ipom_mail.pipeline.fields.place_words import counts
from ipom_mail.pipeline.fields.site_phrases import inside_site

# the capitals a district's name may start with, in Latin, Greek and Cyrillic
UPPER = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŐŰČŠŽŘĎŤŇΆ-ΏΑ-ΩЀ-Я"


@lru_cache(maxsize=1)
def region_rx() -> re.Pattern[str]:
    """A listed region, or a district word and the name after it ("Bezirk Neunkirchen")."""
    regions = sorted(gazetteer().regions, key=len, reverse=True)
    alt = "|".join(re.escape(r) for r in regions)
    words = "|".join(
        re.escape(w) for w in sorted(gazetteer().district_words, key=len, reverse=True)
    )
    firms = "|".join(map(re.escape, gazetteer().not_districts))
    district = rf"(?:{words})\s(?!(?:{firms})\b)[{UPPER}][\w'’-]*(?:\s[{UPPER}][\w'’-]*)?"
    return re.compile(rf"(?<![\w])(?:{alt}|{district})(?![\w])")


_PREP_REGION = re.compile(
    r"\b(?:in|from|near|at|bei|nahe|aus|à|en|près de|depuis|cerca de|desde|vicino a|da|"
    r"perto de|em|bij|nabij|vanuit|w|pod|z|u|v|ve|z|fra|från|iz|din|nuo|no|из|з|від|в|у|από|dan)\s+(?:(?:my|mein\w*|mon|ma|mi|il mio|"
    r"meu|mijn)\s+\w+\s+(?:in\s+)?)?",
    re.IGNORECASE,
)


def region_after_word(text: str) -> str | None:
    """A region after 'in/from/near' ('from Bavaria'): read after the sentence readers, whose
    town is surer ("the terrace … in Kothrud, Pune" before "share with your readers in
    India")."""
    rx = region_rx()
    for line in text.splitlines():
        for m in _PREP_REGION.finditer(line):
            if inside_site(line, m.start()) or GREETING_END.search(line[: m.start()]):
                continue  # "desde el Cerro de la Gloria en Mendoza", "Grüße aus Tirol"
            if not counts(m.group(0).split()[0]):
                continue  # Dutch "en" is "and", Polish "i" too: no "in" in this mail
            region = rx.match(line, m.end())
            if region and re.match(rf"\s{PLACE_WORD}", line[region.end() :]):
                continue  # "from Victoria Park": a longer name that starts with a region
            if region and len(region.group(0)) > 3:
                return region.group(0)
    return None
