"""Instruments are data: every shipped one follows the schema and has its texts in every locale;
a municipality's own file loads the same way; scoring does what the file says."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules.i18n import LOCALES_DIR, SHIPPED_LOCALES
from rules.instruments import (
    FULL,
    SHORT,
    TOTAL,
    InstrumentError,
    catalogue,
    load_catalogue,
    load_file,
)
from tests.test_locales import _messages

SHIPPED = sorted(instrument.id for instrument in catalogue())


def test_three_instruments_are_shipped() -> None:
    assert SHIPPED == ["avslut", "maende", "vagen"]


@pytest.mark.parametrize("instrument_id", SHIPPED)
@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_every_text_of_an_instrument_is_in_every_locale(instrument_id: str, locale: str) -> None:
    instrument = catalogue().get(instrument_id)
    assert instrument is not None
    own_file = LOCALES_DIR / locale / f"instrument-{instrument_id}.ftl"
    assert own_file.exists(), f"{own_file} is missing"
    messages = _messages(locale)
    missing = sorted(key for key in instrument.message_ids() if key not in messages)
    assert not missing, f"{locale}: {missing}"


def test_vagen_has_seven_themes_of_seven_and_a_short_form_of_one_per_theme() -> None:
    vagen = catalogue().get("vagen")
    assert vagen is not None
    assert [len(theme.items) for theme in vagen.themes] == [7] * 7
    assert [t.id for t in vagen.themes] == [
        "health",
        "routines",
        "language",
        "skills",
        "social",
        "motivation",
        "practical",
    ]
    assert vagen.scale.values == [1, 2, 3, 4, 5]
    short = vagen.form_items(SHORT)
    assert len(short) == 7
    assert {vagen.theme_of(item).id for item in short} == {t.id for t in vagen.themes}
    assert vagen.paused_by_theme(FULL) and not vagen.paused_by_theme(SHORT)
    assert vagen.minutes(FULL) == 15 and vagen.minutes(SHORT) == 2


def test_maende_is_optional_scaled_and_alerts_when_low() -> None:
    maende = catalogue().get("maende")
    assert maende is not None
    assert maende.optional and maende.self_start and maende.recall_days == 14
    assert maende.scale.values == [0, 1, 2, 3, 4, 5]
    items = maende.form_items(FULL)
    assert len(items) == 5
    assert maende.score(FULL, dict.fromkeys(items, 5))[TOTAL] == 100.0
    assert maende.score(FULL, dict.fromkeys(items, 0))[TOTAL] == 0.0
    assert maende.score(FULL, dict.fromkeys(items, 3))[TOTAL] == 60.0
    low = maende.score(FULL, dict(zip(items, [1, 2, 1, 2, 3], strict=True)))
    assert low[TOTAL] == 36.0
    assert [t.below for t in maende.crossed(low)] == [40]
    assert maende.crossed(maende.score(FULL, dict.fromkeys(items, 2))) == []  # 40 is not below 40


def test_avslut_items_map_one_to_one_to_the_targets() -> None:
    avslut = catalogue().get("avslut")
    assert avslut is not None
    assert sorted(avslut.targets().values()) == [
        "adapted-support",
        "improved-chances",
        "mental-health",
        "physical-health",
        "ready-for-job",
    ]
    answers = {"ready": 5, "physical": 3, "mental": 4, "support": None, "chances": 2}
    assert avslut.meets(answers) == {
        "ready-for-job": True,
        "physical-health": False,
        "mental-health": True,
        "adapted-support": None,
        "improved-chances": False,
    }


def test_mean_scores_per_theme_skip_and_too_few_answers() -> None:
    vagen = catalogue().get("vagen")
    assert vagen is not None
    answers: dict[str, int | None] = {f"health-{n}": 4 for n in range(1, 8)}
    answers["health-7"] = None  # skipped: the mean is of the six answered
    answers |= {"routines-1": 2, "routines-2": 3, "routines-3": None}  # 2 of 7: too few
    scores = vagen.score(FULL, answers)
    assert scores["health"] == 4.0
    assert scores["routines"] is None
    assert scores["language"] is None
    assert scores[TOTAL] is None  # 8 of 49 answered
    assert vagen.band(4.0) == "assessment-band-high"
    assert vagen.band(3.0) == "assessment-band-mid"
    assert vagen.band(2.4) == "assessment-band-low"


LICENSED = """
id = "{id}"
licence = "Used under licence no. 42 from its publisher"
locales = ["sv"]
skippable = false
[scale]
values = [0, 1, 2, 3]
labels = ["lic-never", "lic-sometimes", "lic-often", "lic-always"]
[scoring]
method = "sum"
min_answered = 0.75
[[bands]]
below = 6
key = "lic-band-low"
[[bands]]
key = "lic-band-ok"
[[alerts]]
theme = "mood"
below = 3
[[themes]]
id = "mood"
items = ["m1", "m2", "m3", "m4"]
[[themes]]
id = "rest"
items = ["r1", "r2"]
[items.m4]
reverse = true
skippable = true
"""


def test_a_licensed_instrument_added_as_a_file_scores_as_its_file_says(tmp_path: Path) -> None:
    (tmp_path / "licensed.toml").write_text(LICENSED.format(id="licensed"), encoding="utf-8")
    found = load_catalogue(tmp_path).get("licensed")
    assert found is not None
    assert found.locales == ["sv"] and found.licence
    assert found.skippable_item("m4") and not found.skippable_item("m1")
    # m4 runs the other way: 0 counts as 3. Sum prorates a skipped item by the mean.
    scores = found.score(FULL, {"m1": 1, "m2": 2, "m3": 0, "m4": 0, "r1": 3, "r2": None})
    assert scores["mood"] == 6.0
    assert scores["rest"] is None  # 1 of 2 is below the 75 % it asks for
    assert scores[TOTAL] == 9.0 / 5 * 6
    assert found.theme_max("mood") == 12.0
    low = found.score(FULL, {"m1": 0, "m2": 0, "m3": 1, "m4": 3})
    assert low["mood"] == 1.0
    assert [t.theme for t in found.crossed(low)] == ["mood"]
    assert "lic-never" in found.message_ids() and "licensed-m4" in found.message_ids()


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (('[[alerts]]\ntheme = "mood"', '[[alerts]]\ntheme = "sleep"'), "unknown theme"),
        (('"lic-always"]', '"lic-always", "lic-extra"]'), "one label for each value"),
        (("[items.m4]", "[items.m9]"), "unknown items"),
        (('items = ["r1", "r2"]', 'items = ["r1", "m1"]'), "more than one place"),
        (('method = "sum"', 'method = "median"'), "method"),
        (('[[bands]]\nkey = "lic-band-ok"', '[[bands]]\nbelow = 9\nkey = "lic-band-ok"'), "band"),
        (("skippable = false", "skipable = false"), "skipable"),
    ],
)
def test_a_file_that_breaks_the_schema_is_refused_with_the_reason(
    tmp_path: Path, change: tuple[str, str], complaint: str
) -> None:
    text = LICENSED.format(id="broken")
    assert change[0] in text
    path = tmp_path / "broken.toml"
    path.write_text(text.replace(*change), encoding="utf-8")
    with pytest.raises(InstrumentError, match=complaint):
        load_file(path)


def test_the_id_must_match_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "other.toml"
    path.write_text(LICENSED.format(id="licensed"), encoding="utf-8")
    with pytest.raises(InstrumentError, match="match the file name"):
        load_file(path)
