"""Self-assessment instruments as data, and how their answers are scored. No Telegram, no SQL.

An instrument is a TOML file in content/instruments/ (its items, themes, answer scale, scoring,
plain-word bands and alert thresholds); its texts are in locales/<locale>/instrument-<id>.ftl.
A municipality adds or adapts one by adding those files: see docs/instruments.md.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

INSTRUMENTS_DIR = Path(__file__).resolve().parent.parent / "content" / "instruments"
TOTAL = "total"
FULL = "full"
SHORT = "short"
# The forms the bot asks by itself: after onboarding, on the rhythm, at the end.
BASELINE: tuple[str, str] = ("vagen", FULL)
FOLLOW_UP: tuple[str, str] = ("vagen", SHORT)
EXIT: tuple[str, str] = ("avslut", FULL)

Name = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$", max_length=40)]


class Method(StrEnum):
    SUM = "sum"
    MEAN = "mean"
    SCALED = "scaled"  # the mean, stretched to 0-100


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Scale(_Strict):
    values: list[int] = Field(min_length=2, max_length=11)
    # The message id of each value's label, in the same order.
    labels: list[Name]

    @model_validator(mode="after")
    def _one_label_a_value(self) -> Scale:
        if len(self.labels) != len(self.values):
            raise ValueError("the scale needs one label for each value")
        if self.values != sorted(set(self.values)):
            raise ValueError("scale values must rise, without repeats")
        return self

    @property
    def low(self) -> int:
        return self.values[0]

    @property
    def high(self) -> int:
        return self.values[-1]

    def label(self, value: int) -> str:
        return self.labels[self.values.index(value)]


class Scoring(_Strict):
    method: Method
    # A theme (or the total) needs this share of its items answered to get a score.
    min_answered: float = Field(default=0.5, gt=0, le=1)
    # For exit items with a target: an answer at or above this meets the target.
    meets_at_least: int | None = None


class Band(_Strict):
    below: float | None = None
    key: Name


class Threshold(_Strict):
    theme: Name = TOTAL
    below: float | None = None
    above: float | None = None

    @model_validator(mode="after")
    def _one_bound(self) -> Threshold:
        if (self.below is None) == (self.above is None):
            raise ValueError("a threshold has either `below` or `above`")
        return self

    def crossed(self, score: float) -> bool:
        if self.below is not None:
            return score < self.below
        return self.above is not None and score > self.above


class Theme(_Strict):
    id: Name
    items: list[Name] = Field(min_length=1)


class ItemRule(_Strict):
    skippable: bool | None = None
    # The scale runs the other way for this item (agreeing is worse).
    reverse: bool = False
    # The report target this item measures (exit instruments).
    target: Name | None = None


class Instrument(_Strict):
    id: Name
    minutes_per_item: float = Field(default=0.3, gt=0)
    # How far back the questions ask about, in days (0: how it is now).
    recall_days: int = Field(default=0, ge=0)
    # Participants may start it themselves from the menu.
    self_start: bool = False
    # Participants may say no to it.
    optional: bool = False
    # Items may be skipped unless an item says otherwise.
    skippable: bool = True
    # Offer the full form one theme at a time, with a pause between.
    by_theme: bool = False
    # The locales it has texts in; empty: every shipped locale.
    locales: list[str] = Field(default_factory=list)
    licence: str | None = None
    scale: Scale
    scoring: Scoring
    bands: list[Band] = Field(min_length=1)
    alerts: list[Threshold] = Field(default_factory=list)
    themes: list[Theme] = Field(min_length=1)
    forms: dict[Name, list[Name]] = Field(default_factory=dict)
    items: dict[Name, ItemRule] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _consistent(self) -> Instrument:
        every = self.all_items()
        if len(every) != len(set(every)):
            raise ValueError("an item appears in more than one place")
        theme_ids = [theme.id for theme in self.themes]
        if len(theme_ids) != len(set(theme_ids)) or TOTAL in theme_ids:
            raise ValueError(f"theme ids must be unique and not {TOTAL!r}")
        for form, items in self.forms.items():
            if form == FULL:
                raise ValueError("the full form is every item; it is not listed")
            unknown = set(items) - set(every)
            if unknown or not items:
                raise ValueError(f"form {form!r} lists unknown items: {sorted(unknown)}")
        if unknown := set(self.items) - set(every):
            raise ValueError(f"rules for unknown items: {sorted(unknown)}")
        for threshold in self.alerts:
            if threshold.theme != TOTAL and threshold.theme not in theme_ids:
                raise ValueError(f"threshold on unknown theme {threshold.theme!r}")
        if self.bands[-1].below is not None or any(b.below is None for b in self.bands[:-1]):
            raise ValueError("every band but the last has `below`; the last has none")
        if self.scoring.meets_at_least is not None and (
            self.scoring.meets_at_least not in self.scale.values
        ):
            raise ValueError("meets_at_least must be a value of the scale")
        return self

    # -- structure -------------------------------------------------------------------------
    def all_items(self) -> list[str]:
        return [item for theme in self.themes for item in theme.items]

    def form_items(self, form: str) -> list[str]:
        """The items of a form, in the order they are asked (theme by theme)."""
        if form == FULL:
            return self.all_items()
        wanted = set(self.forms[form])
        return [item for item in self.all_items() if item in wanted]

    def has_form(self, form: str) -> bool:
        return form == FULL or form in self.forms

    def theme_of(self, item: str) -> Theme:
        return next(theme for theme in self.themes if item in theme.items)

    def skippable_item(self, item: str) -> bool:
        rule = self.items.get(item)
        if rule is not None and rule.skippable is not None:
            return rule.skippable
        return self.skippable

    def paused_by_theme(self, form: str) -> bool:
        """Whether this form stops after each theme (the long form of a many-theme instrument)."""
        return self.by_theme and form == FULL and len(self.themes) > 1

    def targets(self) -> dict[str, str]:
        """Item -> report target, for the items that measure one."""
        return {item: rule.target for item, rule in self.items.items() if rule.target}

    def minutes(self, form: str) -> int:
        return max(1, round(len(self.form_items(form)) * self.minutes_per_item))

    # -- message ids -----------------------------------------------------------------------
    @property
    def title_key(self) -> str:
        return f"{self.id}-title"

    def theme_key(self, theme: str) -> str:
        return f"{self.id}-theme-{theme}"

    def item_key(self, item: str) -> str:
        return f"{self.id}-{item}"

    def message_ids(self) -> set[str]:
        """Every message id the instrument needs in its locales."""
        ids = {self.title_key, *self.scale.labels, *(band.key for band in self.bands)}
        ids |= {self.theme_key(theme.id) for theme in self.themes}
        ids |= {self.item_key(item) for item in self.all_items()}
        return ids

    # -- scoring ---------------------------------------------------------------------------
    @property
    def score_max(self) -> float:
        if self.scoring.method is Method.SCALED:
            return 100.0
        return float(self.scale.high)

    def theme_max(self, theme: str, form: str = FULL) -> float:
        """The highest score a theme (or the total) can have in a form."""
        if self.scoring.method is not Method.SUM:
            return self.score_max
        asked = set(self.form_items(form))
        items = self.all_items() if theme == TOTAL else self._theme(theme).items
        return float(self.scale.high * sum(1 for item in items if item in asked))

    def _theme(self, theme_id: str) -> Theme:
        return next(theme for theme in self.themes if theme.id == theme_id)

    def _value(self, item: str, value: int) -> int:
        rule = self.items.get(item)
        if rule is not None and rule.reverse:
            return self.scale.low + self.scale.high - value
        return value

    def _score(self, items: list[str], answers: Mapping[str, int | None]) -> float | None:
        given = [self._value(i, v) for i in items if (v := answers.get(i)) is not None]
        if not items or len(given) < self.scoring.min_answered * len(items):
            return None
        mean = sum(given) / len(given)
        match self.scoring.method:
            case Method.MEAN:
                # Rounded as shown, so the words, the alert and the figure always agree.
                return round(mean, 1)
            case Method.SCALED:
                return round((mean - self.scale.low) / (self.scale.high - self.scale.low) * 100, 1)
            case Method.SUM:
                # Skipped items count as the mean of the answered ones (prorated).
                return round(mean * len(items), 1)

    def score(self, form: str, answers: Mapping[str, int | None]) -> dict[str, float | None]:
        """A score per theme the form asks about, and the total (None: too few answers)."""
        asked = set(self.form_items(form))
        scores: dict[str, float | None] = {}
        for theme in self.themes:
            items = [item for item in theme.items if item in asked]
            if items:
                scores[theme.id] = self._score(items, answers)
        scores[TOTAL] = self._score(self.form_items(form), answers)
        return scores

    def band(self, score: float) -> str:
        for band in self.bands:
            if band.below is None or score < band.below:
                return band.key
        return self.bands[-1].key

    def crossed(self, scores: Mapping[str, float | None]) -> list[Threshold]:
        """The thresholds these scores cross (a missing score crosses none)."""
        return [
            threshold
            for threshold in self.alerts
            if (score := scores.get(threshold.theme)) is not None and threshold.crossed(score)
        ]

    def meets(self, answers: Mapping[str, int | None]) -> dict[str, bool | None]:
        """Report target -> met, from an exit round's answers (None: not answered)."""
        cut = self.scoring.meets_at_least
        out: dict[str, bool | None] = {}
        for item, target in self.targets().items():
            value = answers.get(item)
            out[target] = None if value is None or cut is None else self._value(item, value) >= cut
        return out


