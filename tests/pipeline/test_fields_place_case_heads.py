"""location, batch-39: a compound place name whose last part is a landform noun ("-tunturi"
a fell, "-tető" a hilltop, "-vellir" plains) written in a local case ("Pyhätunturilla",
"Piszkéstetőn", "á Þingvöllum"): the noun's own declension gives its base form with
certainty ("Pyhätunturi", "Piszkéstető", "Þingvellir"; data/locatives.toml [case_heads]),
where GeoNames does not know the place. Never the noun alone, nor a case that is not where
one stood (the genitive of a fell the station flew over)."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_heads import headed_place
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("olin eilen illalla lomalla Pyhätunturilla ja sain kuvattua ISS:n, kun se lensi Noitatunturin yli.", "Pyhätunturi"),
        ("Kuva on otettu Ounasvaaralla lauantaina, taivas oli kirkas ja pakkasta oli paljon.", "Ounasvaara"),
        ("Tegnap este a Mátrában, Piszkéstetőn fotóztam az ISS-t, ahogy elhaladt a kupola fölött.", "Piszkéstető"),
        ("A képet a Kékestetőről készítettem tegnap este, a tévétorony mellől, nagyon tiszta égbolt mellett.", "Kékestető"),
        ("Ég tók hana á Þingvöllum í gærkvöldi, klukkan 22:51 að íslenskum tíma, og norðurljósin dönsuðu.", "Þingvellir"),
        ("Ég tók myndina á Egilsstöðum í gærkvöldi, klukkan 22:10, himinninn var alveg heiður og stöðin björt.", "Egilsstaðir"),
    ],
)  # fmt: skip
def test_a_landform_compound_in_a_local_case_is_its_base_form(text: str, place: str) -> None:
    assert headed_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        # the genitive of a fell the station flew over: no place one stood on
        "Sain kuvattua ISS:n eilen illalla, kun se lensi Noitatunturin yli, ja revontuliakin oli vähän.",
        # the landform's noun alone, no name
        "Olin eilen illalla tunturilla ja sain kuvattua ISS:n, taivas oli kirkas ja kylmä.",
        # Icelandic: over the plains, not where one stood
        "Myndin sýnir geimstöðina yfir Þingvöllum í gærkvöldi, klukkan 22:51 að íslenskum tíma.",
        # a hilltop in lower case: no name
        "Tegnap este a hegytetőn fotóztam az ISS-t, ahogy elhaladt a házunk fölött, nagyon szép volt.",
    ],
)  # fmt: skip
def test_a_landform_that_is_no_site_stood_on_is_no_place(text: str) -> None:
    assert headed_place(text) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ISS", "Hei,\n\nolin eilen illalla lomalla Pyhätunturilla ja sain kuvattua ISS:n, kun se lensi\nNoitatunturin yli.\n\nKuva on otettu klo 21.17 Suomen aikaa.\n\nTerveisin\nMikko\nOulu\n", "Pyhätunturi"),
        ("ISS", "Kedves Szerkesztők!\n\nTegnap este a Mátrában, Piszkéstetőn fotóztam az ISS-t, ahogy elhaladt az\nobszervatórium kupolája fölött.\n\nÜdvözlettel:\nKovács Balázs\n", "Piszkéstető"),
        ("ISS", "Góðan dag,\n\nhér er myndin mín af geimstöðinni yfir Almannagjá. Ég tók hana á\nÞingvöllum í gærkvöldi, klukkan 22:51 að íslenskum tíma.\n\nKær kveðja,\nGuðrún\n", "Þingvellir"),
    ],
)  # fmt: skip
def test_a_whole_mail_gives_the_landform_compound_in_its_base_form(
    subject: str, body: str, place: str
) -> None:
    assert mail_place(subject, body) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Siunčiu nuotrauką, darytą vakar vakare Molėtų\nastronomijos observatorijoje. Stotis praskriejo virš kupolo.", "Molėtų astronomijos observatorija"),
        ("Nuotrauka daryta vakar Vilniaus universiteto observatorijoje, dangus buvo giedras ir šaltas.", "Vilniaus universiteto observatorija"),
        ("Sūtu fotogrāfiju, kas uzņemta vakar vakarā Baldones observatorijā, debesis bija skaidras.", "Baldones observatorija"),
    ],
)  # fmt: skip
def test_a_site_named_by_its_genitives_and_a_kind_in_a_local_case_is_its_base_form(
    text: str, place: str
) -> None:
    assert headed_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        # a town in its locative before the kind: no genitive, no name of the site
        "Nuotrauka daryta vakar Vilniuje observatorijoje, dangus buvo giedras ir šaltas.",
        # the kind alone
        "Nuotrauka daryta vakar vakare observatorijoje, dangus buvo giedras ir šaltas.",
    ],
)  # fmt: skip
def test_a_kind_in_a_local_case_with_no_genitive_name_is_no_place(text: str) -> None:
    assert headed_place(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # one name whole: the gorge at Þingvellir, as set labels write it
        "Hér er mynd af geimstöðinni yfir Almannagjá á Þingvöllum, tekin að kvöldi í ágúst.",
        # a lake's name ends the town's: set labels keep it as written
        "sain eilen illalla kuvan ISS:stä Tähtikalliolla Artjärvellä, asema meni Otavan läpi.",
    ],
)  # fmt: skip
def test_a_landform_inside_a_longer_name_or_a_town_is_not_put_back(text: str) -> None:
    assert headed_place(text) is None
