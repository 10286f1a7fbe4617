"""story: a word both a greeting and a sign-off opening the mail is its greeting (Bengali
"শুভেচ্ছা,"), and a request to the club's secretary to forward the mail is no story
(Indonesian "tolong diteruskan ya")."""

from __future__ import annotations

from ipom_mail.pipeline.fields.story import find_story


def test_a_bengali_greeting_on_top_leaves_the_story_below_it() -> None:
    text = (
        "শুভেচ্ছা,\n\nগতকাল রাতে ছাদ থেকে ছবিটি তুলেছি। স্টেশনটি নদীর ওপর দিয়ে চলে গেল।\n\nধন্যবাদান্তে,\nরাকিব"
    )
    assert (
        find_story(text, "রাকিব") == "গতকাল রাতে ছাদ থেকে ছবিটি তুলেছি। স্টেশনটি নদীর ওপর দিয়ে চলে গেল।"
    )


def test_the_same_word_closing_the_mail_is_still_its_sign_off() -> None:
    text = "গতকাল রাতে ছাদ থেকে ছবিটি তুলেছি। স্টেশনটি নদীর ওপর দিয়ে চলে গেল।\n\nশুভেচ্ছা,\nরাকিব"
    assert (
        find_story(text, "রাকিব") == "গতকাল রাতে ছাদ থেকে ছবিটি তুলেছি। স্টেশনটি নদীর ওপর দিয়ে চলে গেল।"
    )


def test_an_indonesian_request_to_forward_the_mail_is_no_story() -> None:
    for ask in ("Mas Budi, tolong diteruskan ya.", "Mohon diteruskan ke panitia, terima kasih."):
        text = f"{ask}\n\nISS melintas tepat di atas menara masjid dan terang sekali."
        story = find_story(text, "Andi") or ""
        assert "menara masjid" in story and "teruskan" not in story, story
