"""The place of a CJK sentence (issue 13), checked against GeoNames' CJK names, or a site.

"在成都拍的", "大阪の自宅から撮りました", "부산 해운대에서 촬영": the phrase before the
verb of taking (data/locatives.toml [cjk]), without one's own home ("大阪の自宅" is
"大阪") and, beside a landmark ("江苏南京紫金山脚下", at the foot of Purple Mountain),
without the landmark and its position word ([cjk_positions]): the photographer stood
in the town, not on the mountain; so with a landmark the station passed over ("부산 광안대교
위로 지나가는 ISS 찍었어요", [cjk_over]): the town only. A site named before its kind ("天坛公园外", outside
the Temple of Heaven park; [cjk_site_kinds]) is a place as written, without the words
that place one beside it ([cjk_around]).
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_words import data, words_of
from ipom_mail.pipeline.fields.script_words import holds_event, script_data
from ipom_mail.pipeline.fields.towns import cjk_town, is_town


def cjk_place(text: str) -> str | None:
    """The place of a CJK sentence ('在北京怀柔拍摄'), without one's own home ('大阪の自宅')."""
    homes = [w for listed in data()["home"].values() for w in listed]
    lines = text.splitlines()
    for rx in _forms():
        for m in (m for line in lines for m in rx.finditer(line)):
            if holds_event(m.group(1)):
                continue  # "동호회 정기모임에서": a meeting's venue
            place = _without_home(_without_homes_of(m.group(1).strip(), homes), homes)
            while " " in place and _lead_word(place.split(" ", 1)[0]):
                place = place.split(" ", 1)[1]  # "어제 대구 수성못": yesterday, at …
            place = _without_around(place)
            area = _area(m)
            place = _without_town_again(place, area)
            if cjk_town(place.replace(" ", "")):
                landmark = _beside_landmark(place)
                return landmark + area if landmark == place else landmark
            site = _named_site(place)
            if site and not _passed_over(m):
                return site + area  # a site passed over was in the frame, not stood at
    return None


def without_own_home(value: str) -> str:
    """A labelled CJK place without one's own home after its genitive ("撮影地：埼玉県川越市の
    自宅ベランダ" → "埼玉県川越市", "촬영 장소: 경기도 양평의 집 마당"): the home is no place."""
    if not _CJK.search(value):
        return value
    homes = [w for listed in data()["home"].values() for w in listed]
    return _without_homes_of(value, homes).strip() or value


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _without_homes_of(place: str, homes: list[str]) -> str:
    """'大阪の自宅' → '大阪', '경기도 양평의 시골집 마당' → '경기도 양평', '北京市怀柔区的家里' →
    '北京市怀柔区': one's home after a genitive ("の", Korean "의", Chinese "的"), a Korean
    home compound too ("시골집", a country house)."""
    joint = "의 " if "의 " in place else "的" if "的" in place and "の" not in place else "の"
    parts = place.split(joint)
    while len(parts) > 1 and _home_part(parts[-1], homes):
        parts = parts[:-1]
    return joint.join(parts)


def _home_part(part: str, homes: list[str]) -> bool:
    """Whether a part after a genitive starts with one's home, or its first Korean word ends
    with a home word ("시골집")."""
    first = part.split(" ", 1)[0]
    hangul = [h for h in homes if "\uac00" <= h[0] <= "\ud7af"]
    return any(part.startswith(h) for h in homes) or first.endswith(tuple(hangul))


# the region a place's brackets name after it: "田沢湖（秋田県）", "象山六巨石觀景台（台北市信義區）"
_REGION = re.compile(r"\s*[（(]([^（）()\n]{1,16})[）)]")


@cache
def _forms() -> tuple[re.Pattern[str], ...]:
    """The sentence forms of data/locatives.toml [cjk], then data/script_places.toml's
    [cjk_taken] ("拍摄于…", "…에서 ISS가 … 찍었습니다")."""
    listed = [*data()["cjk"].values(), *script_data()["cjk_taken"].values()]
    return tuple(re.compile(p) for patterns in listed for p in patterns)


def _area(m: re.Match[str]) -> str:
    """The region in brackets right after the place, as written ("田沢湖（秋田県）"); none
    where the brackets place the spot by a landmark ("（兴隆观测站附近）", near the
    Xinglong station: [cjk_positions]), a remark, not the place's region."""
    region = _REGION.match(m.string, m.end(1))
    if region is None or region.group(1).endswith(tuple(words_of("cjk_positions"))):
        return ""
    return region.group(0).rstrip()


def _without_town_again(place: str, area: str) -> str:
    """'화천 조경철천문대' before '(강원특별자치도 화천군)' → '조경철천문대': a town before a
    site that the brackets after it name again, the site a name of its own."""
    town, _, site = place.partition(" ")
    if site and town in area and _named_site(site):
        return site
    return place


