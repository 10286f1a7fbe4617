"""A place a sentence in a script without capitals or spaces says the photo was taken from
(issue 13).

The entry location.py calls among its surer readers: a site by its kind written onto a
Thai locative word (place_thai.py), a site by its kind or a town before a Hindi or
Marathi postposition and a verb of taking (place_indic.py), where an Arabic, Persian or
Hebrew sender says they went or were (place_went.py), or a town such a sentence says the
photo was taken in or from (place_town_taken.py).
"""

from __future__ import annotations

from ipom_mail.pipeline.fields.place_indic import indic_site
from ipom_mail.pipeline.fields.place_native import native_place
from ipom_mail.pipeline.fields.place_thai import thai_site
from ipom_mail.pipeline.fields.place_town_taken import taken_town
from ipom_mail.pipeline.fields.place_went import went_place


def script_place(text: str) -> str | None:
    """A site by its kind, or a town, that a Thai, Hindi or Marathi sentence says the photo
    was taken from or at (place_thai.thai_site, place_indic.indic_site), or where an
    Arabic, Persian or Hebrew sender went (place_went.went_place), or a town such a sentence
    says it was taken in (place_town_taken.taken_town)."""
    return (
        thai_site(text)
        or indic_site(text)
        or went_place(text)
        or taken_town(text)
        or native_place(text)
    )
