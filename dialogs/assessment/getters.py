from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from aiogram_dialog import DialogManager
from babel.dates import format_skeleton
from babel.numbers import format_decimal

from dialogs.assessment import chart
from dialogs.common import actor_of, pop_notice, translator
from dialogs.context import session_of, settings_of
from rules.i18n import Translator, babel_locale
from rules.instruments import TOTAL, Instrument, catalogue
from storage import assessments
from storage.assessments import AssessmentRound, Result
from storage.people import Person

ROUND_ID = "round_id"


def round_id_of(manager: DialogManager) -> int:
    return int(manager.dialog_data.get(ROUND_ID, 0))


def score_values(
    instrument: Instrument, theme: str, score: float, form: str = "full"
) -> dict[str, Any]:
    digits = 1 if instrument.score_max <= 10 else 0
    return {"score": round(score, digits), "max": round(instrument.theme_max(theme, form), digits)}


def result_lines(
    instrument: Instrument, form: str, scores: dict[str, float | None], i18n: Translator
) -> str:
    """A line per theme in plain words (in the chart's order), then the total."""
    lines = []
    themes = [theme for theme in instrument.themes if theme.id in scores]
    if len(themes) > 1:
        for number, theme in enumerate(themes, start=1):
            name = i18n(instrument.theme_key(theme.id))
            score = scores[theme.id]
            if score is None:
                lines.append(i18n("assessment-result-few", number=number, theme=name))
                continue
            lines.append(
                i18n(
                    "assessment-result-line",
                    number=number,
                    theme=name,
                    band=i18n(instrument.band(score)),
                    **score_values(instrument, theme.id, score, form),
                )
            )
    total = scores.get(TOTAL)
    if total is not None:
        lines.append(
            i18n(
                "assessment-result-total",
                band=i18n(instrument.band(total)),
                **score_values(instrument, TOTAL, total, form),
            )
        )
    return "\n".join(lines)


def chart_themes(instrument: Instrument, results: list[Result]) -> list[str]:
    """The chart's groups: the themes these rounds scored, or the total alone for one theme."""
    asked = {theme for result in results for theme in result.scores}
    themes = [theme.id for theme in instrument.themes if theme.id in asked]
    return themes if len(themes) > 1 else [TOTAL]


@dataclass(frozen=True, slots=True)
class Trend:
    """What the trend chart shows, in the reader's words."""

    groups: list[str]
    series: list[chart.Series]
    top: float
    note: str
    values: list[str]


def trend(instrument: Instrument, results: list[Result], i18n: Translator, zone: ZoneInfo) -> Trend:
    """The chart of these rounds (oldest first) for one reader: theme names in their language,
    dates and numbers as they write them, and a note when only some rounds are drawn."""
    where = babel_locale(i18n.locale)
    themes = chart_themes(instrument, results)
    groups = [
        i18n(instrument.title_key if theme == TOTAL else instrument.theme_key(theme))
        for theme in themes
    ]
    drawn = [results[index] for index in chart.shown(len(results))]
    series = [
        chart.Series(
            label=format_skeleton("yMMMd", result.round.completed_at.astimezone(zone), locale=where)
            if result.round.completed_at
            else "",
            scores=[result.scores.get(theme) for theme in themes],
        )
        for result in drawn
    ]
    latest = drawn[-1]
    values = [
        ""
        if (score := latest.scores.get(theme)) is None
        else format_decimal(
            score_values(instrument, theme, score, latest.round.form)["score"], locale=where
        )
        for theme in themes
    ]
    return Trend(
        groups=groups,
        series=series,
        top=max(instrument.theme_max(theme, latest.round.form) for theme in themes),
        note=i18n("assessment-chart-shown", count=len(results))
        if len(drawn) < len(results)
        else "",
        values=values,
    )


def _title(instrument: Instrument | None, i18n: Translator) -> str:
    return i18n(instrument.title_key) if instrument else ""


def _round_label(found: AssessmentRound, i18n: Translator) -> tuple[str, str]:
    instrument = catalogue().get(found.instrument)
    assert instrument is not None and found.id is not None
    return (
        str(found.id),
        i18n(
            "assessment-open-button",
            title=_title(instrument, i18n),
            done=found.position,
            total=len(instrument.form_items(found.form)),
        ),
    )


