"""A tripod named by its kind alone ("on a tripod", "på stativ", "jalustalla"): an item.

The settled convention counts a tripod as equipment, with or without its maker. Only the
words of data/labels.toml [support_leads] may stand around it: "without a tripod", "forgot
my tripod", "tripod head" and "the tripod legs" name none. The item is the tripod's word
in its base form ([kind_base]: "jalustalla" is "jalusta").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ipom_mail.pipeline.fields.equipment_makers import maker_at
from ipom_mail.pipeline.fields.equipment_names import is_support
from ipom_mail.pipeline.fields.equipment_negated import negated_before
from ipom_mail.pipeline.fields.equipment_tokens import tokens
from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.labels import kind_bases, kind_words

_EDGE = " \t.,;:!?()[]*\"'“”«»…"
_CLAUSE_END = ".,;:!?)…"


def _leads(key: str) -> frozenset[str]:
    """One list of data/labels.toml [support_leads], lower-case."""
    return kind_words("support_leads", key)


def _alternation(words: frozenset[str]) -> str:
    """Words as a regular-expression alternation, the longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _base(word: str) -> str:
    """A tripod's word in its base form ("statywie" is "statyw"), as written otherwise."""
    word = word.lstrip("-")
    return kind_bases().get(word.lower(), word)


def bare_support(piece: str) -> str:
    """The tripod a labelled piece names by its kind alone ("på stativ", "σε τρίποδο"), in
    its base form; "" when the piece names none ("without a tripod", "tripod head")."""
    words = piece.strip(_EDGE).split()
    if not words or not is_support(words[-1]):
        return ""
    allowed = (_leads("on") | _leads("little")) - _leads("not")
    return "" if any(w.lower() not in allowed for w in words[:-1]) else _base(words[-1])


_CJK = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]+")


@cache
def _prose() -> re.Pattern[str]:
    """A tripod in a sentence: after an "on" word, in a case that says "on", or before a
    word that does ("tripod üzerinde", "ミニ三脚に": no space before a CJK particle), or after
    a CJK word joining it to the other instruments ("加三脚架": plus a tripod)."""
    sup = _alternation(kind_words("supports"))
    on, little = _alternation(_leads("on")), _alternation(_leads("little"))
    after = _leads("after")
    cjk = _alternation(frozenset(w for w in kind_words("supports") if _CJK.fullmatch(w)))
    spaced = _alternation(frozenset(w for w in after if not _CJK.fullmatch(w)))
    return re.compile(
        rf"(?<![\w-])(?:(?P<on>{on})\s+(?:(?:{little})\s+){{0,2}}(?P<a>{sup})(?!\w)"
        rf"|(?P<b>{_alternation(_leads('on_case'))})(?!\w)"
        rf"|(?P<c>{sup})\s+(?:{spaced})(?!\w))"
        rf"|(?P<d>{cjk})(?:{_alternation(after - frozenset(spaced.split('|')))})"
        rf"|(?<!{_alternation(_leads('cjk_not'))})(?:{_alternation(_leads('cjk_before'))})"
        rf"(?P<e>{cjk})",
        re.IGNORECASE,
    )


@cache
def _listed() -> re.Pattern[str]:
    """A tripod as one element of a list of instruments ("…, statyw.", "+ statīvs")."""
    sup = _alternation(kind_words("supports"))
    return re.compile(rf"(?:^|[,;+])\s*(?P<a>{sup})\s*(?=[,;+.]|$)", re.IGNORECASE)


def _negated(line: str, start: int) -> bool:
    """Whether a word saying "not" comes just before (two words back): "not on a tripod";
    Portuguese "no tripé" (on the tripod) says "on" ([support_leads] `on_the`)."""
    before = re.findall(r"\w+", line[:start].lower())[-2:]
    tripod = re.match(r"\w+", line[start:].lower())
    if before and tripod and tripod.group(0) in _leads("on_the"):
        before = before[:-1]  # "no tripé Greika WT3520": on the tripod, not "no tripod"
    return any(w in _leads("not") for w in before)


def _ends_clause(rest: str) -> bool:
    """Whether the tripod's word ends its phrase: a stop, a comma, or a joining word
    ("on a tripod in the garden"); a noun after it ("tripod head") makes it another thing."""
    rest = rest.lstrip()
    if not rest or rest[0] in _CLAUSE_END:
        return True
    word = re.match(r"\w+", rest)
    return word is not None and word.group(0).lower() in _leads("then")


