"""When a value the reader found is the labelled one, for the evaluation scorer.

Names and places are compared after normalising (case folded, spaces and punctuation
removed). An instrument is the same with a kind word before or after its name ("lens",
"tripod", "trépied", "三脚"…) or a remark in brackets after it ("(modified)"). A place is the
same as a whole-word part of the labelled one ("Westkapelle" for "de dijk bij Westkapelle":
less precise, not wrong) or the labelled one with a qualifier after it, in brackets, after a
comma or after "in" ("Нови Сад, кеј код моста" for "Нови Сад", "Sternwarte Drebach im
Erzgebirge" for "Sternwarte Drebach": more precise, not wrong), or with its larger areas
before it in a CJK address; any other longer phrase is another place. The scorer is
tests/pipeline/evaluation_scoring.py; the tests of these rules are in
tests/pipeline/test_fields_evaluation.py.
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.place_words import shared_start, words_of
from ipom_mail.pipeline.fields.towns import common_words


def norm(value: str) -> str:
    """The value case folded, without spaces, punctuation or underscores."""
    return re.sub(r"[\W_]+", "", value.casefold())


# A kind word before or after an instrument's name, in the languages of the set, names no
# other instrument: "Canon EF 75-300mm lens" is "Canon EF 75-300mm", "trépied Gitzo" and
# "Gitzo tripod" are "Gitzo", "ビクセン SXP2赤道儀" is "ビクセン SXP2", "Baader Solar Continuum
# filter" is "Baader Solar Continuum" (labels write filters both ways), and a solar filter's
# film the same: "Baader AstroSolar film filter", "Baader AstroSolar film" and "Baader
# AstroSolar" are one filter (batch-06, batch-07 and batch-18 label it each way). Either side
# may carry it. A star tracker is a mount: "iOptron SkyGuider Pro tracker" is "iOptron
# SkyGuider Pro" (batch-21). A telescope's design word names the same telescope: "Orion
# SkyQuest XT10 Dobsonian" is "Orion SkyQuest XT10" (batch-23; the set writes both).
_KINDS = (
    "lens|camera|telescope|scope|mount|tracker|tripod|objektiv|objectif|obiettivo|objetivo|trépied|"
    "treppiede|trípode|tripé|statief|stativ|statyw|штатив|трипод|τρίποδο|tripode|"
    "montierung|montura|monture|montatura|montering|állvány|statīvs|jalusta|삼각대|stalak|"
    "cavalletto|trikojis|statiiv|trepied|tripié|statiefje|filter|filtro|filtre|"
    "film|folie|fólia|fólie|folia|película|pellicola|filme|пленка|плёнка|"
    # a tripod in the languages new with batch-20, before its maker ("chân máy Benro",
    # "سه‌پایه Manfrotto", "ขาตั้งกล้อง Benro"), as "штатив Benro" is "Benro"
    "chân máy|tripodi ya|tripodi|חצובה|سه‌پایه|سه پایه|حامل ثلاثي|ترايبود|ट्राइपॉड|ขาตั้งกล้อง|"
    # Bulgarian's tripod, before its maker as the others' ("статив Velbon", batch-23)
    "статив|"
    # a telescope's design after its name: the set's labels write "Sky-Watcher 200P Dobsonian"
    # and "Celestron C8 SCT", batch-23 "Orion SkyQuest XT10" for "… XT10 Dobsonian"
    "dobsonian|dobson|sct|refractor|reflector|newtonian|"
    # a tripod in Georgian and Armenian: "შტატივი Manfrotto" is "Manfrotto", as "штатив
    # Benro" is "Benro" (batch-25; the scorer keeps its own words, not the reader's data)
    "შტატივი|եռոտանի|"
    # a tripod in Icelandic, Afrikaans and Thai, after or before its maker ("Gitzo þrífótur",
    # "Manfrotto-driepoot", "ขาตั้ง Leofoto"), as "Gitzo tripod" is "Gitzo" (batch-33)
    "þrífótur|driepoot|ขาตั้ง|"
    # a tripod, mount, lens, camera and telescope in Belarusian, Ukrainian, Russian, Bulgarian,
    # Serbian and Macedonian, before or after the name ("штатыў Velbon" is "Velbon", as
    # "штатив Benro" is "Benro"; batch-33)
    "штатыў|тэлескоп|телескоп|камера|фотаапарат|фотоапарат|фотоаппарат|аб['’]ектыў|"
    "об['’]єктив|объектив|обектив|објектив|мантоўка|монтування|монтировка|монтажа|"
    # a Barlow lens's kind word before its maker: "Barlow Baader VIP 2x" is "Baader VIP 2x", as
    # "lens Canon EF 75-300mm" is "Canon EF 75-300mm" (batch-32; the set writes both)
    "barlow|"
    # a tripod in Slovak, as Czech "stativ" ("statív Rollei C5i" is "Rollei C5i"), and
    # Swahili's "tripodi ya" (of) before its maker ("tripodi ya Manfrotto"; batch-35)
    "statív|"
    # a tripod in Lithuanian after its maker ("Gitzo stovas" is "Gitzo", as "Gitzo tripod";
    # the set's "trikojis" is the same kind; batch-39)
    "stovas"
)
# an alt-azimuth mount written onto its name ("ビクセン ポルタII経緯台" is "ビクセン ポルタII", as
# "SXP2赤道儀" is "SXP2"; batch-39), and a tripod in traditional and simplified Chinese or
# joined by Japanese "の" ("曼富圖腳架" is "曼富圖", "ジッツオの三脚" is "ジッツオ", as "Gitzo
# tripod" is "Gitzo"; batch-41)
_CJK_KINDS = "三脚架|三脚|赤道儀|経緯台|架台|腳架|脚架"  # written without a space
_KIND_HEAD = re.compile(rf"^(?:(?:{_KINDS})[\s-]+)+", re.I)
_KIND_TAIL = re.compile(rf"(?:[\s-]+(?:{_KINDS})|\s*の?(?:{_CJK_KINDS}))+$", re.I)


# A remark in brackets after an instrument's name ("Canon 600D (modified)", "Canon EOS 6D
# (astromodifiziert)") qualifies it; with or without it, it is the same instrument.
_REMARK_TAIL = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


# A maker's name in Chinese or Japanese before the same maker's Latin name, then its model:
# "徕图 Leofoto LS-324C" is "Leofoto LS-324C", as the mail may write the two (batch-34); a
# maker's name alone before a model ("索尼 A7R V") stays.
_CJK_MAKER_HEAD = re.compile(
    r"^[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+\s+(?=[A-Z][a-z]{2,}\s+\S)"
)


def equipment_norm(value: str) -> str:
    """The instrument's name without a kind word beside it or a remark after it, normalised."""
    bare = _KIND_TAIL.sub("", _KIND_HEAD.sub("", _REMARK_TAIL.sub("", value.strip())))
    return norm(_CJK_MAKER_HEAD.sub("", bare)) or norm(value)


