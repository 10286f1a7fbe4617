"""location: the town the sender says they live in or come from, and the town a greeting on
top sends its hello from, are the sender's home, not the photo's place — unless the mail
says the photo was taken at home, or names the town again where it was taken. A verb of
taking reads its spot across a wrapped line and past a part of the site ("dalla vetta
del")."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("Foto del mes: la ISS sobre Calar Alto", "Os mando mi foto de la ISS cruzando sobre "
         "las cúpulas del Observatorio de Calar Alto.\nVivo en Granada, pero el sábado cogí el "
         "coche y subí hasta Calar Alto\nporque en la ciudad hay mucha luz.\n\nPase a las "
         "23:14.\n\nUn saludo desde Granada,\nLucía", "Calar Alto"),
        ("ISS over Kielder", "Here is my photo of the ISS over the domes of Kielder "
         "Observatory.\nI live in Leeds, but on Saturday we drove up to Kielder\nfor dark "
         "skies.\n\nPass at 23:14.\n\nCheers from Leeds,\nTom", "Kielder Observatory"),
        ("Foto ISS", "Vi mando la foto della ISS sopra il Monte Cimone. Abito a Bologna, ma "
         "sono salito in auto. Passaggio alle 21:52.\n\nSaluti\nMarco", "Monte Cimone"),
        ("ISS pic po", "hi po! taga Quezon City ako pero dito ko na-shoot sa bakuran ng lola "
         "ko sa Antipolo, Rizal kasi maliwanag sa QC\n\nISS dumaan kagabi 7:26 PM\n\n"
         "salamat po!!\n- Pao D.", "Antipolo"),
    ],
)  # fmt: skip
def test_the_town_the_sender_lives_in_yields_to_where_they_went(
    subject: str, body: str, place: str
) -> None:
    assert mail_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Foto ISS", "Vivo en Granada, pero subí a la sierra con unos amigos. Pase a las "
         "23:14.\n\nSaludos,\nLucía"),
        ("ISS-Foto", "Ich wohne in Nürnberg, bin aber zur Sternwarte gefahren. Überflug um "
         "22:07.\n\nViele Grüße\nJonas"),
        ("Foto ISS", "Abito a Bologna ma la foto l'ho fatta in montagna alle 21:52.\n\n"
         "Ciao,\nMarco"),
        ("ISS", "taga Quezon City ako pero dito ko na-shoot sa bukid kagabi 7:26 PM.\n\n"
         "salamat po!"),
        ("Foto ISS", "Ciao a tutti da Bologna!\n\nLa ISS è passata alle 21:52, che "
         "spettacolo.\n\nSaluti,\nMarco"),
        ("ISS photo", "Hello from Leeds!\n\nThe ISS went over at 21:52, what a sight.\n\n"
         "Cheers,\nTom"),
    ],
)  # fmt: skip
def test_a_home_town_alone_is_no_place(subject: str, body: str) -> None:
    assert mail_place(subject, body) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        # a greeting's town on top, then the photo's spot elsewhere
        ("ISS sopra il Monte Cimone", "Ciao a tutti da Bologna!\n\nVi mando la mia foto, "
         "scattata sabato\n25 luglio dalla vetta del Monte Cimone. Ore 21:52.\n\nSaluti\n"
         "Marco", "Monte Cimone"),
        ("ISS photo", "Shot from the top of Worcestershire Beacon at 21:52.\n\n"
         "Cheers,\nTom", "Worcestershire Beacon"),
    ],
)  # fmt: skip
def test_a_spot_taken_from_is_read_past_a_site_part_and_a_wrapped_date(
    subject: str, body: str, place: str
) -> None:
    assert mail_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        # TRAP: home is where it was taken: the sender's town stays
        ("Foto ISS", "Vivo en Granada y la tomé desde mi balcón a las 23:14.\n\nSaludos,"
         "\nLucía", "Granada"),
        ("ISS photo", "I live in Leeds and shot this from my backyard at 21:52.\n\n"
         "Cheers,\nTom", "Leeds"),
        # TRAP: an acronym after Tagalog's "sa" is no place
        ("ISS pic po", "dito ko na-shoot sa bakuran kasi maliwanag sa QC\n\nISS dumaan "
         "kagabi 7:26 PM\n\nsalamat po!!", None),
        # TRAP: the greeting's town named again where it was taken
        ("Foto ISS", "Saluti da Torino! La ISS fotografata ieri alle 21:15 da Torino, "
         "Piemonte.\n\nCiao,\nLuca", "Torino, Piemonte"),
    ],
)  # fmt: skip
def test_a_home_town_that_is_the_photos_place_stays(
    subject: str, body: str, place: str | None
) -> None:
    assert mail_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # gear left "at home", a few words after its verb, says nothing of where one stood
        ("Zgłoszenie ISS", "Mieszkam w Rzeszowie, ale w sobotę pojechałem w góry. ISS o "
         "21:02. Mój stary Dobson został tym razem w domu, nie zmieściłby się do plecaka."),
        ("ISS photo", "I live in Leeds, but we drove to the moors. Pass at 21:52. The big "
         "Dob stayed this time at home."),
        ("ISS-Foto", "Ich wohne in Nürnberg, bin aber in die Berge gefahren. Überflug um "
         "22:07. Das Teleskop ist diesmal zu Hause geblieben."),
    ],
)  # fmt: skip
def test_gear_left_at_home_does_not_make_the_home_town_the_place(subject: str, body: str) -> None:
    assert mail_place(subject, body) is None


def test_a_home_town_with_the_photo_taken_at_home_stays_beside_gear_left_behind() -> None:
    body = (
        "Mieszkam w Rzeszowie i zdjęcie zrobiłem z balkonu o 21:02. Teleskop został tym "
        "razem w szafie."
    )
    assert mail_place("Zgłoszenie ISS", body) == "Rzeszów"