class InstrumentError(ValueError):
    """An instrument file that does not follow the schema."""


def load_file(path: Path) -> Instrument:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        instrument = Instrument.model_validate(data)
    except (tomllib.TOMLDecodeError, ValueError) as error:
        raise InstrumentError(f"{path.name}: {error}") from error
    if instrument.id != path.stem:
        raise InstrumentError(f"{path.name}: id {instrument.id!r} must match the file name")
    return instrument


@dataclass(frozen=True, slots=True)
class Catalogue:
    """Every instrument this installation offers, by id, in file-name order."""

    by_id: Mapping[str, Instrument]

    def get(self, instrument_id: str) -> Instrument | None:
        return self.by_id.get(instrument_id)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.by_id.values())


def load_catalogue(directory: Path = INSTRUMENTS_DIR) -> Catalogue:
    return Catalogue({i.id: i for i in map(load_file, sorted(directory.glob("*.toml")))})


@cache
def catalogue() -> Catalogue:
    """The installed catalogue, loaded once per process. The forms the bot asks by itself
    (the baseline, the follow-up, the exit survey) must be there."""
    found = load_catalogue()
    for instrument_id, form in (BASELINE, FOLLOW_UP, EXIT):
        instrument = found.get(instrument_id)
        if instrument is None or not instrument.has_form(form):
            raise InstrumentError(f"content/instruments needs {instrument_id!r} with form {form!r}")
    return found
