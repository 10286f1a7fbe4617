"""links, issue 13 (batch-42): a club's or an institution's website on a line that names it
("Lincoln Astronomical Society – www.lincolnastro.example.org") is the club's, not the
sender's profile, in the signature or in the text, on a social site too; the sender's own site
and profile stay, on a line of their own under a club's name as well."""

from __future__ import annotations

import pytest

from ipom_mail.config import DEFAULT_LINK_HOSTS
from ipom_mail.pipeline.fields.links import find_links

HOSTS = DEFAULT_LINK_HOSTS
STORY = "The ISS crossed the sky above the cathedral.\n\n"


@pytest.mark.parametrize(
    "closing",
    [
        "Cheers,\nOwen Pritchard\nLincoln Astronomical Society – www.lincolnastro.example.org\n",
        "Viele Grüße\nJonas Weber\nAstronomischer Verein Kassel: https://astro-kassel.example.de\n",
        "Saludos,\nLucía Romero\nAgrupación Astronómica de Madrid (https://aam.example.es)\n",
        "Pozdrawiam\nJan Nowak\nPolskie Towarzystwo Miłośników Astronomii https://ptma.example.pl\n",
        "Üdvözlettel:\nNagy Anna\nCsillagvizsgáló Baja – https://www.facebook.com/bajaobs\n",
        "Best,\nTom Reid\nhttps://www.facebook.com/lincolnastroclub (our club)\n",
    ],
)
def test_a_clubs_site_on_the_line_that_names_it_is_no_profile(closing: str) -> None:
    assert find_links(STORY + closing, None, HOSTS).profile == ()


@pytest.mark.parametrize(
    ("closing", "site"),
    [
        # the sender's own site under the club's line, on a line of its own
        (
            "Best,\nDerek Kowalchuk\nRASC Toronto Centre\nhttps://derekk-astro.example.ca\n",
            "https://derekk-astro.example.ca",
        ),
        # the sender calls it theirs, on the club's line
        (
            "Cheers,\nOwen Pritchard\nLincoln Astronomical Society member – my gallery: "
            "https://owenp.example.org\n",
            "https://owenp.example.org",
        ),
        ("Saludos,\nLucía Romero\nInstagram: https://www.instagram.com/lucia.astro/\n",
         "https://www.instagram.com/lucia.astro/"),
    ],
)  # fmt: skip
def test_the_senders_own_site_stays_a_profile(closing: str, site: str) -> None:
    assert find_links(STORY + closing, None, HOSTS).profile == (site,)
