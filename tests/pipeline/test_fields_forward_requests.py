"""story: a request to forward the mail written in the imperative ("légyszi továbbítsd",
"Stuur het even door", "Pošli to prosím dál") leaves with its sentence; the rest stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story

AFTER = "The panels glinted twice over the lake."


@pytest.mark.parametrize(
    ("request_sentence", "rest"),
    [
        ("Légyszi továbbítsd a szerkesztőknek.", "Az állomás a templom fölött ment át."),
        ("Leite es bitte weiter an die Redaktion.", "Die Station zog über den Kirchturm."),
        ("Stuur het even door naar de redactie.", "Het station ging recht over de molen."),
        ("Skicka den vidare till tävlingen, tack.", "Stationen gick rakt över kyrktornet."),
        ("Pošli to prosím dál.", "Stanice přeletěla přímo nad kostelem."),
        ("Inoltrala tu alla redazione, per favore.", "La stazione è passata sopra il campanile."),
        ("Reenvíala al concurso cuando puedas.", "La estación pasó justo sobre el campanario."),
        ("Transmets-la aux organisateurs stp.", "La station est passée pile au-dessus du clocher."),
        ("Sendu hana áfram til keppninnar.", "Stöðin fór beint yfir kirkjuturninn."),
    ],
)
def test_a_request_to_forward_in_the_imperative_leaves_with_its_sentence(
    request_sentence: str, rest: str
) -> None:
    story = find_story(f"Hi,\n\n{request_sentence} {rest}\n\n{AFTER}\n")
    assert story is not None
    assert rest in story and request_sentence not in story


@pytest.mark.parametrize(
    "line",
    [
        "Der Wind leitete die Wolken weiter nach Osten, die Station blieb frei.",
        "Az állomás továbbhaladt kelet felé, a Hold mellett.",
        "La estación siguió su camino y desapareció en la sombra de la Tierra.",
    ],
)
def test_a_sentence_about_something_moving_on_stays(line: str) -> None:
    assert find_story(f"{line}\n\n{AFTER}\n") == f"{line}\n\n{AFTER}"


@pytest.mark.parametrize(
    ("request_sentence", "rest"),
    [
        (
            "Hola Claudia, te paso la foto para que la mandes al concurso.",
            "La traza atraviesa justo la punta del Obelisco.",
        ),
        (
            "Oi Carlos, segue a foto pra você mandar pro IPOM.",
            "A estação passou bem em cima da igreja.",
        ),
        (
            "Ciao Marco, ti giro la foto così la mandi tu al concorso.",
            "La stazione è passata sopra il campanile.",
        ),
        (
            "Salut Paul, voici la photo pour que tu la transmettes au concours.",
            "La station est passée pile au-dessus du clocher.",
        ),
        (
            "Hallo Jens, hier das Bild, damit du es an die Redaktion weiterleitest.",
            "Die Station zog über den Kirchturm.",
        ),
        (
            "Here's the photo so you can send it to the IPOM people.",
            "The panels glinted twice over the lake.",
        ),
        (
            "Szia Péter, itt a kép, hogy küldd be a pályázatra.",
            "Az állomás a templom fölött ment át.",
        ),
    ],
)
def test_a_photo_handed_over_for_someone_to_send_on_leaves_with_its_sentence(
    request_sentence: str, rest: str
) -> None:
    story = find_story(f"{request_sentence}\n\n{rest}\n")
    assert story == rest


@pytest.mark.parametrize(
    "line",
    [
        # "so that you see it": no one is asked to send anything
        "Te mando el recorte para que la veas mejor: la estación pasa sobre el Obelisco.",
        "I cropped it so you can see the solar panels against the Moon.",
        "Ho schiarito le ombre perché si veda meglio il modulo giapponese sopra il campanile.",
    ],
)
def test_a_sentence_that_shows_the_reader_the_photo_stays(line: str) -> None:
    assert find_story(f"{line}\n\n{AFTER}\n") == f"{line}\n\n{AFTER}"


@pytest.mark.parametrize(
    "request_sentence",
    [
        "kannst du das bitte an die Leute von ISS Photo of the Month schicken?",
        "Could you send this to the IPOM folks?",
        "Pourrais-tu l'envoyer aux gens de l'IPOM ?",
        "¿Puedes mandarla a los del IPOM?",
        "Puoi mandarla a quelli dell'IPOM?",
        "Pode mandar essa pro pessoal do IPOM?",
        "Kun je deze even naar de IPOM-mensen sturen?",
        "Możesz to wysłać do IPOM?",
        "Можешь отправить это на конкурс IPOM?",
    ],
)
def test_a_question_asking_to_send_the_photo_to_the_feature_leaves(request_sentence: str) -> None:
    """Issue 13, batch-23: a member asks the club's secretary, in a question, to send the photo
    to the feature's people; the original's story is what follows."""
    rest = "Die Station zog über den Gipfel der Gerlitzen, darunter das Nebelmeer."
    assert find_story(f"Servus Herbert,\n\n{request_sentence}\n\n{rest}\n") == rest


@pytest.mark.parametrize(
    "line",
    [
        "Can you see the solar panels in the top frame?",
        "Kannst du dir vorstellen, wie kalt es oben war?",
        "I asked my son whether he could send it to his teacher, and he did.",
        "Pourrais-tu croire que la station est passée pile sur le clocher ?",
    ],
)
def test_a_question_that_asks_no_one_to_send_the_photo_stays(line: str) -> None:
    assert find_story(f"{line}\n\n{AFTER}\n") == f"{line}\n\n{AFTER}"
