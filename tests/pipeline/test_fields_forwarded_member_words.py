"""A club's secretary forwards a member's mail with a note of her own on top, in Slovak,
Estonian, French, Czech and Indonesian, from Outlook ("-----Original Message-----"), Gmail
("---------- Forwarded message ---------") or Apple Mail ("Begin forwarded message:"). The
note names the member ("nášho člena", "seltsi liikme", "une de nos adhérentes", "one of
our members"): the member who wrote the original is credited, and the secretary's note is no
story. The member's line asking the secretary to pass the mail on ("Zuzka, prosím pošli to
tým z …", "Mbak Dewi, tolong diteruskan ya.") is no story either."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_fields

SENT = "Wed, 15 Sep 2027 08:00:00 +0000"

OUTLOOK = (
    "-----Original Message-----\nFrom: {author}\nSent: Sunday, August 8, 2027 11:47 PM\n"
    "To: office@club.example.org\nSubject: foto ISS\n\n"
)
GMAIL = (
    "---------- Forwarded message ---------\nFrom: {author}\n"
    "Date: Mon, 13 Sep 2027 at 22:10\nSubject: ISS foto\nTo: <office@club.example.org>\n\n"
)
APPLE = (
    "Begin forwarded message:\n\nFrom: {author}\nSubject: Foto ISS\n"
    "Date: 22 August 2027 at 21:40:12 GMT+7\nTo: office@club.example.org\n\n"
)

CLUB_FORWARDS = [
    (  # Slovak, Outlook: "the contribution of our member Ján Kováč", a lecture's date
        "FW: fotka ISS",
        "Anna Malá <office@club.example.org>",
        "Dobrý deň,\n\nposielam Vám fotku nášho člena Jána Kováča. Píšte priamo jemu.\n"
        "Prednáška o kométach bude 3. septembra 2027 o 18:00.\n\nAnna Malá\ntajomníčka klubu",
        OUTLOOK,
        "Ján Kováč <jan.kovac@example.sk>",
        "Anka, prosím pošli to tým z ISS Photo of the Month.\n\nISS som odfotil nad hradom "
        "Strečno 5. augusta 2027 o 19:42:10 UT, preletela tesne popri Mesiaci.\n\nJán",
        "Ján Kováč",
        "tesne popri Mesiaci",
        ("posielam Vám", "pošli to", "tajomníčka"),
    ),
    (  # Estonian, Gmail: "the picture of the Tartu club's member Jaan Tamm"
        "Fwd: ISS pilt",
        "Liis Saar <office@club.example.org>",
        "Tere!\n\nEdastan Tartu Tähetorni klubi liikme Jaan Tamme pildi. Palun vastake talle "
        "otse.\n\nLiis Saar\nklubi sekretär",
        GMAIL,
        "Jaan Tamm <jaan.tamm@example.ee>",
        "Tere Liis,\n\nsaadan ISS-i pildi. Pildistasin 12. septembril kell 17:41:30 UTC ja "
        "jaam läks otse üle Toomkiriku varemete.\n\nJaan",
        "Jaan Tamm",
        "Toomkiriku varemete",
        ("Edastan", "sekretär"),
    ),
    (  # French, Gmail: "one of our members"
        "Fwd: Photo ISS",
        "Paul Morel <office@club.example.org>",
        "Bonsoir,\n\nVoici la photo de Claire, une de nos adhérentes, qui préfère passer par "
        "le club.\n\nPaul Morel\nSecrétaire du club",
        GMAIL,
        "Claire Dubois <claire.dubois@example.fr>",
        "Bonjour Paul,\n\nMa photo de l'ISS au-dessus du phare de Cordouan, le 9 avril 2027 à "
        "20:02:15 TU. La mer était d'huile.\n\nClaire",
        "Claire Dubois",
        "La mer était d'huile",
        ("une de nos adhérentes", "Secrétaire"),
    ),
    (  # Indonesian, Apple Mail: the member asks the secretary to pass it on
        "Fwd: Foto ISS",
        "Sri Wahyuni <office@club.example.org>",
        "Selamat siang,\n\nBersama ini saya teruskan kiriman anggota kami, Bapak Budi "
        "Santoso.\n\nSalam,\nSri Wahyuni\nSekretaris klub",
        APPLE,
        "Budi Santoso <budi.santoso@example.co.id>",
        "Mbak Sri, tolong diteruskan ya.\n\nISS melintas di atas Candi Borobudur pada 21 "
        "Agustus 2027 pukul 12:20:45 UTC dan memotong rasi Scorpius.\n\nBudi",
        "Budi Santoso",
        "memotong rasi Scorpius",
        ("tolong diteruskan", "saya teruskan"),
    ),
    (  # English, Outlook: "one of our members"
        "FW: ISS photo",
        "Jane Clerk <office@club.example.org>",
        "Hello,\n\nPlease find below a photo from one of our members, Tom Hardy. Our next "
        "meeting is on 3 September 2027 at 19:30.\n\nJane Clerk\nClub secretary",
        OUTLOOK,
        "Tom Hardy <tom.hardy@example.co.uk>",
        "Jane, could you please forward this? The ISS crossed the Moon above Whitby Abbey "
        "on 5 August 2027 at 21:42:10 UTC, a lucky shot.\n\nTom",
        "Tom Hardy",
        "Whitby Abbey",
        ("one of our members", "Club secretary", "could you please forward"),
    ),
]


@pytest.mark.parametrize(
    ("subject", "sender", "note", "frame", "author", "original", "credit", "told", "not_told"),
    CLUB_FORWARDS,
)
def test_a_club_forward_credits_the_member_and_tells_only_their_words(
    subject: str,
    sender: str,
    note: str,
    frame: str,
    author: str,
    original: str,
    credit: str,
    told: str,
    not_told: tuple[str, ...],
) -> None:
    body = f"{note}\n\n{frame.format(author=author)}{original}\n"
    fields = mail_fields(subject, body, sender, date=SENT, follow_up=True)
    assert fields.photographer.name == credit
    assert fields.story is not None and told in fields.story
    for words in not_told:
        assert words not in fields.story


def test_a_photographers_own_words_with_a_friends_forward_below_stay_theirs() -> None:
    """A trap: the sender's own mail over a friend's forwarded one names no member; the
    sender is credited and their words are the story."""
    body = (
        "Hej,\n\nHer er mit billede af ISS over Dueodde fyr, taget 6. september 2027 kl. "
        "19:10:40 UTC. Fyret lyste lige da stationen passerede.\n\nVenlig hilsen\nRasmus "
        "Holm\n\n---- Videresendt besked ----\nFra: Jens Bach <jens.bach@example.dk>\n"
        "Emne: ISS i aften?\n\nSes vi ved fyret i aften?\n"
    )
    fields = mail_fields("ISS over Dueodde", body, "Rasmus Holm <rasmus@example.dk>", date=SENT)
    assert fields.photographer.name == "Rasmus Holm"
    assert fields.story is not None and "Fyret lyste" in fields.story
    assert "Ses vi" not in fields.story


NOTES_WITHOUT_A_FRAME = [
    (  # English leaves the member's name as it is credited
        "Jane Clerk <office@club.example.org>",
        "Hello,\n\nHere is a photo by our member Peter Novak, who has no English mail set up."
        "\n\nThe ISS crossed the Sun on 7 August 2027 at 10:14:32 UT, with two sunspots.\n\n"
        "Jane Clerk\nClub secretary\n",
        "Peter Novak",
    ),
    (  # Slovak declines it ("Petra Baláža": of Peter Baláž): neither he nor the secretary
        "Anna Malá <office@club.example.org>",
        "Dobrý deň,\n\nposielam Vám príspevok nášho člena Petra Baláža.\n\nPrechod ISS cez "
        "Slnko 7. augusta 2027 o 10:14:32 UT, vidno aj dve škvrny.\n\nAnna Malá\n",
        None,
    ),
    (  # Estonian: "Mart Kase" is the genitive of Mart Kask
        "Kadri Tamm <office@club.example.org>",
        "Tere!\n\nSaadan Eesti Astronoomia Seltsi liikme Mart Kase pildi.\n\nJaam läks üle "
        "Toomkiriku 12. septembril 2027 kell 17:41:30 UTC.\n\nKadri Tamm\n",
        None,
    ),
]


@pytest.mark.parametrize(("sender", "body", "credit"), NOTES_WITHOUT_A_FRAME)
def test_a_note_naming_the_member_without_a_forward_frame(
    sender: str, body: str, credit: str | None
) -> None:
    fields = mail_fields("ISS photo", body, sender, date=SENT, follow_up=True)
    assert fields.photographer.name == credit
    assert fields.story is not None
    for words in ("our member", "nášho člena", "liikme"):
        assert words not in fields.story


def test_a_member_named_for_something_else_leaves_the_credit_and_the_story() -> None:
    body = (
        "Hi,\n\nMy photo of the ISS over Whitby Abbey on 7 August 2027 at 10:14:32 UT. The "
        "abbey was lit up.\n\nOur member Peter Novak lent me his tripod for it.\n\nTom Hardy\n"
    )
    fields = mail_fields("ISS photo", body, "Tom Hardy <tom@example.org>", date=SENT)
    assert fields.photographer.name == "Tom Hardy"
    assert fields.story is not None and "lent me his tripod" in fields.story
