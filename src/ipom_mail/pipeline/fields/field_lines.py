"""Field lines: a labelled value ("Equipment: …", "機材：…", "Įranga: …") and its wrapped rest.

The story leaves both out: a field line says what a field already holds; a sentence of prose
that starts after the value on the same line ("… Tele Vue 2,5x Powermate. Jeg fulgte stationen
manuelt.") is the story's again. The labels come
from the equipment, place and flyby readers and from data/labels.toml [field_labels], in
every language the project knows; a full-width colon needs no space after it.
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.equipment import EQUIPMENT_LABEL, OTHER_LABEL, text_items
from ipom_mail.pipeline.fields.equipment_makers import maker_at
from ipom_mail.pipeline.fields.equipment_tokens import tokens
from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.gear_lines import names_only_gear
from ipom_mail.pipeline.fields.labels import connectors, field_labels
from ipom_mail.pipeline.fields.location import LOCATION_LABEL

FLYBY_LABEL = re.compile(
    r"^\s*+(?:max(?:imum|\.)?\s*(?:elev\w*|alt\w*|height|höhe|hauteur|altura|altezza|hoogte|"
    r"wysokość|výška|magasság)|(?:elev\w*|altezza|altura|hauteur|höhe)\s+m[aá]x\w*\.?|"
    r"elevation|altitude|brightness|magnitude|mag|helligkeit|"
    r"luminosité|magnitud|brillo|luminosità|magnitudine|helderheid|jasność|jasnost|fényesség|"
    r"from|to|start|end|pass|flyby|fly-by|durchgang|überflug|passage|paso|passaggio|passagem|"
    r"przelot|přelet|áthaladás|duration|transit\w*|dauer|durée|duración|sichtbarkeit|visibility)"
    r"\s*(?:\([^)]*\))?\s*[:：]",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK_LABEL = 8  # characters: "撮影日時", "最大仰角", "拍攝時間"; a longer head is a sentence
_HEAD = re.compile(r"^([^:：\d!?]{1,40}?)\s*(?::(?:\s|$)|：)")
_TABLE_ROW = re.compile(r"^(\S[^:：\d]{0,30}?)\s{2,}\S")
_BRACKETS = re.compile(r"\([^)]*\)|（[^）]*）")


def _is_label_word(word: str) -> bool:
    """Whether one word of a head is a field's label ("Time", "Įranga", "撮影日時")."""
    bounded, free = field_labels()
    if _CJK.search(word):
        return bool(free.search(word))
    probe = word.rstrip(":") + ":"
    readers = (EQUIPMENT_LABEL, OTHER_LABEL, LOCATION_LABEL, FLYBY_LABEL)
    return bounded.fullmatch(word) is not None or any(rx.match(probe) for rx in readers)


def is_labelled(line: str) -> bool:
    """Whether a line is a labelled value of some field (time, equipment, place, flyby, name).

    The label may carry a few more words ("Date and time (UT):", "L'heure exacte :",
    "Az időpont:", "촬영 일시:"): a short head before the colon that holds a label word counts.
    """
    s = line.strip().lstrip("*•-– ").strip()
    head = _HEAD.match(s) or _TABLE_ROW.match(s)
    if not head or re.search(r"\w{5,}\.\s", head.group(1)):
        return False  # a sentence before the colon, not a label
    text = _BRACKETS.sub(" ", head.group(1)).replace("’", "'").split("'")[-1].strip()
    if len(text.split()) > 5 or len(_CJK.findall(text)) > _CJK_LABEL:
        return False
    words = [text, *re.split(r"[\s/]+", text)]
    return any(_is_label_word(w) for w in words if w) or _labels_gear(text, s[head.end() :])


_GEAR_LABEL_WORDS = 3  # "Spullen", "Gear used", "Mijn spullen vandaag"


def _labels_gear(label: str, value: str) -> bool:
    """Whether a head of a few words with a colon is a label a sender made up for their
    gear ("Spullen:", "Zeug:", "Матчасть:"): the value only names instruments."""
    return 0 < len(label.split()) <= _GEAR_LABEL_WORDS and names_only_gear(value)


_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")
_LIST_GOES_ON = re.compile(r"[,;:+&/、，；：]\s*$")  # "…, caméra ZWO ASI462MC,"
_CLAUSE_END = re.compile(r"[.,;!?。，、；]\s|[.!?。！？；]$|:\s")
# A name or a number: "ASI178MM", "2x", "D750", "ZWO", "17:51:36-kor"
_VALUE = re.compile(r"^(?=\S*\d)(?=\S*[^\W\d_])\S+$|^[A-Z]{2,}\W*$")


