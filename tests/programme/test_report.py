"""The programme report: a small cohort made by hand, counted by hand, checked cell by cell."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from dialogs.report import workbook
from rules.i18n import Localization
from rules.programmes import programmes
from storage import assessments, plan, programme, report
from storage.audit import AuditEntry
from storage.booking import Meeting
from storage.db import SessionFactory
from storage.people import Actor, Person, Role
from storage.report import Cohort, age_band
from tests.conftest import START

ZONE = ZoneInfo("Europe/Stockholm")
# The municipality's key for row pseudonyms (REPORT_KEY).
KEY = b"the municipality keeps this"
KARLSKOGA = "jobb-inom-sex-manader"


def _utc(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 9, 0, tzinfo=UTC)  # 10:00 or 11:00 in Stockholm


async def _person(
    factory: SessionFactory, telegram_id: int, role: Role, onboarded: datetime, staff: int | None
) -> Actor:
    async with factory() as session:
        person = Person(
            telegram_id=telegram_id,
            role=role.value,
            locale="sv",
            timezone="Europe/Stockholm",
            created_at=onboarded,
            onboarded_at=onboarded,
            staff_id=staff,
        )
        session.add(person)
        await session.commit()
        return Actor.of(person)


async def _facts(factory: SessionFactory, staff: Actor, who: Actor, **facts: str) -> None:
    async with factory() as session:
        for fact, value in facts.items():
            saved = await programme.set_fact(
                session,
                actor=staff,
                participant_id=who.person_id,
                fact=fact,
                value=value,
                now=START,
            )
            assert saved is not None, fact


async def _plan(
    factory: SessionFactory, staff: Actor, who: Actor, track: str, ladder: str | None = None
) -> None:
    async with factory() as session:
        changes = plan.PlanFields(track=track, ladder=ladder)
        assert await plan.edit(
            session, actor=staff, participant_id=who.person_id, changes=changes, now=START
        )


async def _end(
    factory: SessionFactory, staff: Actor, who: Actor, status: str, at: datetime
) -> None:
    async with factory() as session:
        ending = await programme.end_programme(
            session, actor=staff, participant_id=who.person_id, status=status, now=at
        )
    assert ending is programme.Ending.ENDED


async def _avslut(factory: SessionFactory, who: Actor, answers: list[int | None]) -> None:
    """The participant answers the exit survey: ready, physical, mental, support, chances."""
    async with factory() as session:
        (found,) = await assessments.open_rounds(session, actor=who)
        assert found.instrument == "avslut" and found.id is not None
        for position, value in enumerate(answers):
            assert await assessments.answer(
                session,
                actor=who,
                round_id=found.id,
                instrument=found.instrument,
                form=found.form,
                position=position,
                value=value,
                now=START,
            )
        assert found.completed_at is not None


async def _cohort(factory: SessionFactory) -> dict[str, Actor]:
    """Lina's five participants and Omar's one.

    P1 woman, born 2000, unemployed, upper secondary; started 12 Jan, ended 16 Mar in a job;
       Avslut 5 4 2 5 3; six months later: working.
    P2 man, born 1968, long-term unemployed, compulsory school; started 2 Feb, ended 20 Apr
       looking for work; Avslut 2 4 4 (skipped) 4; six months later: no answer.
    P3 non-binary, born 2010, inactive, compulsory school; started 10 Aug, still in it.
    P4 woman, born 1990, employed, university; started 7 Sep, ended 23 Nov into studies;
       no Avslut answers yet; not yet asked after six months.
    P5 started 5 Oct; nothing recorded.
    P6 (Omar's) woman, born 1999, unemployed, upper secondary; started 9 Mar, ended 4 May in a
       job; Avslut 4 5 5 1 5; six months later: studying.
    Plans: P1 arbetspraktik, verklig; P2 SFI C; P3 arbetsträning, skyddad; P4 a track since
    taken out of content/plan/ ("lonebidrag"); P5 none; P6 arbetspraktik, halvskyddad.
    """
    lina = await _person(factory, 7001, Role.STAFF, START, None)
    omar = await _person(factory, 7002, Role.STAFF, START, None)
    admin = await _person(factory, 7003, Role.ADMIN, START, None)
    p = {
        "P1": await _person(factory, 801, Role.PARTICIPANT, _utc(2026, 1, 12), lina.person_id),
        "P2": await _person(factory, 802, Role.PARTICIPANT, _utc(2026, 2, 2), lina.person_id),
        "P3": await _person(factory, 803, Role.PARTICIPANT, _utc(2026, 8, 10), lina.person_id),
        "P4": await _person(factory, 804, Role.PARTICIPANT, _utc(2026, 9, 7), lina.person_id),
        "P5": await _person(factory, 805, Role.PARTICIPANT, _utc(2026, 10, 5), lina.person_id),
        "P6": await _person(factory, 806, Role.PARTICIPANT, _utc(2026, 3, 9), omar.person_id),
    }
    await _facts(
        factory,
        lina,
        p["P1"],
        gender="woman",
        birth_year="2000",
        entry_status="unemployed",
        education="isced-3-4",
    )
    await _facts(
        factory,
        lina,
        p["P2"],
        gender="man",
        birth_year="1968",
        entry_status="long-term-unemployed",
        education="isced-0-2",
    )
    await _facts(
        factory,
        lina,
        p["P3"],
        gender="non-binary",
        birth_year="2010",
        entry_status="inactive",
        education="isced-0-2",
    )
    await _facts(
        factory,
        lina,
        p["P4"],
        gender="woman",
        birth_year="1990",
        entry_status="employed",
        education="isced-5-8",
    )
    await _facts(
        factory,
        omar,
        p["P6"],
        gender="woman",
        birth_year="1999",
        entry_status="unemployed",
        education="isced-3-4",
    )
    await _plan(factory, lina, p["P1"], "arbetspraktik", "verklig")
    await _plan(factory, lina, p["P2"], "sfi-c")
    await _plan(factory, lina, p["P3"], "arbetstraning", "skyddad")
    await _plan(factory, lina, p["P4"], "komvux")
    await _plan(factory, omar, p["P6"], "arbetspraktik", "halvskyddad")
    async with factory() as session:  # the municipality later drops the kind from its file
        held = await session.get(plan.ActionPlan, p["P4"].person_id)
        assert held is not None
        held.track = "lonebidrag"
        await session.commit()
    await _end(factory, lina, p["P1"], "employed", _utc(2026, 3, 16))
    await _end(factory, lina, p["P2"], "job-seeking", _utc(2026, 4, 20))
    await _end(factory, lina, p["P4"], "in-education", START)
    await _end(factory, omar, p["P6"], "employed", _utc(2026, 5, 4))
    await _avslut(factory, p["P1"], [5, 4, 2, 5, 3])
    await _avslut(factory, p["P2"], [2, 4, 4, None, 4])
    await _avslut(factory, p["P6"], [4, 5, 5, 1, 5])
    async with factory() as session:
        # Due 16 Sep (P1), 20 Oct (P2) and 4 Nov (P6); P4's comes in May 2027.
        assert await programme.queue_follow_ups(session, now=START) == 3
        assert await programme.answer_follow_up(session, actor=p["P1"], answer="working", now=START)
        assert await programme.answer_follow_up(
            session, actor=p["P6"], answer="studying", now=START
        )
        # P1 started her job within two months and still works; P6's ended in studies.
        for who, by, day in (("P1", lina, date(2026, 3, 2)), ("P6", omar, date(2026, 5, 4))):
            assert await programme.set_job_start(
                session, actor=by, participant_id=p[who].person_id, day=day, now=START, zone=ZONE
            )
        for status in ("attended", "attended", "no-show", "cancelled", "booked"):
            session.add(
                Meeting(
                    participant_id=p["P1"].person_id,
                    staff_id=lina.person_id,
                    kind="first",
                    starts_at=START,
                    ends_at=START,
                    place="office",
                    status=status,
                    created_at=START,
                )
            )
        await session.commit()
    return {"lina": lina, "omar": omar, "admin": admin, **p}


def _title(scope: str, programme_id: str = KARLSKOGA) -> workbook.Title:
    return workbook.Title(
        scope=scope,
        made_at=START.astimezone(ZONE),
        made_by="Sofia",
        municipality="Karlskoga kommun",
        programme=programmes()[programme_id],
    )


def _xlsx(
    rows: list[report.Row], scope: str = "Alla deltagare", programme_id: str = KARLSKOGA
) -> Any:
    content = workbook.build(
        rows, Localization(strict=True)("sv"), title=_title(scope, programme_id)
    )
    return load_workbook(io.BytesIO(content))


def _summary(book: Any) -> dict[str, list[Any]]:
    """The summary's lines by label; a label that appears in several sections, in order."""
    lines: dict[str, list[Any]] = {}
    for label, value, of, _note in book["Sammanställning"].iter_rows(min_row=2, values_only=True):
        if label is not None:
            lines.setdefault(label, []).append((value, of) if of is not None else value)
    return lines


async def test_the_admin_report_counts_the_whole_cohort(factory: SessionFactory) -> None:
    people = await _cohort(factory)
    async with factory() as session:
        rows = await report.export(session, actor=people["admin"], now=START, zone=ZONE, key=KEY)
        exports = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "export:report"))
        ).all()
    assert rows is not None and len(rows) == 6
    assert [(e.allowed, e.detail) for e in exports] == [(True, "participants=6")]
    book = _xlsx(rows)
    assert book.sheetnames == ["Översikt", "Deltagare", "Sammanställning"]
    sheet = book["Deltagare"]
    cells = list(sheet.iter_rows(values_only=True))
    assert cells[0] == (
        "ID",
        "Start",
        "Slut",
        "Kön",
        "Ålder",
        "Status vid start",
        "Utbildning",
        "Spår",
        "Praktiksteg",
        "Status vid avslut",
        "Jobbet började",
        "Efter sex månader",
        "Bokade möten",
        "Möten där deltagaren kom",
        "Missade möten",
        "Gruppmöten, kom",
        "Gruppmöten, missade",
    )
    by_id = {row[0]: row for row in cells[1:]}
    p1, p2, p3, p4, p5 = (
        report.pseudonym(people[p].person_id, KEY) for p in ("P1", "P2", "P3", "P4", "P5")
    )
    assert by_id[p1] == (
        p1,
        datetime(2026, 1, 12),
        datetime(2026, 3, 16),
        "Kvinna",
        "18–29 år",  # 2026 - 2000 = 26
        "Arbetslös",
        "Gymnasium",
        "Arbetspraktik",
        "Verklig praktik",
        "Har ett jobb",
        datetime(2026, 3, 2),
        "Jobbar",
        4,  # booked: two attended, one missed, one to come (the cancelled one is not counted)
        2,
        1,
        0,  # group meetings: came, missed
        0,
    )
    assert by_id[p2] == (
        p2,
        datetime(2026, 2, 2),
        datetime(2026, 4, 20),
        "Man",
        "55 år och äldre",  # 2026 - 1968 = 58
        "Arbetslös längre än ett år",
        "Grundskola eller kortare",
        "SFI kurs C",
        None,
        "Söker jobb",
        None,
        "Inget svar",
        0,
        0,
        0,
        0,
        0,
    )
    assert by_id[p3] == (
        p3,
        datetime(2026, 8, 10),
        None,
        "Icke-binär",
        "Under 18 år",  # 2026 - 2010 = 16
        "Varken jobbar eller söker jobb",
        "Grundskola eller kortare",
        "Arbetsträning",
        "Skyddad praktik",
        None,
        None,
        None,
        0,
        0,
        0,
        0,
        0,
    )
    assert by_id[p4][6:8] == ("Högskola eller universitet", "lonebidrag")  # gone: shown as is
    assert by_id[p5] == (p5, datetime(2026, 10, 5), *([None] * 10), 0, 0, 0, 0, 0)
    # No names and no Telegram ids anywhere on the sheet.
    every_cell = {str(v) for row in cells for v in row if v is not None}
    assert not every_cell & {"801", "802", "803", "804", "805", "806"}
    assert sheet["B2"].number_format == "yyyy-mm-dd"

    lines = _summary(book)
    assert lines["Urval"] == ["Alla deltagare"]
    assert lines["Deltagare"] == [6]
    # Gender: P1 P4 P6 women; P2 man; P3 non-binary; P5 not recorded.
    assert lines["Kvinna"] == [3] and lines["Man"] == [1] and lines["Icke-binär"] == [1]
    # "Inte ifyllt" per section: gender, age, entry status, education, track (P5 each time);
    # ladder step (P2, P4, P5).
    assert lines["Inte ifyllt"] == [1, 1, 1, 1, 1, 3]
    # Ages at start: P3 16; P1 26, P6 27; P4 36; P2 58.
    assert lines["Under 18 år"] == [1]
    assert lines["18–29 år"] == [2]
    assert lines["30–54 år"] == [1]
    assert lines["55 år och äldre"] == [1]
    # Entry status: P1 P6 unemployed; P2 long-term; P3 inactive; P4 employed.
    assert lines["Arbetslös"] == [2]
    assert lines["Arbetslös längre än ett år"] == [1]
    assert lines["Varken jobbar eller söker jobb"] == [1]
    # "Har ett jobb" is both an entry status (P4) and an exit status (P1, P6).
    assert lines["Har ett jobb"] == [1, 2]
    assert lines["Grundskola eller kortare"] == [2]  # P2, P3
    assert lines["Gymnasium"] == [2]  # P1, P6
    assert lines["Högskola eller universitet"] == [1]  # P4
    # Tracks: every kind offered today is listed, then ids gone from the file.
    assert lines["Arbetspraktik"] == [2]  # P1, P6
    assert lines["Arbetsträning"] == [1] and lines["SFI kurs C"] == [1]
    assert lines["Studier på komvux"] == [0] and lines["lonebidrag"] == [1]
    assert lines["Skyddad praktik"] == [1]  # P3
    assert lines["Halvskyddad praktik"] == [1]  # P6
    assert lines["Verklig praktik"] == [1]  # P1
    # Ended: P1, P2, P4, P6.
    assert lines["Avslutade"] == [4]
    # "Söker jobb" is an exit status (P2) and a six-month answer (nobody).
    assert lines["Söker jobb"] == [1, 0]
    assert lines["Studerar eller går en utbildning"] == [1]  # P4
    assert lines["Har fått betyg eller intyg"] == [0]
    # Asked after six months: P1, P2, P6 (P4 ended today).
    assert lines["Tillfrågade efter sex månader"] == [3]
    assert lines["Jobbar"] == [1] and lines["Studerar"] == [1] and lines["Inget svar"] == [1]
    # In a job at the end and working after six months: P1 of P1, P2, P6 = 1/3.
    assert lines["Jobb vid avslut och jobb sex månader senare"] == [(pytest.approx(1 / 3), 3)]
    # Avslut, at least 4 meets the target; P1 5 4 2 5 3, P2 2 4 4 - 4, P6 4 5 5 1 5.
    assert lines["Redo och trygg att ta ett jobb"] == [(pytest.approx(2 / 3), 3)]  # P1, P6
    assert lines["God fysisk hälsa"] == [(1.0, 3)]  # all three
    assert lines["God psykisk hälsa"] == [(pytest.approx(2 / 3), 3)]  # P2, P6
    assert lines["Stöd anpassat efter behov"] == [(0.5, 2)]  # P1 of P1, P6 (P2 skipped)
    assert lines["Bättre chanser till jobb eller utbildning"] == [(pytest.approx(2 / 3), 3)]
    summary = book["Sammanställning"]
    shares = [row for row in summary.iter_rows(min_row=2) if row[2].value is not None]
    assert len(shares) == 6 and all(row[1].number_format == "0.0%" for row in shares)
    assert all(row[3].value for row in shares)  # each share says what it is counted of
    note = summary.cell(summary.max_row, 1).value
    assert note.startswith("Andelar räknas bara på deltagarna i den här rapporten.")
    lines = _summary(book)
    assert lines["Bokade möten"] == [4] and lines["Missade möten"] == [1]
    # New outcomes at exit are listed even when nobody ended with them.
    assert lines["Annan insats som höjer kompetensen"] == [0]


