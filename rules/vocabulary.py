"""Vocational Swedish as data: packs of words and phrases per track. No Telegram, no SQL.

A pack is a TOML file in content/practice/: its track, the track's and topics' names, and
items (the Swedish, its dictionary form, an easy example sentence holding it, a topic, and
its meaning in every shipped language). A track may have several packs.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from rules.i18n import SHIPPED_LOCALES, SOURCE_LOCALE, require_every_locale

PRACTICE_DIR = Path(__file__).resolve().parent.parent / "content" / "practice"
READER_LOCALES = tuple(locale for locale in SHIPPED_LOCALES if locale != SOURCE_LOCALE)

# Short: an item id travels in button data, which Telegram caps at 64 bytes.
Name = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$", max_length=40)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=200)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Item(_Strict):
    id: Name
    topic: Name
    sv: Text
    base: Text | None = None
    example: Text
    meaning: dict[str, Text]

    @model_validator(mode="after")
    def _consistent(self) -> Item:
        if self.sv.casefold() not in self.example.casefold():
            raise ValueError(f"{self.id}: the example must hold {self.sv!r}")
        if self.example.casefold().strip(" .!?") == self.sv.casefold().strip(" .!?"):
            raise ValueError(f"{self.id}: the example must say more than {self.sv!r} (gap-fill)")
        require_every_locale(self.meaning, f"{self.id} meaning", READER_LOCALES)
        return self

    def gap(self) -> str:
        """The example with the practised words left out, for gap-fill."""
        start = self.example.casefold().index(self.sv.casefold())
        return f"{self.example[:start]}___{self.example[start + len(self.sv) :]}"


class Pack(_Strict):
    track: Name
    name: dict[str, Text]
    topics: dict[Name, dict[str, Text]]
    items: list[Item] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Pack:
        require_every_locale(self.name, "track name")
        for topic, names in self.topics.items():
            require_every_locale(names, f"topic {topic}")
        for item in self.items:
            if item.topic not in self.topics:
                raise ValueError(f"{item.id}: unknown topic {item.topic!r}")
        return self


def meaning_locale(locale: str, chosen: str | None = None) -> str | None:
    """The language meanings are shown in: the one the reader chose, else the language they
    read the bot in when the packs have meanings in it; None when they must be asked (Swedish
    readers: the packs explain Swedish in other languages)."""
    for candidate in (chosen, locale):
        if candidate in READER_LOCALES:
            return candidate
    return None


class VocabularyError(ValueError):
    """A pack file that does not follow the schema."""


@dataclass(frozen=True, slots=True)
class Track:
    id: str
    name: Mapping[str, str]
    topics: Mapping[str, Mapping[str, str]]
    items: tuple[Item, ...]
    # Which pack file (its name without .toml) each item comes from: recordings sit beside it.
    packs: Mapping[str, str]

    def title(self, locale: str) -> str:
        return self.name.get(locale) or self.name[SOURCE_LOCALE]

    def item(self, item_id: str) -> Item | None:
        return next((item for item in self.items if item.id == item_id), None)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    tracks: Mapping[str, Track]

    def get(self, track_id: str | None) -> Track | None:
        return self.tracks.get(track_id) if track_id else None

    def __iter__(self) -> Iterator[Track]:
        return iter(self.tracks.values())


def load_pack(path: Path) -> Pack:
    try:
        return Pack.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (tomllib.TOMLDecodeError, ValueError) as error:
        raise VocabularyError(f"{path.name}: {error}") from error


def load_vocabulary(directory: Path = PRACTICE_DIR) -> Vocabulary:
    """Every pack, grouped by track. Item ids and Swedish words are unique within a track."""
    grouped: dict[str, list[tuple[str, Pack]]] = {}
    for path in sorted(directory.glob("*.toml")):
        pack = load_pack(path)
        grouped.setdefault(pack.track, []).append((path.stem, pack))
    tracks = {}
    for track_id, named in grouped.items():
        packs = [pack for _stem, pack in named]
        items = tuple(item for pack in packs for item in pack.items)
        for label, values in (
            ("id", [i.id for i in items]),
            ("word", [i.sv.casefold() for i in items]),
        ):
            repeated = sorted({v for v in values if values.count(v) > 1})
            if repeated:
                raise VocabularyError(f"track {track_id}: repeated {label}s {repeated}")
        topics = {topic: names for pack in packs for topic, names in pack.topics.items()}
        sources = {item.id: stem for stem, pack in named for item in pack.items}
        tracks[track_id] = Track(track_id, packs[0].name, topics, items, sources)
    return Vocabulary(tracks)


@cache
def vocabulary() -> Vocabulary:
    """The installed packs, loaded once per process."""
    return load_vocabulary()
