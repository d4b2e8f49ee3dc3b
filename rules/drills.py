"""The rules of a practice session: which exercise, which wrong options, what counts as right,
which cards come, the streak. Pure: no Telegram, no SQL."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from babel.dates import get_day_names

from rules.i18n import babel_locale
from rules.vocabulary import Item

SESSION_SIZE = 5
NEW_PER_DAY = 5
OPTIONS = 4


class Kind(StrEnum):
    RECOGNISE = "recognise"  # Swedish -> pick the meaning
    RECALL = "recall"  # meaning -> pick the Swedish
    GAP = "gap"  # pick the word that completes the example
    TYPE = "type"  # meaning -> type the Swedish
    LISTEN = "listen"  # hear the Swedish -> pick the word heard


# A new word is first recognised, then recalled, then used, then typed, then heard; then round
# again.
ORDER = (Kind.RECOGNISE, Kind.RECALL, Kind.GAP, Kind.TYPE, Kind.LISTEN)


# Kinds whose question may be heard before it is answered: the Swedish is on screen, or
# hearing it is the question. Elsewhere the sound would give the answer away.
HEARD_BEFORE_ANSWER = frozenset({Kind.RECOGNISE, Kind.LISTEN})


def kind_for(reps: int) -> Kind:
    return ORDER[reps % len(ORDER)]


_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u"})


def fold(text: str) -> str:
    """Lower case, å/ä/ö as a/o, no punctuation, single spaces: how typed answers compare."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_FOLD)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def _forms(item: Item) -> set[str]:
    forms = {fold(item.sv)}
    if item.base:
        forms.add(fold(item.base))
    for form in list(forms):
        # "att lyfta" may be typed as "lyfta"; "en arm" as "arm".
        head, _, rest = form.partition(" ")
        if head in {"att", "en", "ett"} and rest:
            forms.add(rest)
    return forms


def typed_right(answer: str, item: Item) -> bool:
    """Forgiving of case, spaces, punctuation, å/ä/ö typed as a/o, and a left-out article."""
    return fold(answer) in _forms(item)


@dataclass(frozen=True, slots=True)
class Shape:
    """What a Swedish answer looks like from outside: a tell when a wrong option differs."""

    words: int  # 1, 2, or 3 for three and more
    part: str  # "noun", "verb", or "" when the data does not say
    question: bool  # ends with a question mark
    capital: bool  # starts with a capital letter (opens a sentence)
    length: int


def shape(item: Item) -> Shape:
    """The item's shape; its part of speech from its dictionary form ("en arm", "att lyfta")."""
    part = ""
    for form in (item.base or "", item.sv):
        head = form.split(" ", 1)[0]
        if head in {"en", "ett"}:
            part = "noun"
        elif head == "att":
            part = "verb"
        if part:
            break
    text = item.sv.strip()
    return Shape(
        words=min(len(text.split()), 3),
        part=part,
        question=text.endswith("?"),
        capital=text[:1].isupper(),
        length=len(text),
    )


def unlikeness(item: Item, other: Item) -> tuple[int, int]:
    """How much `other` stands out beside `item` as an option: first in kind (a phrase beside a
    single word, a verb beside a noun, a question, a capital), then in length."""
    mine, theirs = shape(item), shape(other)
    # A phrase beside a single word shows most; two words beside a sentence less.
    words = 0 if mine.words == theirs.words else 4 if 1 in (mine.words, theirs.words) else 2
    kind = (
        words
        + 2 * (mine.part != theirs.part)
        + (mine.question != theirs.question)
        + (mine.capital != theirs.capital)
    )
    # Lengths within a few letters look alike; beyond that, the further the more it shows.
    return kind, abs(mine.length - theirs.length) // 4


def options(
    item: Item,
    pool: Sequence[Item],
    *,
    label: str,
    locale: str,
    seed: str,
    other_topics_first: bool = False,
) -> list[tuple[str, str]]:
    """The right answer and three others, shuffled the same way every time for one seed.

    `label` is what a button shows: "meaning" (in `locale`) or "sv". Others look like the right
    one (a single word beside a single word, a noun beside a noun, a similar length), so the
    answer cannot be guessed from its form. They come from the same topic first (close, so
    choosing takes thought), or, for a gap in a sentence, from other topics first (a word of the
    same topic may fit the sentence too). None shows the same text as the right one.
    """
    rng = random.Random(seed)  # noqa: S311 - shuffling buttons, not secrets

    def text(one: Item) -> str:
        return one.meaning[locale] if label == "meaning" else one.sv

    def rank(one: Item) -> tuple[bool, tuple[int, int]]:
        elsewhere = one.topic != item.topic
        return elsewhere != other_topics_first, unlikeness(item, one)

    right = text(item)
    candidates = [o for o in pool if o.id != item.id]
    rng.shuffle(candidates)
    candidates.sort(key=rank)  # stable: equals keep their shuffled order
    chosen: list[tuple[str, str]] = [(item.id, right)]
    seen = {right.casefold()}
    for candidate in candidates:
        if len(chosen) == OPTIONS:
            break
        shown = text(candidate)
        if shown.casefold() not in seen:
            seen.add(shown.casefold())
            chosen.append((candidate.id, shown))
    rng.shuffle(chosen)
    return chosen


def plan(
    due: Sequence[str],
    new: Sequence[str],
    *,
    new_left: int,
    soon: Sequence[str] = (),
    last: str | None = None,
    size: int = SESSION_SIZE,
) -> list[str]:
    """A session's items: cards due first, then new ones (a few a day), then the cards due
    soonest. The card seen last never opens the next session (no card twice in a row)."""
    picked: list[str] = []
    for source, limit in ((due, size), (new, min(new_left, size)), (soon, size)):
        taken = 0
        for item_id in source:
            if len(picked) == size or taken == limit:
                break
            if item_id not in picked:
                picked.append(item_id)
                taken += 1
    if picked and picked[0] == last:
        if len(picked) > 1:
            picked.append(picked.pop(0))
        else:
            picked = []
    return picked


def streak(days: set[date], today: date) -> int:
    """Days in a row with practice, up to today (or up to yesterday: today is not over)."""
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


DONE, MISSED, AHEAD, TODAY = "🟩", "⬜", "▫️", "📍"


def week_picture(week: Sequence[int], today: int, locale: str) -> str:
    """A day a mark, Monday first, each after its narrow weekday name in the reader's locale:
    green where something was practised, white where not, small where the day is still to come,
    and a pin before today. Right-to-left readers see it from the right (their text runs so)."""
    names = get_day_names("narrow", context="stand-alone", locale=babel_locale(locale))
    days = []
    for number, practised in enumerate(week):
        mark = DONE if practised else (AHEAD if number > today else MISSED)
        days.append(f"{TODAY if number == today else ''}{names[number]}{mark}")
    return " ".join(days)
