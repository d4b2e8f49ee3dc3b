"""Tracks and practice-ladder steps of the action plan, and the outcomes a programme ends
with, as data. No Telegram, no SQL.

content/plan/tracks.toml, ladder.toml and outcomes.toml list kinds: an id (what a plan
stores), its name in every shipped language, and `retired = true` for a kind no longer
offered. A municipality renames, adds or retires kinds without losing history: a plan keeps
the id, a retired kind still has its name, and an id gone from the file shows as itself.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from rules.i18n import SHIPPED_LOCALES, SOURCE_LOCALE

PLAN_DIR = Path(__file__).resolve().parent.parent / "content" / "plan"
TRACKS_FILE = "tracks.toml"
LADDER_FILE = "ladder.toml"
OUTCOMES_FILE = "outcomes.toml"

# Short: a kind id travels in button data, which Telegram caps at 64 bytes.
KindId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$", max_length=40)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=80)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Kind(_Strict):
    id: KindId
    name: dict[str, Name]
    retired: bool = False
    # Tracks only: the practice ladder applies to this track.
    ladder: bool = False

    @model_validator(mode="after")
    def _every_locale(self) -> Kind:
        missing = sorted(set(SHIPPED_LOCALES) - set(self.name))
        extra = sorted(set(self.name) - set(SHIPPED_LOCALES))
        if missing or extra:
            raise ValueError(f"{self.id}: names missing {missing}, unknown {extra}")
        return self

    def title(self, locale: str) -> str:
        return self.name.get(locale) or self.name[SOURCE_LOCALE]


class _File(_Strict):
    kinds: list[Kind] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> _File:
        ids = [kind.id for kind in self.kinds]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f"repeated ids {repeated}")
        return self


class PlanContentError(ValueError):
    """A tracks or ladder file that does not follow the schema."""


@dataclass(frozen=True, slots=True)
class Kinds:
    """The kinds of one file, in its order."""

    by_id: Mapping[str, Kind]

    def get(self, kind_id: str | None) -> Kind | None:
        return self.by_id.get(kind_id) if kind_id else None

    def offered(self) -> list[Kind]:
        """The kinds to choose from: every kind not retired."""
        return [kind for kind in self.by_id.values() if not kind.retired]

    def title(self, kind_id: str, locale: str) -> str | None:
        """The kind's name in `locale` (retired kinds too), or None for an unknown id."""
        kind = self.by_id.get(kind_id)
        return kind.title(locale) if kind else None

    def __iter__(self) -> Iterator[Kind]:
        return iter(self.by_id.values())


def load_kinds(path: Path) -> Kinds:
    try:
        parsed = _File.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (OSError, tomllib.TOMLDecodeError, ValueError) as error:
        raise PlanContentError(f"{path.name}: {error}") from error
    return Kinds({kind.id: kind for kind in parsed.kinds})


@cache
def tracks() -> Kinds:
    """The installed tracks, loaded once per process."""
    return load_kinds(PLAN_DIR / TRACKS_FILE)


@cache
def ladder() -> Kinds:
    """The installed practice-ladder steps, loaded once per process."""
    return load_kinds(PLAN_DIR / LADDER_FILE)


@cache
def outcomes() -> Kinds:
    """The installed programme outcomes (a participant's status at exit), loaded once."""
    return load_kinds(PLAN_DIR / OUTCOMES_FILE)
