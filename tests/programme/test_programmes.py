"""The programmes' targets as data: the shipped files name only outcomes and exit-survey
answers that exist, and each kind of target counts what it says, without Telegram or SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from rules.instruments import EXIT, catalogue
from rules.plan_kinds import outcomes
from rules.programmes import (
    Measure,
    Programme,
    ProgrammeContentError,
    Target,
    judge,
    load,
    programmes,
    tally,
)

NAMES = {locale: "x" for locale in ("sv", "en", "ar", "so", "ti", "fa", "prs", "uk")}


@dataclass(frozen=True)
class Facts:
    started: date = date(2026, 1, 12)
    gender: str | None = None
    exit_status: str | None = None
    job_started: date | None = None
    follow_up: str | None = None
    targets: dict[str, bool | None] = field(default_factory=dict)


def _target(**fields: object) -> Target:
    return Target.model_validate({"id": "t", "name": NAMES, **fields})


def test_the_shipped_programmes_name_only_what_the_bot_records() -> None:
    shipped = programmes()
    assert set(shipped) == {"jobb-inom-sex-manader", "varalyftet"}
    known_outcomes = {kind.id for kind in outcomes()}
    instrument = catalogue().get(EXIT[0])
    assert instrument is not None
    answers = set(instrument.targets().values())
    for found in shipped.values():
        for target in found.targets:
            assert set(target.outcomes) | set(target.or_outcomes) <= known_outcomes, target.id
            assert set(target.answers) <= answers, target.id
    job = shipped["jobb-inom-sex-manader"].target("job-held")
    assert job is not None and (job.count, job.within_months, job.held_months) == (40, 6, 6)


def test_a_job_counts_once_held_six_months_unless_the_six_month_answer_says_otherwise() -> None:
    target = _target(measure="job-held", count=40)
    job = Facts(job_started=date(2026, 7, 12))  # the last day within six months of the start
    assert judge(target, job, date(2027, 1, 11)).until == date(2027, 1, 12)
    assert judge(target, job, date(2027, 1, 12)).counts
    late = Facts(job_started=date(2026, 7, 13))
    assert not judge(target, late, date(2027, 6, 1)).counts
    assert judge(target, late, date(2027, 6, 1)).until is None
    lost = Facts(job_started=date(2026, 3, 1), follow_up="looking")
    assert not judge(target, lost, date(2027, 6, 1)).counts
    assert not judge(target, Facts(), date(2027, 6, 1)).counts


def test_shares_count_who_answered_and_say_how_many_more_are_needed() -> None:
    ready = _target(
        measure="exit-survey", answers=["ready-for-job"], or_outcomes=["employed"], share=0.8
    )
    rows = [
        Facts(targets={"ready-for-job": True}),
        Facts(targets={"ready-for-job": False}),
        Facts(exit_status="employed"),  # a job counts without the survey
        Facts(),  # not answered: not counted in either direction
    ]
    today = date(2026, 12, 1)
    programme = Programme.model_validate(
        {"id": "p", "name": NAMES, "targets": [ready.model_dump()]}
    )
    found = tally(programme, ready, [judge(ready, r, today) for r in rows], today)
    assert (found.counted, found.of, found.met) == (2, 3, False)
    # Two more who are ready make 4 of 5, 80%.
    assert found.needed == 2


def test_an_about_right_share_is_met_within_its_margin_either_way() -> None:
    women = _target(measure="gender", gender="woman", share=0.5, give_or_take=0.1)
    programme = Programme.model_validate(
        {"id": "p", "name": NAMES, "targets": [women.model_dump()]}
    )
    today = date(2026, 12, 1)

    def met(*genders: str) -> bool:
        verdicts = [judge(women, Facts(gender=g), today) for g in genders]
        return tally(programme, women, verdicts, today).met

    assert met("woman", "woman", "woman", "man", "man", "not-stated")  # 60%
    assert not met("woman", "woman", "woman", "man")  # 75%
    assert not met("woman", "man", "man", "man")  # 25%
    verdicts = [judge(women, Facts(gender=g), today) for g in ("woman", "woman", "woman", "man")]
    assert tally(programme, women, verdicts, today).needed == 1  # one more man: 3 of 5, 60%
    nobody = tally(programme, women, [], today)
    assert (nobody.met, nobody.on_track, nobody.needed) == (False, True, 1)


def test_a_number_is_on_track_when_it_keeps_pace_with_the_period() -> None:
    target = _target(measure="participants", count=60)
    programme = Programme.model_validate(
        {
            "id": "p",
            "name": NAMES,
            "starts": "2026-01-01",
            "ends": "2027-01-01",
            "targets": [target.model_dump()],
        }
    )
    halfway = date(2026, 7, 2)
    verdicts = [judge(target, Facts(), halfway)] * 30
    assert tally(programme, target, verdicts, halfway).on_track
    assert not tally(programme, target, verdicts[:29], halfway).on_track


def test_a_broken_programme_file_says_what_is_wrong(tmp_path: Path) -> None:
    names = "".join(f'{locale} = "x"\n' for locale in NAMES)
    path = tmp_path / "p.toml"
    path.write_text(
        f'id = "p"\n[name]\n{names}[[targets]]\nid = "t"\nmeasure = "gender"\nshare = 0.5\n'
        f"[targets.name]\n{names}"
    )
    with pytest.raises(ProgrammeContentError, match="t: gender needs more"):
        load(path)
    path.write_text(path.read_text().replace("share = 0.5", 'share = 0.5\ngender = "woman"'))
    assert load(path).targets[0].measure is Measure.GENDER
    path.rename(tmp_path / "q.toml")
    with pytest.raises(ProgrammeContentError, match="is not the file's name"):
        load(tmp_path / "q.toml")