def _lead_word(word: str) -> bool:
    """A word before a Korean place that is no part of it: a word of time ("어제", "시간에";
    [lead_marks]) or the sentence's topic ("사진은", [topic_marks])."""
    marks = tuple(words_of("topic_marks") | words_of("lead_marks"))
    return word in words_of("time_words") or word.endswith(marks)


def _passed_over(m: re.Match[str]) -> bool:
    """Whether the words after the place put the station over a landmark there ('부산
    광안대교 위로', [cjk_over]): only a town is then the place."""
    after = m.string[m.end(1) : m.end()].split()
    unspaced = after[0] if after else ""  # "富士山の上空を通過": no space after the name
    over = words_of("cjk_over")
    return bool(set(after[:2]) & over) or any(unspaced.startswith(w) for w in over)


def _without_around(place: str) -> str:
    """'天坛公园外' → '天坛公园', '보현산 천문대 아래 주차장' → '보현산 천문대': without the
    words after a site that place one beside it ([cjk_around])."""
    around = sorted(words_of("cjk_around"), key=len, reverse=True)
    cut = True
    while cut:
        cut = False
        for word in around:
            if place.endswith(word) and len(place) > len(word):
                place, cut = place[: -len(word)].rstrip(), True
    return place


def _named_site(place: str) -> str | None:
    """A site ending in its kind ([cjk_site_kinds]: '天坛公园', '보현산 천문대'): a name of its
    own before the kind, never the kind alone ('公园')."""
    if "の" in place:  # "本栖湖の浩庵キャンプ場": a site at a lake or town, both named
        head, _, tail = place.rpartition("の")
        named = _named_site(tail) and (cjk_town(head) or _named_site(head))
        return place if named else None
    kind = next((k for k in words_of("cjk_site_kinds") if place.endswith(k)), None)
    if kind is None or len(place.replace(" ", "")) < len(kind) + 2:
        return None
    return place


def site_of_part(value: str) -> str:
    """'…兴隆观测基地的观测平台' → '…兴隆观测基地': a Chinese site before "的" (of) and a
    part of it after, the site the name; the whole where the part before is no named site."""
    head, of, _ = value.rpartition("的")
    return head if of and _named_site(head) else value


def _without_home(place: str, homes: list[str]) -> str:
    """'北京市昌平区自家楼顶' → '北京市昌平区': a home word of two characters or more
    ('自家', our own; '楼顶', the rooftop) ends the place where it starts, the town kept."""
    starts = [
        i
        for i in range(2, len(place) - 1)
        if any(len(h) > 1 and place.startswith(h, i) for h in homes)
    ]
    cut = next((i for i in starts if cjk_town(place[:i].replace(" ", ""))), None)
    return place[:cut].rstrip() if cut is not None else place


def _beside_landmark(place: str) -> str:
    """'江苏南京紫金山脚下' → '江苏南京': beside a landmark ([cjk_positions]), the place is
    the phrase up to the last town that leaves the landmark a name of its own (two
    characters and its kind: '紫金山'), else the phrase without the position word."""
    position = next(
        (p for p in sorted(words_of("cjk_positions"), key=len)[::-1] if place.endswith(p)), ""
    )
    if not position:
        return place
    rest = place[: -len(position)].rstrip()
    ends = [
        i + size
        for size in range(2, 7)
        for i in range(len(rest) - size + 1)
        if is_town(rest[i : i + size]) and len(rest) - (i + size) >= 3
    ]
    return rest[: max(ends)].rstrip() if ends else rest


# the Subject's last part, a CJK name alone in brackets: "ISSフォト・オブ・ザ・マンス応募（野辺山）"
_BRACKETED_TITLE = re.compile(
    r"[（(](?P<name>[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,10})[）)]\s*$"
)


def bracketed_title_place(subject: str | None, body: str) -> str | None:
    """A name the Subject gives alone in brackets at its end that the body writes again
    before "at" or "from", its site's kind maybe between ("（野辺山）" and "野辺山高原で";
    data/locatives.toml [cjk_title_after]): as the Subject writes it; never one's home nor a
    gathering."""
    m = _BRACKETED_TITLE.search(subject or "")
    if m is None or m["name"] in words_of("home") or holds_event(m["name"]):
        return None  # one's home, a meeting ("정기모임")
    kinds = "|".join(map(re.escape, sorted(words_of("cjk_site_kinds"), key=len, reverse=True)))
    after = "|".join(map(re.escape, sorted(words_of("cjk_title_after"), key=len, reverse=True)))
    rx = rf"{re.escape(m['name'])}\s?(?:{kinds})?(?:{after})"
    return m["name"] if re.search(rx, body) else None
