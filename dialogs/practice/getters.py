from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from aiogram_dialog import DialogManager
from fsrs import Rating

from dialogs.common import actor_of, now_of, pop_notice, translator
from dialogs.context import l10n_of, session_of, settings_of
from rules import drills, speech
from rules.drills import Kind
from rules.i18n import Localization
from rules.vocabulary import READER_LOCALES, Item, Track, meaning_locale, vocabulary
from storage import practice
from storage.people import Person

SESSION_ID = "practice_session"
# Meanings when none can be chosen any more mid-session (the reader switched the bot to Swedish).
FALLBACK_MEANINGS = "en"
GRADES = (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy)
# What a 🔊 button carries after the item's id: which part of it is heard ("m": the meaning,
# in the language the reader's meanings are shown in).
WORD, SENTENCE, MEANING = "w", "e", "m"


async def _zone(manager: DialogManager) -> ZoneInfo:
    person = await session_of(manager).get(Person, actor_of(manager).person_id)
    return ZoneInfo(person.timezone if person else settings_of(manager).timezone)


def spoken_part(code: str, meanings: str) -> str | None:
    """The part of an item a 🔊 button's code names (None for a code no button has)."""
    if code == MEANING:
        return speech.meaning_part(meanings)
    return {WORD: speech.WORD, SENTENCE: speech.EXAMPLE}.get(code)


async def meanings_of(manager: DialogManager) -> str | None:
    """The language this participant reads word meanings in; None until a Swedish reader chose."""
    profile = await session_of(manager).get(practice.PracticeProfile, actor_of(manager).person_id)
    return meaning_locale(translator(manager).locale, profile.meaning_locale if profile else None)


def _language_name(manager: DialogManager, locale: str | None) -> str:
    l10n: Localization = l10n_of(manager)
    return l10n(locale)("language-name") if locale else ""


