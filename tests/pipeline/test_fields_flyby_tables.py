"""Pass tables copied from a prediction site into the mail (issue 13; data/pass_tables.toml):
Heavens-Above's layout in several languages, a pipe table, a tab-separated one, an HTML
table. The row whose window holds the photo's time is the photo's pass; a table of
several passes with no such row, or with no zone for its times, gives no UT time.
Mails written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.parse.textcodec import html_to_text
from ipom_mail.pipeline.values import Flyby, Media

_CEST = timezone(timedelta(hours=2))


def _flyby(text: str, sent: datetime) -> Flyby:
    taken = find_taken_at(text, Media(items=(), notes=()), sent)
    return find_flyby(text, taken, sent)


def _ut(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


_GERMAN = """Hallo zusammen,

anbei mein Bild vom Überflug über dem Hafen von Lindau. Aufgenommen am 14. Mai 2027 um
22:31:40 MESZ, eine Einzelbelichtung von 20 Sekunden mit der Canon EOS R6.

Die Vorhersage von Heavens-Above (Ortszeit, MESZ):

Datum    Helligkeit  Beginn               Höchster Punkt       Ende
         (mag)       Zeit      Höhe Az.   Zeit      Höhe Az.   Zeit      Höhe Az.
13 Mai   -2,1        23:14:02  10°  W     23:16:40  28°  SW    23:19:11  10°  S
14 Mai   -3,5        22:29:15  10°  WNW   22:32:30  71°  SSW   22:35:48  10°  OSO
15 Mai   -1,8        21:44:51  10°  NW    21:47:02  19°  N     21:49:20  10°  NO

Viele Grüße
Jonas
"""


def test_the_row_holding_the_photos_time_is_the_pass() -> None:
    flyby = _flyby(_GERMAN, datetime(2027, 5, 16, 9, 0, tzinfo=_CEST))
    assert flyby.max_elevation_deg == 71.0
    assert flyby.magnitude == -3.5
    assert flyby.start == _ut("2027-05-14T20:29:15")
    assert flyby.end == _ut("2027-05-14T20:35:48")


def test_several_passes_and_no_shot_time_give_nothing() -> None:
    text = _GERMAN.replace("um\n22:31:40 MESZ", "am Abend")
    flyby = _flyby(text, datetime(2027, 5, 16, 9, 0, tzinfo=_CEST))
    assert flyby == Flyby(None, None, None, None)


def test_a_shot_outside_every_row_takes_no_row() -> None:
    text = _GERMAN.replace("22:31:40 MESZ", "23:58:10 MESZ")
    flyby = _flyby(text, datetime(2027, 5, 16, 9, 0, tzinfo=_CEST))
    assert flyby == Flyby(None, None, None, None)


def test_a_table_with_no_zone_gives_no_ut_time() -> None:
    text = _GERMAN.replace("(Ortszeit, MESZ)", "")
    flyby = _flyby(text, datetime(2027, 5, 16, 9, 0, tzinfo=_CEST))
    assert flyby.start is None
    assert flyby.end is None


_SPANISH_PIPES = """Hola,

os envío la foto del paso de la ISS sobre la Alhambra, tomada el 3 de junio de 2027 a las
22:48:05 (hora peninsular, UTC+2).

| Fecha  | Brillo | Inicio          | Punto más alto  | Fin             |
|--------|--------|-----------------|-----------------|-----------------|
| 02 jun | -1,6   | 23:31:20 10° O  | 23:33:41 24° SO | 23:36:02 10° S  |
| 03 jun | -3,3   | 22:45:37 10° ONO| 22:48:52 58° SSO| 22:52:09 10° ESE|

Todas las horas en UTC+2.

