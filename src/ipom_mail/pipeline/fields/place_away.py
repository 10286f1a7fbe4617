"""Places a mail names for another reason than the photo: where the sender came from, where
the station went, where a piece of gear stayed (data/journeys.toml).

"My wife and I drove up from Toronto", "geimstöðin … hvarf í átt að Reykjavík", "La lunette
… du club est restée au local à Gap": each names a town truly, but not the one the photo was
taken at. The readers never see them (`without_journeys`). And the town under the sender's
name is no surer than nothing when the mail says the photo was taken away from home, at an
observatory or a cottage, and not at home (`away_from_home`).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files

from ipom_mail.pipeline.fields.place_words import UP, WORD, alt_cased, words_of

# a name after a journey's or a heading's words: up to three capitalised words, a town's
# Turkish or Finnish ending after an apostrophe ("İstanbul'da")
_NAME = rf"(?:(?:the|la|le|el|il|de|het|το|τη|την)\s)?{WORD}(?:\s{WORD}){{0,2}}"
# a sentence: up to its stop before a space, never across a blank line nor into a labelled
# line ("Camera: …"); a stop inside a number ("9.25") goes on
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=\S)|\n(?![ \t]*\n)(?![^\n:]{1,30}:\s))+[.!?]?")


@cache
def _data() -> dict[str, dict[str, list[str]]]:
    """data/journeys.toml, read once."""
    return tomllib.loads(files("ipom_mail").joinpath("data/journeys.toml").read_text("utf-8"))


@cache
def _words(section: str) -> str:
    """One section as an alternation, longest first, each entry matched at a word's start."""
    entries = {w for listed in _data()[section].values() for w in listed}
    return "|".join(re.escape(w) for w in sorted(entries, key=len, reverse=True))


@cache
def _first(*sections: str) -> str:
    """A look-ahead for the first letters the sections' entries open with, either case: a
    position no entry can start at costs one test ("a line of dots" of a hostile mail)."""
    entries = [w for section in sections for listed in _data()[section].values() for w in listed]
    letters = {c for w in entries for c in (w[0].lower(), w[0].upper())}
    return "(?=[" + "".join(re.escape(c) for c in sorted(letters)) + "])"


@cache
def _journey() -> re.Pattern[str]:
    """A journey's start or a heading, then its name; or a place passed over on the way to a
    heading ("πάνω από τη Θεσσαλονίκη προς τα βορειοανατολικά": the station's track)."""
    lead = rf"(?i:{_words('travel_from')}|{_words('toward')})"
    over = rf"(?:{alt_cased('over')})\s{_NAME}(?=\s(?i:{_words('toward')})(?!\w))"
    overs = "".join(sorted({c for w in words_of("over") for c in (w[0].lower(), w[0].upper())}))
    return re.compile(
        rf"(?<![\w'’-]){_first('travel_from', 'toward')}(?:{lead})\s{_NAME}"
        rf"|(?<![\w'’-])(?=[{re.escape(overs)}]){over}"
    )


@cache
def _left() -> re.Pattern[str]:
    """[left_behind], with up to two words after its first one ("został tym razem w domu",
    "stayed this time at home", "left my scope behind")."""
    entries = {w for listed in _data()["left_behind"].values() for w in listed}
    gapped = (
        r"(?:\s[^\W\d_]+){0,2}?\s".join(map(re.escape, e.split(" ", 1)))
        for e in sorted(entries, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w'’-]){_first('left_behind')}(?i:{'|'.join(gapped)})(?![\w'’-])")


def _blank(m: re.Match[str]) -> str:
    """The matched text as spaces, its line breaks kept."""
    return re.sub(r"[^\n]", " ", m.group(0))


def without_journeys(text: str) -> str:
    """The text without the towns named as a journey's start, the station's heading or its
    track on the way there, without each sentence saying a piece of gear stayed behind, and
    without the sign-off that closes the mail ("Lijep pozdrav iz Splita,"): none is where the
    photo was taken; nor the town the sender says they live in, nor the one a greeting on
    top sends its hello from (without_home_town, without_opening_town)."""
    # gear left "at home" first: its home is no word of where the photo was taken
    text = _SENTENCE.sub(lambda m: _blank(m) if _left().search(m.group(0)) else m.group(0), text)
    text = without_closing(without_home_town(without_opening_town(text)))
    return _beside().sub(_blank_town, _journey().sub(_blank, text))