def _targets(book: Any) -> dict[str, tuple[Any, ...]]:
    """The overview's targets by name: level, counted, of, share, met or not."""
    rows = list(book["Översikt"].iter_rows(values_only=True))
    start = rows.index(("Mål", "Målnivå", "Räknas", "Av antal", "Andel", "Uppfyllt?")) + 1
    return {row[0]: row[1:] for row in rows[start:] if row[0] and row[1] is not None}


async def test_the_report_opens_on_who_made_it_and_each_target_met_or_not(
    factory: SessionFactory,
) -> None:
    people = await _cohort(factory)
    async with factory() as session:
        rows = await report.export(session, actor=people["admin"], now=START, zone=ZONE, key=KEY)
    assert rows is not None
    book = _xlsx(rows)
    overview = book["Översikt"]
    assert [row[:2] for row in overview.iter_rows(max_row=6, values_only=True)] == [
        ("Programrapport", None),
        ("Kommun", "Karlskoga kommun"),
        ("Program", "Jobb inom sex månader"),
        ("Urval", "Alla deltagare"),
        ("Gjord", datetime(2026, 11, 23, 10, 0)),
        ("Gjord av", "Sofia"),
    ]
    targets = _targets(book)
    # Six of sixty have started; P1's job (2 March) has lasted six months; P6's ended.
    assert targets["Deltagare som har börjat"] == (60, 6, 6, 1.0, "Inte uppfyllt")
    assert targets["Jobb inom sex månader, kvar i minst sex månader"][:2] == (40, 1)
    # Women: P1, P4, P6 of the five whose gender is known (60%): about 40% is not met.
    assert targets["Andel kvinnor (cirka 40 %)"] == (0.4, 3, 5, 0.6, "Inte uppfyllt")
    # Ready, or has a job: P1 (5) and P6 (employed) of P1, P2, P6.
    assert targets["Redo och trygg att ta ett jobb, eller har ett jobb"][1:] == (
        2,
        3,
        pytest.approx(2 / 3),
        "Inte uppfyllt",
    )
    for row in overview.iter_rows(min_row=9):
        if row[1].value is not None and row[4].value is not None:
            assert row[4].number_format == "0.0%"
    # VaraLyftet's even split: 60% women is within ten points of half.
    vara = _targets(_xlsx(rows, programme_id="varalyftet"))
    assert vara["Jämn könsfördelning (andel kvinnor)"] == (0.5, 3, 5, 0.6, "Uppfyllt")
    assert vara["Går vidare till jobb, studier, rehabilitering, praktik eller annan insats"] == (
        0.9,
        3,
        4,
        0.75,
        "Inte uppfyllt",
    )
    # Readable and printable: a filter on the participants, their header on every page.
    people_sheet = book["Deltagare"]
    assert people_sheet.auto_filter.ref == people_sheet.dimensions
    assert people_sheet.print_title_rows == "$1:$1"
    assert people_sheet.page_setup.orientation == "landscape"
    assert str(people_sheet.page_setup.paperSize) == people_sheet.PAPERSIZE_A4
    assert people_sheet.page_setup.fitToWidth == 1
    assert people_sheet.sheet_properties.pageSetUpPr.fitToPage
    header = next(people_sheet.iter_rows(max_row=1))
    for cell in header:
        width = people_sheet.column_dimensions[cell.column_letter].width
        assert width >= len(str(cell.value)), cell.value