def _makers_after(rest: str) -> bool:
    """Whether "of" and a maker follow a tripod's word ("treppiede di Manfrotto"): the tripod
    is that maker's, an item already."""
    toks = tokens(rest)
    of = kind_words("kind_joins", "of")
    if len(toks) < 2 or toks[0].closes or toks[0].text.lower() not in of:
        return False
    return maker_at(toks, 1, gazetteer()) > 0


@cache
def _unknown_maker() -> re.Pattern[str]:
    """A tripod's word, then a maker's name the gazetteer does not hold and a model with a
    letter and a digit, ending the clause: "tripod Takara ECO-193A", "tripé Greika WT-3520"."""
    sup = _alternation(kind_words("supports"))
    model = r"(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Z0-9][\w-]*"
    return re.compile(
        rf"(?<![\w-])(?:{sup})\s+(?P<name>[A-Z][a-z]{{2,}}\s+{model})(?=\s*(?:[.,;:!?)]|$))",
        re.IGNORECASE,
    )


@cache
def _unknown_maker_before() -> re.Pattern[str]:
    """A maker's name the gazetteer does not hold and a model of up to three words, then a
    tripod's word ending the clause: "Digitek DTR 550 LW ट्राइपॉड", "a Coman TM-286 tripod"."""
    sup = _alternation(kind_words("supports"))
    after = _alternation(_leads("after"))  # "… ट्राइपॉड पर लगा था": on the tripod
    return re.compile(
        rf"(?<![\w-])(?P<name>[A-Z][a-z]{{2,}}(?:\s+[A-Z0-9][A-Z0-9-]*){{1,3}})\s+(?:{sup})"
        rf"(?=\s*(?:[.,;:!?)।]|$)|\s+(?:{after})(?!\w))",
    )


def _model_like(name: str) -> bool:
    """Whether the words after a maker hold a letter and a digit, as a model does ("DTR 550
    LW", "TM-286"), not a count ("Travel 2")."""
    model = "".join(name.split()[1:])
    return any(c.isdigit() for c in model) and any(c.isalpha() for c in model)


def _after_a_name(head: str) -> bool:
    """Whether a capitalised word stands right before ("Benro Rhino FRHN24C tripod"): the
    words found are a line of that maker's, not an unknown maker's."""
    words = head.split()
    return bool(words) and words[-1][:1].isupper() and words[-1][-1:] not in ",;:"


def unknown_makers_tripods(text: str) -> list[str]:
    """Tripods named by an unknown maker and a model before or after the tripod's word (the
    name without the kind, as a known maker's is); none after a word saying "not" ("without a
    tripod …")."""
    g = gazetteer()
    found = []
    before = [
        m
        for m in _unknown_maker_before().finditer(text)
        if _model_like(m["name"]) and not _after_a_name(text[: m.start()])
    ]
    for m in [*_unknown_maker().finditer(text), *before]:
        name = m.group("name")
        if not name[0].isupper() or (name.split()[0].lower(),) in g.makers:
            continue  # a known maker's tripod is read as its item already
        clause = re.split(r"[.,;:!?]", text[: m.start()])[-1]
        if not _negated(text, m.start()) and not negated_before(clause, False):
            found.append(name)
    return found


def _group(m: re.Match[str]) -> str:
    """The name of the group that holds the tripod's word in a match of _prose()."""
    return next(k for k in "abcde" if m.group(k))


def _tripod_maker(item: str) -> bool:
    """Whether an item begins with a tripod maker's name ("Benro TMA28A", "Peak Design …")."""
    low = item.lower()
    return any(low == m or low.startswith(m + " ") for m in gazetteer().supports)


def _kind_of_item(line: str, start: int, tripods: Sequence[str]) -> bool:
    """Whether the tripod's word at start follows right after a tripod found in the line
    ("Benro TMA28A állványon", "Digitek DTR 550 LW ट्राइपॉड पर"): it says what that tripod
    is, no second one; after a camera ("Canon EOS R6 állványon") it is a tripod of its own."""
    before = line[:start].rstrip(" -")
    lasts = {item.split()[-1] for item in tripods if item.split()}
    return any(re.search(rf"(?<![\w-]){re.escape(last)}$", before) for last in lasts)


