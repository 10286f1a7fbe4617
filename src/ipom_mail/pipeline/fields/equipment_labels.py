"""The labels of an equipment line and of the other fields, and the settings among the
instruments: split from equipment.py.

"Equipment:", "Ausrüstung:", "機材：" start a value; "Date:", "Belichtung:" end it; "ISO 800",
"1/1000 s", "150 fps" and software are no instruments (data/labels.toml holds the words of
the languages beyond the first ten).
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.labels import label_words, label_words_in, label_words_raw

LABEL_WORDS = (
    "equipment|gear|setup|set-up|kit|instruments?|telescopes?|scope|optics?|cameras?|lens(?:es)?|"
    "mount|filters?|imaging train|accessories|barlow|reducer|powermate|focuser|"
    "guid(?:e|ing)(?: scope)?|tripod|stativ|statief|statyw|trépied|trípode|treppiede|tripé|állvány|"
    "ausrüstung|ausruestung|teleskop|kamera|objektiv|montierung|filter|optik|"
    "équipement|equipement|matériel|materiel|télescope|telescope|caméra|camera|appareil(?: photo)?|"
    "objectif|monture|filtres?|lunette|"
    "equipo|telescopio|cámara|objetivo|montura|filtros?|"
    "attrezzatura|strumentazione|strument[oi]|fotocamera|obiettivo|montatura|"
    "equipamento|telescópio|câmera|câmara|montagem|"
    "apparatuur|uitrusting|telescoop|camera|lens|montering|"
    "sprzęt|teleskop|aparat|obiektyw|montaż|"
    "vybavení|dalekohled|fotoaparát|objektiv|montáž|"
    "felszerelés|felszereles|távcső|tavcso|fényképezőgép|kamera|objektív|mechanika|szűrő"
)
LABEL_WORDS += "|" + label_words("equipment")
# Armenian ends a label with its comma "՝" ("Սարքավորում՝ Canon EOS R8 …"); a slash before a
# label parts two in one value ("Telescope: Takahashi FSQ-106/Camera: ZWO ASI290MM")
EQUIPMENT_LABEL = re.compile(
    rf"(?:^|(?<=[\s|;,/]))(?:{LABEL_WORDS})(?:\s*\([^)]*\))?\s*[:：՝]\s*", re.IGNORECASE
)
# Labels of other fields: they end an equipment value written on the same line.
OTHER_LABEL = re.compile(
    r"(?:^|(?<=[\s|;,]))(?:date|time|date/time|time/date|taken|location|place|site|"
    r"exposure|settings|iso|gain|processing|flyby|pass|max\.? elevation|magnitude|"
    r"datum|zeit|uhrzeit|ort|standort|aufnahmezeit|belichtung|lieu|heure|fecha|hora|"
    r"lugar|data|ora|luogo|locatie|tijd|plaats|czas|miejsce|čas|místo|dátum|időpont|"
    r"helyszín|expozíció)\s*(?:\([^)]*\))?\s*[:：]",
    re.IGNORECASE,
)

_SECONDS = label_words_in("settings", "seconds")
_SETTING_WORDS = label_words_in("settings", "words")
_FRAMES = label_words_in("settings", "frames")  # "300 scatti", "150 фрејмова": a series
_NUMBER = r"\d+(?:[.,]\d+)?(?:\s?[-–]\s?\d+(?:[.,]\d+)?)?"  # "20", "2,5", "20-25": a range too
# The f-stop named by its local word before its number ("Blende 2,2", "diaframma f/2.8"), or
# a bare "F2.8" making a whole piece ("絞り F2.8" once its word is cut off)
_F_STOP = (
    rf"(?:{label_words('f_stop_words')})\s*[:=]?\s*(?:[fƒ]\s*/?\s*)?\d|"
    r"[fƒ]\d+(?:[.,]\d+)?\s*$"
)
SETTING = re.compile(
    rf"^(?:iso(?:\b|\d)|gain\b|exp(?:osure|\.)?\s*[\d:]|exposure\b|offset\b|f/\d|"
    rf"\d+/\d+\s*(?:{_SECONDS})(?!\w)|{_NUMBER}\s*(?:{_SECONDS}|fps)(?!\w)|"
    rf"\d+(?:-\d+)?\s*(?:{_FRAMES})(?!\w)|stack\w*\b|bin(?:ning)?\b|belichtung|"
    rf"temp(?:erature)?\b|{_F_STOP}|(?:{_SETTING_WORDS})(?!\w))",
    re.IGNORECASE,
)
# A time in seconds starting a piece of the value ("Sony A7 III, 20-25 s exposures"): written
# without its space, as a lone "s" also joins two instruments ("Evostar 102 s Baader")
SECONDS_RUN = re.compile(rf"(?:^|(?<=[,;+]))\s*{_NUMBER}\s*(?:{_SECONDS})(?![\w.])", re.I)
# How a lens was used, after it ("Samyang 14mm wide open", "bei Offenblende"): no part of its name
# (?<!\s): from the first blank of a run only, so a long run of blanks is no square of work
APERTURE = re.compile(rf"(?<!\s)\s+(?:{label_words_raw('aperture_phrases')})(?!\w)", re.I)
# A zoom's focal length as used, after its name ("RF 24-105mm f/4L at 24mm", "14-30mm @ 14mm"):
# a setting, cut off as the aperture's phrases are
ZOOM_AT = re.compile(
    rf"(?P<zoom>(?<!\d)\d{{1,3}}\s?[-–]\s?\d{{1,4}}\s?mm\b[^,;+\n]{{0,30}}?)\s*"
    rf"(?<![^\W\d_])(?:{label_words_raw('zoom_at')})\s?\d{{1,4}}(?:[.,]\d)?\s?mm\b",
    re.I,
)
SOFTWARE = re.compile(rf"(?:{label_words('software')})", re.IGNORECASE)
