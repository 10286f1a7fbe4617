"""The town under the sender's name in a sign-off's block, for a mail that names no place.

"З повагою, / Олена Коваленко / Львів", "Kiitos … / Juha Mäkinen / Nurmijärvi": a line
that is a town of GeoNames and nothing else (or a town and its listed region, "Tucson,
AZ"), after the name under a sign-off, is where the sender is. fields/__init__.py reads
it last: any place the body or the Subject names comes first, and a job and a town
("Naturvejleder, Vordingborg") or the sender's own name ("Ivan") is never read.
"""

from __future__ import annotations

from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.towns import is_town

_BLOCK = 4  # lines of a signature's block: a name, a town, a club, a link


def signed_town(text: str, sender: str | None = None) -> str | None:
    """The town alone on a line of the sign-off's block, after the name; else None."""
    from ipom_mail.pipeline.fields.story import SIGN_OFF  # story reads location: imported late

    lines = [line.strip() for line in text.split("\n")]
    names = set((sender or "").split())
    for i, line in enumerate(lines):
        if not (SIGN_OFF.match(line) and (len(line.split()) <= 6 or line.endswith(","))):
            continue
        block = [b for b in lines[i + 1 : i + 2 + _BLOCK] if b][:_BLOCK]
        for entry in block[1:]:
            if len(entry.split()) > 4:
                break  # prose again, not a signature
            town = _town_line(entry)
            if town and not names.intersection(town.split()):
                return town
    return None


def _town_line(line: str) -> str | None:
    """'Львів', 'Tucson, AZ': a town alone, or with its listed region after a comma."""
    head, _, region = line.partition(", ")
    if not is_town(head.strip()):
        return None
    if region and region.strip() not in gazetteer().regions:
        return None
    return line.strip()