async def home(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    session = session_of(dialog_manager)
    actor = actor_of(dialog_manager)
    i18n = translator(dialog_manager)
    open_ = await assessments.open_rounds(session, actor=actor)
    busy = {found.instrument for found in open_}
    own = [
        (instrument.id, i18n("assessment-self-button", title=_title(instrument, i18n)))
        for instrument in catalogue()
        if instrument.self_start and instrument.id not in busy
    ]
    done = await assessments.completed_instruments(session, participant_id=actor.person_id)
    return {
        "notice": pop_notice(dialog_manager),
        "rounds": [_round_label(found, i18n) for found in open_],
        "own": own,
        "has_results": bool(done),
    }


async def results_list(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    actor = actor_of(dialog_manager)
    i18n = translator(dialog_manager)
    zone = ZoneInfo(settings_of(dialog_manager).timezone)
    items = []
    for instrument_id in await assessments.completed_instruments(
        session_of(dialog_manager), participant_id=actor.person_id
    ):
        latest = (
            await assessments.results(
                session_of(dialog_manager),
                participant_id=actor.person_id,
                instrument=instrument_id,
                limit=1,
            )
        )[-1]
        assert latest.round.completed_at is not None
        items.append(
            (
                instrument_id,
                i18n(
                    "assessment-results-item",
                    title=_title(catalogue().get(instrument_id), i18n),
                    at=latest.round.completed_at.astimezone(zone),
                ),
            )
        )
    return {"instruments": items}


async def _current(manager: DialogManager) -> tuple[AssessmentRound, Instrument] | None:
    found = await assessments.own_round(
        session_of(manager), actor=actor_of(manager), round_id=round_id_of(manager)
    )
    instrument = catalogue().get(found.instrument) if found else None
    if found is None or instrument is None:
        return None
    return found, instrument


async def intro(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    current = await _current(dialog_manager)
    if current is None or not current[0].is_open:
        return {"gone": True}
    found, instrument = current
    i18n = translator(dialog_manager)
    return {
        "gone": False,
        "title": _title(instrument, i18n),
        "count": len(instrument.form_items(found.form)),
        "minutes": instrument.minutes(found.form),
        "days": instrument.recall_days,
        "themes": len(instrument.themes) if instrument.paused_by_theme(found.form) else 0,
        "optional": instrument.optional,
        "started": found.position > 0,
    }


async def item(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    current = await _current(dialog_manager)
    if current is None or not current[0].is_open:
        return {"gone": True, "scale": []}
    found, instrument = current
    i18n = translator(dialog_manager)
    items = instrument.form_items(found.form)
    position = min(found.position, len(items) - 1)
    code = items[position]
    theme = instrument.theme_of(code)
    assert found.id is not None
    earlier = await assessments.earlier_answer(session_of(dialog_manager), found=found, item=code)
    scale = instrument.scale
    return {
        "gone": False,
        "theme": i18n(instrument.theme_key(theme.id)),
        "number": position + 1,
        "total": len(items),
        "progress": round(100 * position / len(items)),
        "item_key": instrument.item_key(code),
        "answer": i18n(scale.label(earlier)) if earlier is not None else "",
        "scale": [
            (f"{position}.{value}", i18n(scale.label(value))) for value in reversed(scale.values)
        ],
        # Back and skip carry the item's position too: a double tap acts once.
        "back": [(str(position), i18n("core-button-back"))] if position > 0 else [],
        "skip": [(str(position), i18n("assessment-skip"))]
        if instrument.skippable_item(code)
        else [],
    }


async def theme_done(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    current = await _current(dialog_manager)
    if current is None or not current[0].is_open:
        return {"gone": True}
    found, instrument = current
    i18n = translator(dialog_manager)
    items = instrument.form_items(found.form)
    finished = instrument.theme_of(items[found.position - 1])
    upcoming = instrument.theme_of(items[found.position])
    themes = [theme.id for theme in instrument.themes]
    return {
        "gone": False,
        "theme": i18n(instrument.theme_key(finished.id)),
        "upcoming": i18n(instrument.theme_key(upcoming.id)),
        "done": themes.index(finished.id) + 1,
        "total": len(themes),
    }


async def _has_lots(manager: DialogManager) -> bool:
    person = await session_of(manager).get(Person, actor_of(manager).person_id)
    return person is not None and person.staff_id is not None


async def result(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    current = await _current(dialog_manager)
    if current is None or current[0].completed_at is None:
        return {"gone": True}
    found, instrument = current
    i18n = translator(dialog_manager)
    scores = await assessments.scores_of(session_of(dialog_manager), round_id=found.id or 0)
    return {
        "gone": False,
        "notice": pop_notice(dialog_manager),
        "title": _title(instrument, i18n),
        "lines": result_lines(instrument, found.form, scores, i18n),
        "can_talk": not dialog_manager.dialog_data.get("talked")
        and await _has_lots(dialog_manager),
    }