def continues(field_line: str, line: str) -> bool:
    """Whether `line` is the wrapped rest of a field line that did not end its sentence.

    The rest of a list ("…, caméra ZWO ASI462MC,\\nbarlow …"), a bracket, or a line going on
    in lower case or with a digit whose first clause holds a name or a number ("… con la\\n
    cámara ZWO ASI178MM. Exposición …", "… a kép\\n17:51:36-kor készült.") or is one word
    ending the sentence ("… Barlow lens\\ntaktım."); after a joining word ("… FireCapture a\\n0,3
    ms"), or one starting with a joining word before a name ("… ZWO ASI183MM Pro\\nog et
    Baader IR-pass filter."; data/labels.toml [connectors]). A line after a field line that starts a
    sentence of its own ("Standort: Kahlenberg, Wien\\ndie iss war richtig hell, …") is not.
    """
    field, rest = field_line.rstrip(), line.strip()
    if not rest or not field or _SENTENCE_END.search(field):
        return False
    if _LIST_GOES_ON.search(field) or rest[0] in "([（":
        return True
    last, first, *others = field.split()[-1], *rest.split()
    if last in connectors() and (rest[0].islower() or rest[0].isdigit()):
        return True  # "… Vaig gravar amb FireCapture a\n0,3 ms per frame"
    if first in connectors() and any(w[0].isupper() or w[0].isdigit() for w in others):
        return True  # "… med ZWO ASI183MM Pro\nog et Baader IR-pass filter."
    m = _CLAUSE_END.search(rest)
    clause = rest[: m.start()] if m else rest
    tokens = clause.split()
    valued = any(_VALUE.match(t) for t in tokens)
    if rest[0].islower() or rest[0].isdigit():
        return valued or (len(tokens) == 1 and m is not None and rest[m.start()] in ".!?。")
    # "…, kamera\nZWO ASI462MC …": the name the line announced; "… avec un filtre solaire
    # pleine ouverture\nBaader AstroSolar, caméra …": an instrument's name opens the line
    named = bool(tokens) and (_VALUE.match(tokens[0]) is not None or _opens_with_gear(clause))
    if not named and tokens and _maker_alone(last):  # "… Baader\nAstroSolar, caméra …"
        named = _opens_with_gear(f"{last} {clause}")
    return (last[0].islower() or _maker_alone(last)) and named  # "… with a ZWO\nASI462MC and …"


def _maker_alone(word: str) -> bool:
    """Whether a word is a maker's name alone ("ZWO"), whose model the next line may give."""
    toks = tokens(word)
    return bool(toks) and maker_at(toks, 0, gazetteer()) == len(toks)


def _opens_with_gear(clause: str) -> bool:
    """Whether a clause opens with an instrument named by more than its maker ("Baader
    AstroSolar", "Celestron C8"); "Nikon hat mir die Kamera repariert" names none."""
    items = text_items(clause)
    return bool(items) and clause.startswith(items[0]) and len(items[0].split()) > 1


_NEXT_SENTENCE = re.compile(r"(?<=\w\w[.!?])\s+(?=[^\W\d_])")
_PROSE_WORDS = 3  # "Processed in PIPP." is a note; "Jeg fulgte stationen manuelt." tells
_LOWER_SHARE = 0.6  # of the words after the first: prose, not a list of names


def prose_after(line: str) -> str:
    """The prose sentence that starts after a field line's value on the same line ("Udstyr:
    … Powermate. Jeg fulgte stationen manuelt med joysticket."), or "" when none does: a
    capital, then words mostly in lower case, no number ("Mk. II with the RF 50mm" is the
    value going on, "Poz süresi 1/1500 sn." settings), and its end on the line."""
    m = _NEXT_SENTENCE.search(line)
    if m is None:
        return ""
    rest = line[m.end() :].strip()
    words = rest.split()
    if len(words) < _PROSE_WORDS or not rest[0].isupper() or is_labelled(rest):
        return ""
    if not _SENTENCE_END.search(rest):  # "Vaig gravar amb FireCapture a\n0,3 ms…": data goes on
        return ""
    if any(c.isdigit() for c in rest):  # "Poz süresi 1/1500 sn, kazanç 300.": settings
        return ""
    lower = sum(1 for w in words[1:] if w[0].islower())
    return rest if lower >= _LOWER_SHARE * (len(words) - 1) else ""


# A short head before a colon, a value after it: "Trealamh: …", "Pajisjet: …", "Ամսաթիվ՝ …"
# (Armenian writes "՝" after a label)
_BLOCK_HEAD = re.compile(r"^([^:：՝\d!?.,;]{1,30}?)\s*(?:[:：՝]\s+\S|：\S)")
_BLOCK_HEAD_WORDS = 3
_BLOCK_VALUE_WORDS = 20  # "Belle journée : le lancement de Crew-9 a eu lieu … " is prose


def _block_head(line: str) -> bool:
    """Whether a line opens with a head of one to three words and a colon, a short value
    after it."""
    s = line.strip().lstrip("*•-– ").strip()
    m = _BLOCK_HEAD.match(s)
    return (
        m is not None
        and len(m.group(1).split()) <= _BLOCK_HEAD_WORDS
        and len(s[m.end() :].split()) < _BLOCK_VALUE_WORDS
    )


def in_field_block(lines: list[str], i: int) -> bool:
    """Whether line i is one of two or more adjacent lines shaped "Head: value": a block of
    field lines in any language, its labels known or not ("Am: 18:10 IST" over "Áit: …")."""
    if not _block_head(lines[i]):
        return False
    before = i > 0 and _block_head(lines[i - 1])
    return before or (i + 1 < len(lines) and _block_head(lines[i + 1]))
