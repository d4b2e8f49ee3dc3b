"""A programme's own targets, as data, and how each is counted. No Telegram, no SQL.

content/programmes/<id>.toml names a programme, its period and its targets. A target is a
definition over what the bot records (the start, the gender fact, the outcome at exit, the
day a job started, the six-month answer, the exit survey), so it is computed, never typed
in. Names are inline in every shipped language, like the plan's kinds. How to write one:
docs/programmes.md.
"""

from __future__ import annotations

import calendar
import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Annotated, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from rules.i18n import SHIPPED_LOCALES, SOURCE_LOCALE

PROGRAMMES_DIR = Path(__file__).resolve().parent.parent / "content" / "programmes"

# Short: a target id travels in button data, which Telegram caps at 64 bytes.
TargetId = Annotated[
    str, StringConstraints(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$", max_length=32)
]
Name = Annotated[str, StringConstraints(min_length=1, max_length=120)]
# Six-month answers that say a job was not kept.
NOT_WORKING = frozenset({"studying", "looking", "other"})


def months_later(day: date, months: int) -> date:
    """The same day `months` later; the month's last day when it has no such day (31 August
    -> 28 or 29 February). Calendar months, as people count them."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class Measure(StrEnum):
    """What a target counts."""

    # Everyone who started.
    PARTICIPANTS = "participants"
    # The share of those whose gender is recorded who have `gender`.
    GENDER = "gender"
    # A job started within `within_months` of the start and held `held_months`.
    JOB_HELD = "job-held"
    # The share of those who ended with one of `outcomes`.
    OUTCOME = "outcome"
    # The share of those who answered the exit survey meeting each of `answers` (or who
    # ended with one of `or_outcomes`).
    EXIT_SURVEY = "exit-survey"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _every_locale(what: str, names: dict[str, str]) -> None:
    missing = sorted(set(SHIPPED_LOCALES) - set(names))
    extra = sorted(set(names) - set(SHIPPED_LOCALES))
    if missing or extra:
        raise ValueError(f"{what}: names missing {missing}, unknown {extra}")


class Target(_Strict):
    id: TargetId
    name: dict[str, Name]
    measure: Measure
    # The level: a number of participants, or a share (0.8 is 80%).
    count: int | None = Field(default=None, ge=1)
    share: float | None = Field(default=None, gt=0, le=1)
    # For a share that should be about right, not at least: met within this much either way.
    give_or_take: float | None = Field(default=None, gt=0, lt=1)
    gender: str | None = None
    within_months: int = Field(default=6, ge=1, le=60)
    held_months: int = Field(default=6, ge=1, le=60)
    outcomes: tuple[str, ...] = ()
    answers: tuple[str, ...] = ()
    or_outcomes: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Target:
        _every_locale(self.id, self.name)
        if (self.count is None) == (self.share is None):
            raise ValueError(f"{self.id}: give either count or share")
        needs = {
            Measure.GENDER: self.gender,
            Measure.OUTCOME: self.outcomes,
            Measure.EXIT_SURVEY: self.answers,
        }
        if self.measure in needs and not needs[self.measure]:
            raise ValueError(f"{self.id}: {self.measure} needs more (see docs/programmes.md)")
        if self.share is None and self.measure in (Measure.GENDER, Measure.OUTCOME):
            raise ValueError(f"{self.id}: {self.measure} is a share")
        return self

    def title(self, locale: str) -> str:
        return self.name.get(locale) or self.name[SOURCE_LOCALE]


class Programme(_Strict):
    id: TargetId
    name: dict[str, Name]
    starts: date | None = None
    ends: date | None = None
    targets: tuple[Target, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Programme:
        _every_locale(self.id, self.name)
        ids = [target.id for target in self.targets]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f"repeated target ids {repeated}")
        if self.starts and self.ends and self.ends <= self.starts:
            raise ValueError("ends must come after starts")
        return self

    def title(self, locale: str) -> str:
        return self.name.get(locale) or self.name[SOURCE_LOCALE]

    def target(self, target_id: str) -> Target | None:
        return next((t for t in self.targets if t.id == target_id), None)


class ProgrammeContentError(ValueError):
    """A programme file that does not follow the schema."""


def load(path: Path) -> Programme:
    try:
        found = Programme.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (OSError, tomllib.TOMLDecodeError, ValueError) as error:
        raise ProgrammeContentError(f"{path.name}: {error}") from error
    if found.id != path.stem:
        raise ProgrammeContentError(f"{path.name}: id {found.id!r} is not the file's name")
    return found


@cache
def programmes() -> Mapping[str, Programme]:
    """The installed programmes by id, loaded once per process."""
    return {path.stem: load(path) for path in sorted(PROGRAMMES_DIR.glob("*.toml"))}


# -- counting ---------------------------------------------------------------------------------


class Facts(Protocol):
    """What a target reads about one participant (storage.report.Row has it all)."""

    @property
    def started(self) -> date: ...
    @property
    def gender(self) -> str | None: ...
    @property
    def exit_status(self) -> str | None: ...
    @property
    def job_started(self) -> date | None: ...
    @property
    def follow_up(self) -> str | None: ...
    @property
    def targets(self) -> Mapping[str, bool | None]: ...


@dataclass(frozen=True, slots=True)
class Verdict:
    """One participant against one target: measured (in the denominator), counts (meets
    it), or could still count by `until` (a job started that is not yet held long enough)."""

    measured: bool
    counts: bool = False
    until: date | None = None


NOT_MEASURED = Verdict(measured=False)


def _job_held(target: Target, facts: Facts, today: date) -> Verdict:
    job = facts.job_started
    if job is None or job > months_later(facts.started, target.within_months):
        return Verdict(measured=True)
    if facts.follow_up in NOT_WORKING:
        return Verdict(measured=True)
    held = months_later(job, target.held_months)
    if held <= today:
        return Verdict(measured=True, counts=True)
    return Verdict(measured=True, until=held)


def judge(target: Target, facts: Facts, today: date) -> Verdict:
    """How one participant stands against `target` on `today`."""
    match target.measure:
        case Measure.PARTICIPANTS:
            return Verdict(measured=True, counts=True)
        case Measure.GENDER:
            if facts.gender is None or facts.gender == "not-stated":
                return NOT_MEASURED
            return Verdict(measured=True, counts=facts.gender == target.gender)
        case Measure.JOB_HELD:
            return _job_held(target, facts, today)
        case Measure.OUTCOME:
            if facts.exit_status is None:
                return NOT_MEASURED
            return Verdict(measured=True, counts=facts.exit_status in target.outcomes)
        case Measure.EXIT_SURVEY:
            if facts.exit_status is not None and facts.exit_status in target.or_outcomes:
                return Verdict(measured=True, counts=True)
            answered = [facts.targets.get(answer) for answer in target.answers]
            if any(met is None for met in answered):
                return NOT_MEASURED
            return Verdict(measured=True, counts=all(answered))
    return NOT_MEASURED  # pragma: no cover - every measure is matched above


Level = Literal["count", "share"]


@dataclass(frozen=True, slots=True)
class Tally:
    """A target's standing: how many count of how many measured, how many could still
    count, how many more are needed, and whether it is met and on track."""

    target: Target
    counted: int
    of: int
    pending: int
    needed: int
    met: bool
    on_track: bool

    @property
    def share(self) -> float | None:
        return self.counted / self.of if self.of else None

    @property
    def level(self) -> Level:
        return "count" if self.target.count is not None else "share"


def _more_for_share(counted: int, of: int, share: float) -> int:
    """How many more who meet the target bring the share to `share` (each also adds to `of`)."""
    if share >= 1:
        return of - counted
    return max(0, math.ceil((share * of - counted) / (1 - share) - 1e-9))


def elapsed(programme: Programme, today: date) -> float:
    """How much of the programme's period has passed, from 0 to 1 (1 without a period)."""
    if programme.starts is None or programme.ends is None:
        return 1.0
    total = (programme.ends - programme.starts).days
    return min(max((today - programme.starts).days / total, 0.0), 1.0)


def tally(programme: Programme, target: Target, verdicts: list[Verdict], today: date) -> Tally:
    """Count the verdicts. A number is on track when those who count and those who could
    still count reach the share of it due by now (the period's elapsed part); a share is on
    track when it is met now."""
    counted = sum(1 for v in verdicts if v.counts)
    of = sum(1 for v in verdicts if v.measured)
    pending = sum(1 for v in verdicts if v.until is not None)
    if target.count is not None:
        met = counted >= target.count
        due = math.ceil(target.count * elapsed(programme, today))
        return Tally(
            target,
            counted,
            of,
            pending,
            max(0, target.count - counted),
            met,
            met or counted + pending >= due,
        )
    assert target.share is not None
    low = target.share - (target.give_or_take or 0)
    high = target.share + (target.give_or_take or 0) if target.give_or_take else 1.0
    if not of:
        # Nobody measured yet: one who meets it starts the share; nothing is behind yet.
        return Tally(target, counted, of, pending, 1, False, True)
    share = counted / of
    met = low - 1e-9 <= share <= high + 1e-9
    if share > high:
        # Above an about-right share: how many more of the others bring it down to the margin.
        needed = max(0, math.ceil(counted / high - of - 1e-9))
    else:
        needed = _more_for_share(counted, of, low)
    return Tally(target, counted, of, pending, needed, met, met)


@dataclass(frozen=True, slots=True)
class Standing:
    """Every target of a programme, counted over the same participants on one day."""

    programme: Programme
    tallies: tuple[Tally, ...] = field(default_factory=tuple)


def standing(programme: Programme, rows: list[Facts], today: date) -> Standing:
    return Standing(
        programme,
        tuple(
            tally(programme, target, [judge(target, row, today) for row in rows], today)
            for target in programme.targets
        ),
    )