# After the labelled place, "in" and a name of up to three capitalised words that ends the
# value: the area the place lies in ("Sternwarte Drebach im Erzgebirge", "Rifugio Sella nel
# Parco", "Observatoire de Haute-Provence en Provence"), more precise, not another place.
_AREA_AFTER = re.compile(
    r"\s+(?:in|im|in der|in den|en|à|au|nel|nella|nei|nelle|na|w|we|v|ve|u|в|во|i|í|في|در)\s+"
    r"(?P<area>\w[\w'’-]*(?:\s\w[\w'’-]*){0,2})"
)


def _area_after(rest: str) -> bool:
    """Whether the text after the labelled place is "in" and the name of the area it lies in:
    capitalised words, or words of a script without capitals that say no time ("جبل جيس في
    رأس الخيمة" for "جبل جيس", as "Sternwarte Drebach im Erzgebirge")."""
    m = _AREA_AFTER.fullmatch(rest)
    words = m["area"].split() if m else []
    times = words_of("caseless_not_name")
    return bool(words) and all(
        (w[0].isupper() or _caseless(w[0])) and w not in common_words() and w not in times
        for w in words
    )


def _caseless(letter: str) -> bool:
    """A letter of a script without capitals (Arabic, Hebrew)."""
    return letter.isalpha() and not letter.isupper() and not letter.islower()


