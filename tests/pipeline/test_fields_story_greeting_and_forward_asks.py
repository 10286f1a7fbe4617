"""story: a word both a greeting and a sign-off opening the mail is its greeting (Bengali
"শুভেচ্ছা,"), and a request to the club's secretary to forward the mail is no story
(Indonesian "tolong diteruskan ya"); nor is a line of a forecast's values ("Пролёт по
прогнозу с … до …, максимальная высота …")."""

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


def test_a_line_of_a_forecast_s_values_is_no_story_in_several_languages() -> None:
    for data in (
        "Пролёт по прогнозу с 22:41 до 22:47, максимальная высота 52°.",
        "Predicted pass from 21:02 to 21:08, max elevation 63°.",
        "시작 21:10:05 / 최고 21:13:30 고도 48° / 끝 21:16:40 / 밝기 -2.9",
    ):
        text = f"The station crossed right over the lighthouse.\n\n{data}"
        assert find_story(text, "Ann") == "The station crossed right over the lighthouse.", data


def test_a_sentence_about_the_forecast_stays() -> None:
    text = "Станция прошла над маяком.\n\nПрогноз сбылся, и небо было чистым 2 часа."
    assert "Прогноз сбылся" in (find_story(text, "Анна") or "")