def test_row_pseudonyms_are_stable_under_a_key_and_unlinkable_without_it() -> None:
    first = report.pseudonym(42, KEY)
    assert first == report.pseudonym(42, KEY)
    assert first != report.pseudonym(42, b"another key")
    assert first != report.pseudonym(43, KEY)
    assert "42" not in first and first.startswith("P-") and len(first) == 14


async def test_a_staff_member_exports_only_their_own_participants(
    factory: SessionFactory,
) -> None:
    people = await _cohort(factory)
    async with factory() as session:
        lina_rows = await report.export(
            session, actor=people["lina"], now=START, zone=ZONE, key=KEY
        )
        # Even asking for a cohort, Lina gets her own participants only.
        lina_h1 = await report.export(
            session,
            actor=people["lina"],
            now=START,
            zone=ZONE,
            key=KEY,
            cohort=Cohort.parse("2026H1"),
        )
        omar_rows = await report.export(
            session, actor=people["omar"], now=START, zone=ZONE, key=KEY
        )
        refused = await report.export(session, actor=people["P1"], now=START, zone=ZONE, key=KEY)
        entries = (
            await session.exec(
                select(AuditEntry)
                .where(AuditEntry.action == "export:report")
                .order_by(AuditEntry.id)  # type: ignore[arg-type]
            )
        ).all()
    assert lina_rows is not None and lina_h1 is not None and omar_rows is not None
    own = {report.pseudonym(people[p].person_id, KEY) for p in ("P1", "P2", "P3", "P4", "P5")}
    assert {r.pseudonym for r in lina_rows} == own
    assert {r.pseudonym for r in lina_h1} == {
        report.pseudonym(people[p].person_id, KEY) for p in ("P1", "P2")
    }
    assert [r.pseudonym for r in omar_rows] == [report.pseudonym(people["P6"].person_id, KEY)]
    assert refused is None
    assert [(e.actor_id, e.allowed, e.detail) for e in entries] == [
        (people["lina"].person_id, True, "participants=5"),
        (people["lina"].person_id, True, "participants=2 cohort=2026H1"),
        (people["omar"].person_id, True, "participants=1"),
        (people["P1"].person_id, False, None),
    ]