def _after_unread_name(line: str, start: int, items: Sequence[str]) -> bool:
    """Whether the tripod's word at start follows a name no item was read from ("Simpex 3333
    ट्राइपॉड पर": a tripod by a maker and model not known): the tripod is that name's, which
    cannot be told, so no bare tripod either; after an item read ("Canon EOS R6 állványon")
    it is a tripod of its own."""
    words = line[:start].rstrip(" -").split()
    last = words[-1] if words else ""
    if not any(c.isdigit() or c.isupper() for c in last):
        return False
    return not any(item.split() and item.split()[-1] == last for item in items)


def prose_supports(line: str, items: Sequence[str]) -> list[str]:
    """Tripods named by their kind alone in a line of prose, given the line's other items
    (a listed tripod counts only among other instruments; a maker's tripod is not repeated)."""
    found: list[str] = []
    unknown = unknown_makers_tripods(line)  # "Digitek DTR 550 LW ट्राइपॉड पर"
    named = [*(i for i in items if _tripod_maker(i)), *unknown]
    for m in _prose().finditer(line):
        word = m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e")
        on = m.group("on")
        if on and on.lower() in _leads("not") and word.lower() not in _leads("on_the"):
            continue  # "no tripod": Portuguese "no" (on the, "no tripé") is English "no" too
        if _negated(line, m.start()) or (m.group("a") and not _ends_clause(line[m.end() :])):
            continue
        start = m.start(_group(m))
        if _makers_after(line[m.end() :]) or _kind_of_item(line, start, named):
            continue
        if _after_unread_name(line, start, [*items, *unknown]):
            continue
        found.append(_base(word))
    if items:  # "Nikon Z7 + Nikkor Z 24-70mm f/4 S, statyw": among other instruments
        listed = _listed().finditer(line)
        found += [_base(m.group("a")) for m in listed if not _negated(line, m.start())]
    found += unknown
    made = {_base(re.split(r"[\s-]+", i)[-1]).lower() for i in items if i.strip()}
    made |= {i.lower() for i in items}  # "Ulanzi tripod", "맨프로토 삼각대", "捷信三脚架"
    return [f for f in dict.fromkeys(found) if not any(i.endswith(f.lower()) for i in made)]


def named_on_next_line(line: str, item: str, nxt: str) -> bool:
    """Whether a line's last item is a bare tripod whose maker the next line begins with, a
    wrapped line ("pe trepied / Manfrotto Befree Advanced"), or an accessory's kind alone
    whose maker and model it begins with ("con prisma de Herschel / Baader Cool-Ceramic", as
    on one line): the next line names it."""
    words = line.rstrip(_EDGE).split()
    support = bool(words) and _base(words[-1]).lower() == item.lower() and is_support(item)
    if not (support or (words and _accessory_ends(line, item))):
        return False
    toks = tokens(nxt)
    made = maker_at(toks, 0, gazetteer()) if toks else 0
    if support:
        return made > 0
    return 0 < made < len(toks) and _names_model(toks[made].text)


def _accessory_ends(line: str, item: str) -> bool:
    """Whether a line ends with an accessory's kind alone, no stop after it ("… con prisma
    de Herschel"): its name may follow on the next line."""
    end = line.rstrip()
    return (
        end.lower().endswith(item.lower()) and gazetteer().accessories.fullmatch(item) is not None
    )


def _names_model(word: str) -> bool:
    """A model's word: a digit or a capital in it ("Cool-Ceramic", "2-Zoll")."""
    return any(c.isdigit() or c.isupper() for c in word)


def _names_a_tripod(item: str) -> bool:
    """Whether an item names a tripod by more than its kind: its maker ("Manfrotto 290 Xtra",
    "ベルボン Geo Carmagne N635") or its kind with a name ("Benro tripod", "捷信三脚架")."""
    if _tripod_maker(item):
        return True
    words = item.split()
    if len(words) > 1:
        return any(is_support(w) for w in words)
    return not _bare(item) and any(k in item.lower() for k in kind_words("supports"))


def _bare(item: str) -> bool:
    """Whether an item is a tripod's kind alone ("tripod", "ミニ三脚", "statiefje")."""
    return _base(item).lower() in kind_words("supports")


def without_bare_tripods(items: Sequence[str]) -> list[str]:
    """The items without a tripod named by its kind alone ("三脚", "tripod", "stativ") when
    another item names a tripod: the mail speaks of that tripod again ("架在捷信GT3543LS三脚架上
    … 三脚架上挂了背包"), or says what it is ("ベルボン Geo Carmagne N635 の三脚"), no second
    one."""
    if not any(_names_a_tripod(i) for i in items):
        return list(items)
    return [i for i in items if not _bare(i)]