@cache
def _beside() -> re.Pattern[str]:
    """A named site (a capitalised word holding a site's kind, in any case ending), a comma,
    then a town and a word saying the site is beside it ([beside_after])."""
    kinds = "|".join(re.escape(k) for k in sorted(words_of("site_kinds"), key=len, reverse=True))
    # a word's start only, and a word of a name's length: one long word costs one pass,
    # never a scan of the rest of it from each of its letters
    return re.compile(
        rf"(?<![\w'’-])[{UP}](?i:[\w'’-]{{0,30}}?(?:{kinds})[\w'’-]{{0,20}}),\s"
        rf"(?P<town>{WORD}(?:\s{WORD})?)"
        rf"(?=\s(?i:{_words('beside_after')})(?!\w))"
    )


def _blank_town(m: re.Match[str]) -> str:
    """The match with its town blanked: the site stays."""
    start, end = m.span("town")
    return m.group(0)[: start - m.start()] + " " * (end - start)


@cache
def _lives() -> re.Pattern[str]:
    """[lives_in], then the name of the sender's town."""
    return re.compile(
        rf"(?<![\w'’-]){_first('lives_in')}(?i:{_words('lives_in')})\s(?P<town>{_NAME})"
    )


def without_home_town(text: str) -> str:
    """The text without the town the sender says they live in or come from ("Vivo en
    Granada, pero … subí hasta Calar Alto", "taga Quezon City ako"), unless the mail says
    the photo was taken at home ([home_words]: "I live in Granada; this is from my
    balcony"): the home is then the photo's place."""
    if _home().search(text):
        return text
    return _lives().sub(_blank_town, text)


@cache
def _opening_from() -> re.Pattern[str]:
    """A greeting's line on top with "from" and a name: "Ciao a tutti da Bologna!"."""
    from ipom_mail.pipeline.fields.labels import mail_words

    return re.compile(
        rf"^[^\n]{{0,40}}?(?<![\w'’-])(?:{mail_words('greeting_from')})\s(?P<town>{_NAME})"
        rf"(?=\s*[!.,;:]?\s*$)"
    )


def without_opening_town(text: str) -> str:
    """The text with the town of a greeting on top blanked ("Ciao a tutti da Bologna!",
    "Hello from Leeds,"): where the sender writes from, as a sign-off's "Saludos desde
    Granada" (without_closing); kept when the mail names it again below ("Hello from
    Leeds! … from Roundhay Park in Leeds")."""
    from ipom_mail.pipeline.fields.opening import GREETING  # opening reads labels: late

    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end]
    m = _opening_from().match(line) if GREETING.match(line) else None
    if m is None or _named_before([text[end:]], m.group("town")):
        return text
    a, b = start + m.start("town"), start + m.end("town")
    return text[:a] + " " * (b - a) + text[b:]


_CLOSING_LINES = 8  # a closing line, a name, a town, a club, a link: the last lines only


def without_closing(text: str) -> str:
    """The text with its closing sign-off line blanked: a short line a sign-off opens, with
    only short lines after it to the end (a name, a town, a club), "Lijep pozdrav iz
    Splita," over "Ivana Matić": where the sender writes from, in a case ending too; kept
    when the mail names its town before ("op de Markt in Brugge" above "Groetjes uit
    Brugge,")."""
    from ipom_mail.pipeline.fields.story import SIGN_OFF  # story reads location: imported late

    lines = text.split("\n")
    filled = [i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()][:_CLOSING_LINES]
    candidates = []  # the trailing run of short lines, and the line right above it
    for i in filled:
        candidates.append(i)
        if len(lines[i].split()) > 5:
            break
    for i in reversed(candidates):
        line = lines[i]
        short = len(line.split()) <= 6
        if short and SIGN_OFF.match(line.strip()) and not _named_before(lines[:i], line):
            lines[i] = " " * len(line)
            break
    return "\n".join(lines)


def _named_before(lines: list[str], closing: str) -> bool:
    """Whether a capitalised word of the closing is written in the lines before it."""
    before = "\n".join(lines)
    words = re.findall(WORD, closing)[1:]  # the greeting's own first word aside
    return any(re.search(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", before) for w in words)


@cache
def _away() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-]){_first('away_words')}(?i:{_words('away_words')})")


@cache
def _home() -> re.Pattern[str]:
    homes = sorted(words_of("home_words"), key=len, reverse=True)
    return re.compile(rf"(?<![\w'’-])(?i:{'|'.join(map(re.escape, homes))})(?![\w'’-])")


def away_from_home(own: str) -> bool:
    """Whether the sender's own words say the photo was taken away from home (an
    observatory, a cottage, a drive: [away_words]) and nowhere that it was taken at home
    (data/locatives.toml [home_words]: "garden", "balcony")."""
    return bool(_away().search(own)) and not _home().search(own)