def same_place(want: str, got: str) -> bool:
    """The labelled place, or a run of its whole words (the town of a longer place phrase),
    or the labelled place with a qualifier in brackets, after a comma or after "in", as a
    place line may write it ("長野県南牧村（野辺山高原）", "Lyon (Fourvière)", "Zadar, Riva",
    "Sternwarte Drebach im Erzgebirge")."""
    bare = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", got)
    if norm(want) in (norm(got), norm(bare)):
        return True
    rest = got[len(want.rstrip()) :] if got.startswith(want.rstrip()) else None
    if rest is not None and (
        re.match(r"\s*[,，、]\s*\w", rest) or _area_after(rest) or _THAI_PROVINCE.fullmatch(rest)
    ):
        return True
    if _cjk_areas_before(want, got):
        return True
    w, g = _words(want.casefold()), _words(got.casefold())
    if not g or max(map(len, g)) < 3:
        return False
    return any(
        all(map(_word_or_its_base, w[i : i + len(g)], g)) for i in range(len(w) - len(g) + 1)
    )


def _words(text: str) -> list[str]:
    """The words of a text, with their combining marks: an Indic word's vowel signs are no
    break ("हानले", not "ह", "नल")."""
    return re.findall(r"(?:[^\W_]|[\u0300-\u036f\u0900-\u0dff])+", text)


# Hebrew's one-letter prepositions and conjunction written onto the next word: "במצפה רמון"
# ("in Mitzpe Ramon") holds the town "מצפה רמון" (batch-34)
_HEBREW_PREFIXES = "בלמוהכש"


def _word_or_its_base(label: str, found: str) -> bool:
    """The label's word, or its base form where the label writes it in a case, as the mail
    does: "Шацьк" for "у Шацьку", "Baldone" for "Baldones observatorijas", "Златибор" for "на
    Златибору" (batch-26 labels words as written, batch-25 their base forms: both are right).
    Only a case ending cut off (up to three letters) of a word of four letters or more, or
    one changed for the base's own ending of one or two letters ("Ljubljana" for "v
    Ljubljani", batch-38 labels "Maribor" for "v Mariboru"), or a Hebrew preposition written
    onto it ("במצפה" for "מצפה")."""
    if label == found:
        return True
    if len(found) >= 3 and label[:1] in _HEBREW_PREFIXES and label[1:] == found:
        return True
    shared = shared_start(label, found)
    cut, base_end = len(label) - shared, len(found) - shared  # the label's ending, the base's
    return shared >= 4 and 1 <= cut <= 3 and base_end <= 2


# A Thai place with its province after it, as "จ." (จังหวัด, province) and the province's name:
# "ดอยอินทนนท์ จ.เชียงใหม่" is "ดอยอินทนนท์" (batch-12 and batch-23 label the pair, batch-25 the
# mountain alone).
_THAI_PROVINCE = re.compile(r"\s+(?:จ\.|จังหวัด)\s?[\u0e00-\u0e7f]+")


# A Chinese, Japanese or Korean address writes the larger areas first, with no comma:
# "河北省承德市兴隆县" is the county "兴隆县" with its province and prefecture before it
# (batch-15 and batch-19 label the whole line, batch-25 the county alone).
_CJK_AREA = re.compile(r"(?:[\u4e00-\u9fff\u3040-\u30ff]+?[省市县縣区區都道府県郡])+")


def _cjk_areas_before(want: str, got: str) -> bool:
    """Whether `got` is the labelled CJK place with only whole larger areas before it."""
    if not want or not got.endswith(want) or got == want:
        return False
    return bool(_CJK_AREA.fullmatch(got[: -len(want)]))
