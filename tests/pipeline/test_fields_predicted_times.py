"""A transit mail quotes the prediction site's time beside the observed one (issue 13,
batch-20: "transit-finder predicted a 0.52 s transit at 23:31:07 … the station enters the
disc at 23:31:08"): the observed time is the photo's, the predicted one never is; a mail
that gives only the prediction gives no UT time, and the notes say why."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())
SENT = datetime(2027, 4, 18, 19, 12, tzinfo=UTC)  # a Date header in UT: any clock may send it


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "My lunar transit of the ISS, taken 17 April 2027.\n\n"
            "Transit-finder predicted a 0.52 s transit at 23:31:07 UT. In the video the "
            "station enters the disc at 23:31:08 UT.",
            datetime(2027, 4, 17, 23, 31, 8, tzinfo=UTC),
        ),
        (
            "Envio o meu trânsito solar da ISS captado a 17 de abril de 2027.\n\n"
            "A previsão do transit-finder era de 0,58 s às 15:03:27 (UTC+1). Na gravação a "
            "ISS atravessa o disco às 15:03:28 (UTC+1).",
            datetime(2027, 4, 17, 14, 3, 28, tzinfo=UTC),
        ),
        (
            "17 Nisan 2027 akşamı ISS'in Ay önünden geçişini görüntüledim.\n\n"
            "Transit-finder tahmini: 22:17:34 TSİ, süre 0,48 sn.\n"
            "Gerçek geçiş: 22:17:35 TSİ",
            datetime(2027, 4, 17, 19, 17, 35, tzinfo=UTC),
        ),
        (
            "Mein Sonnentransit der ISS, aufgenommen am 17. April 2027.\n\n"
            "Vorhergesagt war der Durchgang für 14:02:10 MESZ, im Video beginnt er um "
            "14:02:11 MESZ.",
            datetime(2027, 4, 17, 12, 2, 11, tzinfo=UTC),
        ),
        (
            "2027年4月17日、ISSの月面通過を撮影しました。\n\n"
            "予報では23時31分07秒（日本時間）でしたが、実際の通過は23時31分08秒（日本時間）でした。",
            datetime(2027, 4, 17, 14, 31, 8, tzinfo=UTC),
        ),
        # a time that matched the prediction is observed
        (
            "My solar transit of the ISS on 17 April 2027: as predicted the station "
            "crossed the Sun at 11:26:42 UT.",
            datetime(2027, 4, 17, 11, 26, 42, tzinfo=UTC),
        ),
        (
            "Mein ISS-Transit vom 17. April 2027: wie vorhergesagt lief die Station um "
            "14:02:11 MESZ über die Sonne.",
            datetime(2027, 4, 17, 12, 2, 11, tzinfo=UTC),
        ),
        (
            "Mon transit de l'ISS du 17 avril 2027 : comme prévu la station a traversé le "
            "Soleil à 13:42:07 heure de Paris.",
            datetime(2027, 4, 17, 11, 42, 7, tzinfo=UTC),
        ),
        (
            # the prediction's clause ends before the observed time's
            "My lunar transit of the ISS, taken 17 April 2027. The prediction was spot on; "
            "the station crossed at 23:31:08 UT.",
            datetime(2027, 4, 17, 23, 31, 8, tzinfo=UTC),
        ),
    ],
)
def test_the_observed_time_beside_a_prediction_is_the_photos(text: str, want: datetime) -> None:
    assert find_taken_at(text, NO_MEDIA, SENT).taken_at == want


@pytest.mark.parametrize(
    "text",
    [
        "My solar transit of the ISS, taken 17 April 2027. Transit-finder predicted it "
        "at 11:26:41 UT and I got it!",
        "Mi tránsito solar de la EEI, tomado el 17 de abril de 2027. La predicción de "
        "Transit Finder era a las 13:42:07 (UTC+2).",
        "Il mio transito lunare della ISS del 17 aprile 2027: previsto alle 22:14:05 ora "
        "legale italiana, centrato in pieno.",
        "2027年4月17日拍摄的国际空间站凌日。预测时间为北京时间14时02分10秒。",
    ],
)
def test_a_prediction_alone_gives_no_time(text: str) -> None:
    got = find_taken_at(text, NO_MEDIA, SENT)
    assert got.taken_at is None
    assert any("prediction's" in note for note in got.notes)