Saludos,
Lucía
"""


def test_a_pipe_table_in_spanish() -> None:
    flyby = _flyby(_SPANISH_PIPES, datetime(2027, 6, 4, 10, 0, tzinfo=_CEST))
    assert flyby.max_elevation_deg == 58.0
    assert flyby.magnitude == -3.3
    assert flyby.start == _ut("2027-06-03T20:45:37")
    assert flyby.end == _ut("2027-06-03T20:52:09")


_DUTCH_TABS = (
    "Beste redactie,\n\n"
    "Mijn foto van het ISS boven de vuurtoren van Westkapelle, genomen op 7 april 2027 om "
    "21:36:20 uur (UTC+2).\n\n"
    "Datum\tHelderheid\tBegin\tHoogste punt\tEinde\n"
    "07 apr\t-2,9\t21:33:58\t10°\tZW\t21:37:10\t49°\tZ\t21:40:21\t10°\tO\n"
    "08 apr\t-1,2\t20:47:31\t10°\tZZW\t20:49:40\t17°\tZ\t20:51:49\t10°\tZO\n\n"
    "Tijden in UTC+2.\n\nGroet,\nSanne\n"
)


def test_a_tab_separated_table_in_dutch() -> None:
    flyby = _flyby(_DUTCH_TABS, datetime(2027, 4, 8, 9, 0, tzinfo=_CEST))
    assert flyby.max_elevation_deg == 49.0
    assert flyby.magnitude == -2.9
    assert flyby.start == _ut("2027-04-07T19:33:58")
    assert flyby.end == _ut("2027-04-07T19:40:21")


_ITALIAN_HTML = """<p>Buongiorno, vi mando la foto della ISS sopra il Duomo di Orvieto,
scattata il 21 aprile 2027 alle 21:12:30 ora italiana.</p>
<p>Previsioni (ora locale, CEST):</p>
<table>
<tr><th>Data</th><th>Luminosità</th><th>Inizio</th><th></th><th>Punto più alto</th><th></th>
<th>Fine</th><th></th></tr>
<tr><td>21 apr</td><td>-3,1</td><td>21:09:44</td><td>10°</td><td>21:13:01</td><td>63°</td>
<td>21:16:17</td><td>10°</td></tr>
</table>
<p>Cordiali saluti, Marco</p>"""


def test_an_html_table_of_one_pass_in_italian() -> None:
    text, _ = html_to_text(_ITALIAN_HTML)
    flyby = _flyby(text, datetime(2027, 4, 22, 8, 0, tzinfo=_CEST))
    assert flyby.max_elevation_deg == 63.0
    assert flyby.magnitude == -3.1
    assert flyby.start == _ut("2027-04-21T19:09:44")
    assert flyby.end == _ut("2027-04-21T19:16:17")


def test_a_table_of_one_pass_with_no_shot_time_gives_its_numbers() -> None:
    text = """Dzień dobry, zdjęcie ISS nad Toruniem z wczoraj wieczorem.

Data     Jasność  Początek          Najwyższy punkt   Koniec
12 maj   -3,0     21:50:10  10° Z   21:53:20  55° Pd  21:56:31  10° W
"""
    flyby = _flyby(text, datetime(2027, 5, 13, 8, 0, tzinfo=_CEST))
    assert flyby.max_elevation_deg == 55.0
    assert flyby.magnitude == -3.0
    assert flyby.start is None  # no zone written for the table


_HUNGARIAN = """Sziasztok!

A képet a szegedi Dóm tér fölött készítettem, 2027. február 20-án 18:33:10 CET-kor.

Áthaladások (helyi idő, CET):

Dátum     Fényesség  Kezdet                 Legmagasabb pont       Vége
                     Idő       Mag.  Irány  Idő       Mag.  Irány  Idő       Mag.  Irány
febr. 20  -3,2       18:30:41  10°   ÉNY    18:33:55  57°   ÉK     18:37:08  10°   DK
febr. 21  -2,0       17:44:19  10°   É      17:46:50  24°   K      17:49:20  10°   DK

Üdv, Réka
"""


def test_column_names_are_no_zone_and_the_heading_names_it() -> None:
    """ "Irány  Idő" (direction, time) under the header is no "Iran time": the table's
    clock is the CET of its heading."""
    flyby = _flyby(_HUNGARIAN, datetime(2027, 2, 21, 9, 0, tzinfo=timezone(timedelta(hours=1))))
    assert flyby.max_elevation_deg == 57.0
    assert flyby.magnitude == -3.2
    assert flyby.start == _ut("2027-02-20T17:30:41")
    assert flyby.end == _ut("2027-02-20T17:37:08")


_CALSKY_LIKE = """Bonsoir, voici l'ISS au-dessus du château de Vincennes, prise le 9 avril 2027 à
21:58 (UTC+2).

Liste des passages :
Date        Début     Culmination   Fin        Hauteur max  Magnitude
2027-04-09  21:55:03  21:58:21      22:01:40   78°          -3,6
2027-04-10  21:08:47  21:11:30      21:14:12   33°          -2,4
Heures en UTC+2.
"""


def test_a_list_with_its_zone_for_every_time_leaves_the_shot_time_alone() -> None:
    """The rows' times, all in the zone the mail gives every time, are the passes': the
    photo's time is still the one beside the words, and it picks the row."""
    sent = datetime(2027, 4, 10, 9, 0, tzinfo=_CEST)
    taken = find_taken_at(_CALSKY_LIKE, Media(items=(), notes=()), sent)
    assert taken.taken_at == _ut("2027-04-09T19:58:00")
    flyby = find_flyby(_CALSKY_LIKE, taken, sent)
    assert flyby.max_elevation_deg == 78.0
    assert flyby.magnitude == -3.6
    assert flyby.start == _ut("2027-04-09T19:55:03")
    assert flyby.end == _ut("2027-04-09T20:01:40")
