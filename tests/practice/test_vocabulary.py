"""Practice packs are data: every shipped pack follows the schema and speaks every language."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules import speech
from rules.i18n import SHIPPED_LOCALES
from rules.vocabulary import (
    PRACTICE_DIR,
    READER_LOCALES,
    VocabularyError,
    load_pack,
    load_vocabulary,
    meaning_locale,
    vocabulary,
)

PACKS = sorted(path.name for path in PRACTICE_DIR.glob("*.toml"))


@pytest.mark.parametrize("name", PACKS)
def test_every_pack_follows_the_schema(name: str) -> None:
    pack = load_pack(PRACTICE_DIR / name)
    for item in pack.items:
        assert item.sv.casefold() in item.example.casefold()
        assert "___" in item.gap()
        assert len(item.example.split()) <= 14, f"{item.id}: keep examples short"


def test_the_tracks_and_their_sizes() -> None:
    tracks = {track.id: track for track in vocabulary()}
    assert set(tracks) == {"care", "warehouse", "kitchen", "cleaning"}
    assert len(tracks["care"].items) >= 150
    assert len({item.topic for item in tracks["care"].items}) >= 10
    for other in ("warehouse", "kitchen", "cleaning"):
        assert len(tracks[other].items) >= 50, other
    for track in tracks.values():
        assert set(track.name) == set(SHIPPED_LOCALES)
        assert track.title("sv") and track.title("ti")


def test_care_covers_the_topics_of_the_job() -> None:
    care = vocabulary().get("care")
    assert care is not None
    topics = {item.topic for item in care.items}
    assert {
        "body",
        "hygiene",
        "meals",
        "medication",
        "lifting",
        "schedule",
        "reporting",
        "talking",
        "safety",
        "sick",
    } <= topics


BROKEN = """
track = "test"
[name]
sv = "Test"
en = "Test"
ar = "Test"
so = "Test"
ti = "Test"
fa = "Test"
prs = "Test"
uk = "Test"
[topics.one]
sv = "Ett"
en = "One"
ar = "One"
so = "One"
ti = "One"
fa = "One"
prs = "One"
uk = "One"
[[items]]
id = "test-one-01"
topic = "one"
sv = "armen"
example = "{example}"
[items.meaning]
en = "the arm"
ar = "x"
so = "x"
ti = "x"
fa = "x"
prs = "x"
{uk}
"""


@pytest.mark.parametrize(
    ("example", "uk", "complaint"),
    [
        ("Hon har ont i benet.", 'uk = "x"', "example must hold"),
        ("Hon har ont i armen.", "", "missing \\['uk'\\]"),
        ("Armen.", 'uk = "x"', "must say more"),
    ],
)
def test_a_broken_pack_is_refused_with_the_reason(
    tmp_path: Path, example: str, uk: str, complaint: str
) -> None:
    path = tmp_path / "test.toml"
    path.write_text(BROKEN.format(example=example, uk=uk), encoding="utf-8")
    with pytest.raises(VocabularyError, match=complaint):
        load_vocabulary(tmp_path)


def test_meanings_come_in_the_chosen_language_else_the_readers_own_else_they_are_asked() -> None:
    assert meaning_locale("sv", "so") == "so"
    assert meaning_locale("ar", "ti") == "ti"  # her mother tongue, not the bot's language
    assert meaning_locale("ar") == "ar"
    assert meaning_locale("sv") is None  # Swedish readers are asked
    assert meaning_locale("sv", "sv") is None and meaning_locale("uk", "xx") == "uk"
    # Every pack explains every word in every language a reader can choose.
    assert set(READER_LOCALES) == {"en", "ar", "so", "ti", "fa", "prs", "uk"}
    for track in vocabulary():
        assert all(set(item.meaning) == set(READER_LOCALES) for item in track.items)


def test_every_shipped_recording_is_named_after_an_item_of_its_pack() -> None:
    assert speech.stray_recordings() == []


def test_a_recording_no_item_would_play_is_found(tmp_path: Path) -> None:
    pack = PRACTICE_DIR / "care-1.toml"
    (tmp_path / pack.name).write_bytes(pack.read_bytes())
    folder = tmp_path / "care-1"
    folder.mkdir()
    item = load_pack(pack).items[0].id
    for name in (
        f"{item}.wav",
        f"{item}.example.ogg",
        f"{item}.meaning-so.mp3",
        f"{item}.txt",
        "huvudet.wav",
        f"{item}.ex.wav",
        f"{item}.meaning-xx.wav",
    ):
        (folder / name).write_bytes(b"")
    assert [p.name for p in speech.stray_recordings(tmp_path)] == [
        f"{item}.ex.wav",
        f"{item}.meaning-xx.wav",
        f"{item}.txt",
        "huvudet.wav",
    ]
