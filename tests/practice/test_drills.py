"""The rules of practice without Telegram or SQL: answers, options, plans, streaks, and FSRS."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from fsrs import Card, Rating

from rules import drills
from rules.drills import Kind
from rules.vocabulary import READER_LOCALES, Item
from storage.practice import SCHEDULER

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _item(
    item_id: str, sv: str, example: str, topic: str = "body", base: str | None = None
) -> Item:
    return Item(
        id=item_id,
        topic=topic,
        sv=sv,
        base=base,
        example=example,
        meaning={locale: f"{sv} ({locale})" for locale in READER_LOCALES},
    )


ARM = _item("arm", "armen", "Hon har ont i armen.", base="en arm")
LIFT = _item("lift", "att lyfta", "Det är tungt att lyfta.", "lifting")
TOWEL = _item("towel", "handduken", "Ge mig handduken.", "hygiene")
SHOWER = _item("shower", "duscha", "Hon vill duscha nu.", "hygiene")
KNEE = _item("knee", "knät", "Mitt knä gör ont, knät är svullet.")
POOL = [ARM, LIFT, TOWEL, SHOWER, KNEE]


def test_typed_answers_forgive_case_spaces_punctuation_and_a_for_a_ring() -> None:
    assert drills.typed_right("armen", ARM)
    assert drills.typed_right("  Armen. ", ARM)
    assert drills.typed_right("en arm", ARM)
    assert drills.typed_right("arm", ARM)  # the article left out
    assert drills.typed_right("lyfta", LIFT)
    assert drills.typed_right("knat", KNEE)  # ä typed as a
    assert drills.typed_right("KNÄT", KNEE)
    assert not drills.typed_right("armar", ARM)
    assert not drills.typed_right("", ARM)


def test_options_hold_the_right_answer_and_three_others_the_same_way_each_time() -> None:
    first = drills.options(KNEE, POOL, label="sv", locale="en", seed="7:0")
    again = drills.options(KNEE, POOL, label="sv", locale="en", seed="7:0")
    assert first == again and len(first) == 4
    assert ("knee", "knät") in first
    assert len({text for _id, text in first}) == 4
    # The same topic comes first: ARM is the only other body word, so it is always there.
    assert ("arm", "armen") in first
    meanings = drills.options(KNEE, POOL, label="meaning", locale="ar", seed="7:0")
    assert ("knee", "knät (ar)") in meanings


def test_the_gap_leaves_out_the_practised_words() -> None:
    assert ARM.gap() == "Hon har ont i ___."
    assert KNEE.gap() == "Mitt knä gör ont, ___ är svullet."


def test_kinds_go_round_recognise_recall_gap_type_listen() -> None:
    assert [drills.kind_for(reps) for reps in range(6)] == [
        Kind.RECOGNISE,
        Kind.RECALL,
        Kind.GAP,
        Kind.TYPE,
        Kind.LISTEN,
        Kind.RECOGNISE,
    ]


def test_a_plan_takes_due_cards_then_a_few_new_and_never_opens_with_the_last_card() -> None:
    assert drills.plan(["a", "b"], ["n1", "n2", "n3"], new_left=2) == ["a", "b", "n1", "n2"]
    assert drills.plan([], ["n1", "n2"], new_left=0, soon=["s1", "s2"]) == ["s1", "s2"]
    assert drills.plan(["a", "b"], [], new_left=5, last="a") == ["b", "a"]
    assert drills.plan(["a"], [], new_left=5, last="a") == []
    assert len(drills.plan([f"d{i}" for i in range(9)], [], new_left=5)) == drills.SESSION_SIZE


def test_the_streak_counts_days_in_a_row_up_to_today_or_yesterday() -> None:
    today = date(2026, 11, 23)
    days = {today - timedelta(days=n) for n in (1, 2, 3, 5)}
    assert drills.streak(days, today) == 3  # today is not over yet
    assert drills.streak(days | {today}, today) == 4
    assert drills.streak({today - timedelta(days=2)}, today) == 0  # a missed day starts again


def test_fsrs_again_brings_a_card_back_sooner_and_easy_later() -> None:
    card = Card(due=NOW)
    # Two good answers on the first day take the card out of learning.
    card, _ = SCHEDULER.review_card(card, Rating.Good, NOW)
    card, _ = SCHEDULER.review_card(card, Rating.Good, NOW + timedelta(minutes=10))
    later = NOW + timedelta(days=3)
    due = {
        rating: SCHEDULER.review_card(card, rating, later)[0].due
        for rating in (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy)
    }
    assert due[Rating.Again] < due[Rating.Hard] < due[Rating.Good] < due[Rating.Easy]
    assert due[Rating.Again] - later <= timedelta(minutes=10)
    assert due[Rating.Easy] - later >= timedelta(days=3)
    # The same answers at the same times give the same dates (no fuzz).
    assert SCHEDULER.review_card(card, Rating.Good, later)[0].due == due[Rating.Good]


def test_a_gap_takes_its_wrong_options_from_other_topics_first() -> None:
    chosen = drills.options(ARM, POOL, label="sv", locale="en", seed="1:2", other_topics_first=True)
    assert ("knee", "knät") not in chosen  # "Hon har ont i knät." would be right too
    assert {item_id for item_id, _ in chosen} == {"arm", "lift", "towel", "shower"}


def test_the_week_names_each_day_in_the_readers_language_and_pins_today() -> None:
    week = (1, 0, 1, 0, 0, 0, 0)
    assert drills.week_picture(week, 2, "sv") == "M🟩 T⬜ 📍O🟩 T▫️ F▫️ L▫️ S▫️"
    assert drills.week_picture(week, 2, "en") == "M🟩 T⬜ 📍W🟩 T▫️ F▫️ S▫️ S▫️"
    assert drills.week_picture(week, 6, "uk") == "П🟩 В⬜ С🟩 Ч⬜ П⬜ С⬜ 📍Н⬜"
    # Dari has no Babel data of its own: Persian as written in Afghanistan.
    assert drills.week_picture(week, 0, "prs").startswith("📍د🟩 س▫️ چ🟩")
    assert drills.week_picture(week, 0, "ti").split()[0] == "📍ሰ🟩"


# Single nouns and whole phrases, as the packs mix them.
BLISTER = _item("blister", "ett blåmärke", "Han har ett blåmärke på armen.")
DIZZY = _item("dizzy", "yr", "Säg till om du blir yr.", "lifting")
WHEELCHAIR = _item("chair", "rullstolen", "Rullstolen står vid sängen.", "lifting", "en rullstol")
SOAP = _item("soap", "tvålen", "Tvålen står vid handfatet.", "hygiene", "en tvål")
LUNCH = _item("lunch", "lunchen", "Lunchen är klar nu.", "meals", "en lunch")
HANDS = _item("hands", "tvätta händerna", "Tvätta händerna före maten.", "hygiene")
HOW = _item("how", "Hur mår du?", "God morgon, Greta! Hur mår du?", "talking")
CALM = _item("calm", "Ta det lugnt", "Ta det lugnt, vi har gott om tid.", "talking")
TOILET = _item("toilet", "gå på toaletten", "Behöver du gå på toaletten?", "hygiene")
SIT = _item("sit", "Kan du sitta upp?", "Hej Ali! Kan du sitta upp?", "lifting")
MIXED = [ARM, BLISTER, DIZZY, WHEELCHAIR, SOAP, LUNCH, HANDS, HOW, CALM, TOILET, LIFT, SIT]


def test_a_shape_says_words_part_of_speech_question_and_capital() -> None:
    assert drills.shape(ARM) == drills.Shape(1, "noun", False, False, 5)
    assert drills.shape(LIFT).part == "verb" and drills.shape(LIFT).words == 2
    assert drills.shape(BLISTER).part == "noun"  # the article in the word itself
    assert drills.shape(DIZZY).part == ""  # the data does not say
    assert drills.shape(HOW) == drills.Shape(3, "", True, True, 11)
    assert drills.unlikeness(ARM, SOAP) < drills.unlikeness(ARM, DIZZY)
    assert drills.unlikeness(ARM, DIZZY) < drills.unlikeness(ARM, HANDS)


def test_a_single_noun_in_a_gap_gets_single_nouns_beside_it_never_a_phrase() -> None:
    for number in range(20):
        chosen = drills.options(
            ARM, MIXED, label="sv", locale="en", seed=f"{number}:2", other_topics_first=True
        )
        assert {text for _id, text in chosen} == {"armen", "rullstolen", "tvålen", "lunchen"}


def test_a_phrase_in_a_gap_gets_phrases_and_a_question_gets_questions_first() -> None:
    chosen = drills.options(
        HANDS, MIXED, label="sv", locale="en", seed="3:2", other_topics_first=True
    )
    texts = {text for _id, text in chosen}
    assert all(len(text.split()) > 1 for text in texts), texts
    asked = drills.options(HOW, MIXED, label="sv", locale="en", seed="3:2", other_topics_first=True)
    assert ("sit", "Kan du sitta upp?") in asked  # the other question, before any statement
    assert all(len(text.split()) > 1 for _id, text in asked)