async def home(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    session = session_of(dialog_manager)
    actor = actor_of(dialog_manager)
    i18n = translator(dialog_manager)
    profile = await session.get(practice.PracticeProfile, actor.person_id)
    track = vocabulary().get(profile.track if profile else None)
    done = await practice.progress(
        session,
        participant_id=actor.person_id,
        zone=await _zone(dialog_manager),
        now=now_of(dialog_manager),
    )
    return {
        "notice": pop_notice(dialog_manager),
        "has_track": track is not None,
        "no_track": track is None,
        "track": track.title(i18n.locale) if track else "",
        "streak": done.streak,
        "days": done.days_this_week,
        "answers": done.answers_this_week,
        "known": done.known,
        # A small picture of the week: a day a square after its name, today marked.
        "week": drills.week_picture(done.week, done.today, translator(dialog_manager).locale),
        "language": _language_name(dialog_manager, await meanings_of(dialog_manager)),
        "times": ", ".join(profile.times()) if profile and profile.times() else "",
        "no_times": not (profile and profile.times()),
    }


async def tracks(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    locale = translator(dialog_manager).locale
    return {"tracks": [(track.id, track.title(locale)) for track in vocabulary()]}


async def meanings(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """Each language the packs explain words in, in its own name; the current one ticked."""
    current = await meanings_of(dialog_manager)
    names = [(locale, _language_name(dialog_manager, locale)) for locale in READER_LOCALES]
    return {
        "notice": pop_notice(dialog_manager),
        "languages": [
            (locale, f"✓ {name}" if locale == current else name) for locale, name in names
        ],
    }


async def times(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    profile = await session_of(dialog_manager).get(
        practice.PracticeProfile, actor_of(dialog_manager).person_id
    )
    chosen = set(profile.times()) if profile else set()
    return {
        "notice": pop_notice(dialog_manager),
        "choices": [(at, f"✓ {at}" if at in chosen else at) for at in practice.PROMPT_TIMES],
        "count": len(chosen),
    }


async def _step(manager: DialogManager) -> practice.Step | None:
    return await practice.step(
        session_of(manager),
        actor=actor_of(manager),
        session_id=int(manager.dialog_data.get(SESSION_ID, 0)),
    )


async def question(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    current = await _step(dialog_manager)
    if current is None:
        return {"gone": True, "options": [], "speak": []}
    i18n = translator(dialog_manager)
    locale = await meanings_of(dialog_manager) or FALLBACK_MEANINGS
    item, pool = current.item, current.track.items
    label = "meaning" if current.kind is Kind.RECOGNISE else "sv"
    heard = current.kind in drills.HEARD_BEFORE_ANSWER
    seed = f"{current.session.id}:{current.number}"
    options = drills.options(
        item,
        pool,
        label=label,
        locale=locale,
        seed=seed,
        other_topics_first=current.kind is Kind.GAP,
    )
    return {
        "gone": False,
        "head": i18n("practice-head", number=current.number + 1, total=current.total),
        "kind": current.kind.value,
        "sv": item.sv,
        "meaning": item.meaning[locale],
        "gap": item.gap(),
        # The buttons carry the item's position: an old or doubled tap is refused.
        "options": [(f"{current.number}.{option}", text) for option, text in options],
        "typing": current.kind is Kind.TYPE,
        "choosing": current.kind is not Kind.TYPE,
        # The buttons carry the item's id: a forged one is refused.
        "speak": [(f"{item.id}.{WORD}", i18n("practice-listen"))] if heard else [],
    }


async def feedback(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    found = await practice.own_session(
        session_of(dialog_manager),
        actor=actor_of(dialog_manager),
        session_id=int(dialog_manager.dialog_data.get(SESSION_ID, 0)),
    )
    track = vocabulary().get(found.track) if found else None
    review = None
    if found is not None:
        review = await practice.review_at(
            session_of(dialog_manager),
            actor=actor_of(dialog_manager),
            session_id=found.id or 0,
            position=found.position,
        )
    item = track.item(review.item_id) if track and review else None
    if found is None or track is None or review is None or item is None:
        return {"gone": True, "grades": [], "next": [], "speak": []}
    i18n = translator(dialog_manager)
    locale = await meanings_of(dialog_manager) or FALLBACK_MEANINGS
    return {
        "gone": False,
        "right": review.correct,
        "wrong": not review.correct,
        "sv": item.sv,
        "base": item.base or "",
        "example": item.example,
        "meaning": item.meaning[locale],
        "grades": [
            (
                f"{found.position}.{int(grade)}",
                ("✓ " if review.rating == int(grade) else "")
                + i18n(f"practice-grade-{grade.name.lower()}"),
            )
            for grade in GRADES
        ],
        "next": [(str(found.position), i18n("practice-next"))],
        "speak": _heard_after_answer(dialog_manager, track, item, locale),
    }


def _heard_after_answer(
    manager: DialogManager, track: Track, item: Item, locale: str
) -> list[tuple[str, str]]:
    """🔊 buttons under the answer: the word, the sentence, and the meaning in the reader's
    language where it has a voice or a recording."""
    i18n = translator(manager)
    buttons = [
        (f"{item.id}.{WORD}", i18n("practice-hear-word")),
        (f"{item.id}.{SENTENCE}", i18n("practice-hear-example")),
    ]
    if speech.can_say(track.packs[item.id], item.id, speech.meaning_part(locale)):
        name = _language_name(manager, locale)
        buttons.append((f"{item.id}.{MEANING}", i18n("practice-hear-meaning", language=name)))
    return buttons


async def done(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    actor = actor_of(dialog_manager)
    found = await practice.own_session(
        session_of(dialog_manager),
        actor=actor,
        session_id=int(dialog_manager.dialog_data.get(SESSION_ID, 0)),
    )
    progress = await practice.progress(
        session_of(dialog_manager),
        participant_id=actor.person_id,
        zone=await _zone(dialog_manager),
        now=now_of(dialog_manager),
    )
    return {
        "correct": found.correct if found else 0,
        "total": len(found.item_ids()) if found else 0,
        "streak": progress.streak,
        "week": drills.week_picture(
            progress.week, progress.today, translator(dialog_manager).locale
        ),
    }