async def test_cohorts_by_start_year_and_half(factory: SessionFactory) -> None:
    people = await _cohort(factory)
    async with factory() as session:

        async def ids(text: str) -> set[str]:
            rows = await report.rows(
                session, actor=people["admin"], zone=ZONE, key=KEY, cohort=Cohort.parse(text)
            )
            return {r.pseudonym for r in rows}

        def named(*keys: str) -> set[str]:
            return {report.pseudonym(people[k].person_id, KEY) for k in keys}

        assert await ids("2026") == named("P1", "P2", "P3", "P4", "P5", "P6")
        assert await ids("2026H1") == named("P1", "P2", "P6")
        assert await ids("2026h2") == named("P3", "P4", "P5")
        assert await ids("2025") == set()
    for bad in ("26", "2026H3", "H1", "2026-1", ""):
        with pytest.raises(ValueError):
            Cohort.parse(bad)


async def test_a_report_read_a_page_at_a_time_has_everyone_once_in_order(
    factory: SessionFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages of two: pages end inside a run of people who started at the same moment."""
    people = await _cohort(factory)
    same_day = [
        await _person(
            factory, 900 + n, Role.PARTICIPANT, _utc(2026, 2, 2), people["lina"].person_id
        )
        for n in range(3)
    ]
    async with factory() as session:
        whole = await report.rows(session, actor=people["admin"], zone=ZONE, key=KEY)
    monkeypatch.setattr(report, "PAGE", 2)
    async with factory() as session:
        paged = await report.rows(session, actor=people["admin"], zone=ZONE, key=KEY)
    assert len(whole) == 9
    assert [r.pseudonym for r in paged] == [r.pseudonym for r in whole]
    assert {report.pseudonym(p.person_id, KEY) for p in same_day} <= {r.pseudonym for r in paged}


def test_age_bands_follow_the_esf_common_indicators() -> None:
    # Below 18, 18-29, 55 and over are ESF+ common indicators; 30-54 is the rest.
    assert [age_band(2026 - age, 2026) for age in (17, 18, 29, 30, 54, 55)] == [
        "under-18",
        "18-29",
        "18-29",
        "30-54",
        "30-54",
        "55-plus",
    ]
    assert age_band(None, 2026) is None


def test_sensitive_facts_are_off_unless_the_municipality_turns_them_on() -> None:
    from rules.config import Settings

    assert Settings(_env_file=None).report_sensitive is False  # type: ignore[call-arg]
    example = (Path(__file__).resolve().parents[2] / ".env.example").read_text("utf-8")
    assert "\nREPORT_SENSITIVE=false\n" in example


async def test_sensitive_facts_are_refused_and_left_out_when_off(factory: SessionFactory) -> None:
    people = await _cohort(factory)
    async with factory() as session:
        refused = await programme.set_fact(
            session,
            actor=people["lina"],
            participant_id=people["P1"].person_id,
            fact="disability",
            value="yes",
            now=START,
        )
        saved = await programme.set_fact(
            session,
            actor=people["lina"],
            participant_id=people["P1"].person_id,
            fact="disability",
            value="yes",
            now=START,
            sensitive=True,
        )
        hidden = await report.rows(session, actor=people["lina"], zone=ZONE, key=KEY)
        shown = await report.rows(session, actor=people["lina"], zone=ZONE, key=KEY, sensitive=True)
    assert refused is None and saved is not None
    p1 = report.pseudonym(people["P1"].person_id, KEY)
    assert next(r for r in hidden if r.pseudonym == p1).disability is None
    assert next(r for r in shown if r.pseudonym == p1).disability == "yes"
    plain = _xlsx(hidden)
    assert "Funktionsnedsättning" not in next(plain["Deltagare"].iter_rows(values_only=True))
    with_sensitive = load_workbook(
        io.BytesIO(
            workbook.build(
                shown,
                Localization(strict=True)("sv"),
                title=_title("Mina deltagare"),
                sensitive=True,
            )
        )
    )
    header = next(with_sensitive["Deltagare"].iter_rows(values_only=True))
    assert header[-2:] == ("Funktionsnedsättning", "Medborgare utanför EU")
