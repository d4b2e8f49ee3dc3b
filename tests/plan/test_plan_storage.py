"""The action plan on SQLite and PostgreSQL: who may change it, history, notices, reminders,
kinds as data, and the JSON export and import."""

from __future__ import annotations

import asyncio
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select

from rules.plan_kinds import PlanContentError, ladder, load_kinds, tracks
from storage import audit, plan, plan_io, plan_steps, programme, rights
from storage.audit import AuditEntry
from storage.db import SessionFactory
from storage.outbox import OutboxMessage
from storage.people import Actor, Role
from storage.plan import ActionPlan, PlanChange, PlanFields, PlanStep
from storage.plan_io import PlanImportError
from tests.conftest import START
from tests.support.personas import participants, staff_member

LINA = 9001
OMAR = 9002


async def _staff(factory: SessionFactory, telegram_id: int) -> Actor:
    return await staff_member(factory, telegram_id=telegram_id)


async def _setup(factory: SessionFactory) -> tuple[Actor, Actor, int]:
    """Lina with one participant; Omar, another lots, with none."""
    lina = await _staff(factory, LINA)
    omar = await _staff(factory, OMAR)
    [amina] = await participants(factory, 1, staff_id=lina.person_id)
    return lina, omar, amina


def _me(participant_id: int) -> Actor:
    return Actor(participant_id, 500, Role.PARTICIPANT, True)


async def _rows(factory: SessionFactory, model: type, *where: object) -> list:  # type: ignore[type-arg]
    async with factory() as session:
        return list((await session.exec(select(model).where(*where))).all())  # type: ignore[call-overload]


async def test_staff_edits_are_kept_as_history_and_ten_edits_send_one_notice(
    factory: SessionFactory,
) -> None:
    lina, _omar, amina = await _setup(factory)
    async with factory() as session:
        for minute, goal in enumerate(
            ["Jobba i hemtjänsten", "Jobba i hemtjänsten", "Undersköterska"]
        ):
            await plan.edit(
                session,
                actor=lina,
                participant_id=amina,
                changes=PlanFields(goal=goal),
                now=START + timedelta(minutes=minute),
            )
        for minute in range(3, 10):
            await plan.edit(
                session,
                actor=lina,
                participant_id=amina,
                changes=PlanFields(hours_per_week=10 + minute),
                now=START + timedelta(minutes=minute),
            )
    changes = await _rows(factory, PlanChange)
    # The repeated goal changed nothing, so it left no row.
    assert [(c.field, c.old, c.new) for c in changes][:2] == [
        ("goal", None, "Jobba i hemtjänsten"),
        ("goal", "Jobba i hemtjänsten", "Undersköterska"),
    ]
    assert len(changes) == 2 + 7
    assert {(c.actor, c.actor_id) for c in changes} == {("staff", lina.person_id)}
    notices = await _rows(factory, OutboxMessage)
    assert [(n.recipient_id, n.purpose, n.due_at) for n in notices] == [
        (amina, plan.CHANGED_PURPOSE, START + plan.NOTICE_DELAY)
    ]
    # Once that notice is due, the next change starts a new burst.
    async with factory() as session:
        later = START + plan.NOTICE_DELAY + timedelta(minutes=1)
        await plan.edit(
            session,
            actor=lina,
            participant_id=amina,
            changes=PlanFields(follow_up_on=date(2026, 12, 15)),
            now=later,
        )
    assert len(await _rows(factory, OutboxMessage)) == 2


async def test_another_lots_can_neither_read_nor_change_the_plan_and_is_audited(
    factory: SessionFactory,
) -> None:
    lina, omar, amina = await _setup(factory)
    async with factory() as session:
        step = await plan_steps.add_step(
            session,
            actor=lina,
            participant_id=amina,
            text="Ring Arbetsförmedlingen",
            due_on=date(2026, 12, 1),
            responsible=plan.ME,
            now=START,
        )
        assert step is not None and step.id is not None
        assert await plan.staff_view(session, actor=omar, participant_id=amina, now=START) is None
        # A screen's reads are noted; what handles the update writes them (bot.middlewares).
        assert await audit.write_noted(session) == 1
        assert (
            await plan.edit(
                session,
                actor=omar,
                participant_id=amina,
                changes=PlanFields(goal="Något annat"),
                now=START,
            )
            is None
        )
        assert not await plan_steps.set_step_status(
            session,
            actor=omar,
            participant_id=amina,
            step_id=step.id,
            status="cancelled",
            now=START,
        )
        assert (
            await plan_steps.history(session, actor=omar, participant_id=amina, now=START) is None
        )
        assert await audit.write_noted(session) == 1
        # A participant is not staff: the staff functions refuse them too.
        assert (
            await plan.edit(
                session,
                actor=_me(amina),
                participant_id=amina,
                changes=PlanFields(track="annat"),
                now=START,
            )
            is None
        )
    denied = await _rows(factory, AuditEntry, col(AuditEntry.allowed).is_(False))
    assert [(d.action, d.actor_id, d.subject_id) for d in denied] == [
        ("read:plan", omar.person_id, amina),
        ("edit:plan", omar.person_id, amina),
        ("edit:plan", omar.person_id, amina),
        ("read:plan-history", omar.person_id, amina),
        ("edit:plan", amina, amina),
    ]
    [found] = await _rows(factory, PlanStep)
    assert found.status == "planned"
    assert (await _rows(factory, ActionPlan))[0].goal is None


async def test_a_double_tap_ticks_a_step_once(factory: SessionFactory) -> None:
    lina, _omar, amina = await _setup(factory)
    async with factory() as session:
        mine = await plan_steps.add_step(
            session,
            actor=lina,
            participant_id=amina,
            text="Skriv ett CV",
            due_on=None,
            responsible=plan.ME,
            now=START,
        )
        theirs = await plan_steps.add_step(
            session,
            actor=lina,
            participant_id=amina,
            text="Boka möte med praktikplatsen",
            due_on=None,
            responsible=plan.LOTS,
            now=START,
        )
    assert mine is not None and mine.id is not None and theirs is not None and theirs.id
    step_id = mine.id

    async def tap() -> bool:
        async with factory() as session:
            return await plan_steps.tick_step(session, actor=_me(amina), step_id=step_id, now=START)

    assert sorted(await asyncio.gather(tap(), tap())) == [False, True]
    async with factory() as session:
        # Not hers to tick (her lots is responsible), and a step that does not exist.
        assert not await plan_steps.tick_step(
            session, actor=_me(amina), step_id=theirs.id, now=START
        )
        assert not await plan_steps.tick_step(session, actor=_me(amina), step_id=999, now=START)
    statuses = {s.id: s.status for s in await _rows(factory, PlanStep)}
    assert statuses == {mine.id: "done", theirs.id: "planned"}
    ticks = await _rows(factory, PlanChange, PlanChange.field == "step-status")
    assert [(t.actor, t.old, t.new) for t in ticks] == [("participant", "planned", "done")]


async def test_a_step_due_tomorrow_is_recalled_once_from_nine_the_day_before(
    factory: SessionFactory,
) -> None:
    lina, _omar, amina = await _setup(factory)
    tuesday = date(2026, 11, 24)
    async with factory() as session:
        step = await plan_steps.add_step(
            session,
            actor=lina,
            participant_id=amina,
            text="Besök praktikplatsen",
            due_on=tuesday,
            responsible=plan.ME,
            now=START - timedelta(hours=3),
        )
        assert step is not None
        # 07:30 on Monday in Stockholm: too early; 10:00 (START): queued; again: nothing new.
        assert (
            await plan_steps.queue_step_reminders(
                session, now=START - timedelta(hours=2, minutes=30)
            )
            == 0
        )
        assert await plan_steps.queue_step_reminders(session, now=START) == 1
        assert await plan_steps.queue_step_reminders(session, now=START + timedelta(minutes=1)) == 0
    reminders = await _rows(
        factory, OutboxMessage, OutboxMessage.purpose == plan.STEP_REMINDER_PURPOSE
    )
    assert [(r.recipient_id, r.subject_id, r.occurrence) for r in reminders] == [
        (amina, step.id, f"step-{step.id}-2026-11-24")
    ]


async def test_history_is_paged_newest_first_and_each_read_is_audited(
    factory: SessionFactory,
) -> None:
    lina, _omar, amina = await _setup(factory)
    async with factory() as session:
        for hours in range(1, 11):
            await plan.edit(
                session,
                actor=lina,
                participant_id=amina,
                changes=PlanFields(hours_per_week=hours),
                now=START + timedelta(minutes=hours),
            )
        first = await plan_steps.history(session, actor=lina, participant_id=amina, now=START)
        second = await plan_steps.history(
            session, actor=lina, participant_id=amina, now=START, page=1
        )
        assert await audit.write_noted(session) == 2
    assert first is not None and second is not None
    assert first[1] == second[1] == 10
    assert [c.new for c, _who in first[0]] == [str(h) for h in range(10, 2, -1)]
    assert [c.new for c, _who in second[0]] == ["2", "1"]
    assert all(who is not None and who.id == lina.person_id for _c, who in first[0])
    reads = await _rows(factory, AuditEntry, AuditEntry.action == "read:plan-history")
    assert [(r.allowed, r.subject_id) for r in reads] == [(True, amina), (True, amina)]


async def test_a_retired_kind_keeps_its_name_and_an_unknown_one_does_not_crash(
    factory: SessionFactory, tmp_path: Path
) -> None:
    names = 'sv = "{0}"\nen = "{0}"\nar = "{0}"\nso = "{0}"\nti = "{0}"\nfa = "{0}"\nprs = "{0}"\nuk = "{0}"\n'
    path = tmp_path / "tracks.toml"
    path.write_text(
        '[[kinds]]\nid = "old-kind"\nretired = true\n[kinds.name]\n'
        + names.format("Gammalt spår")
        + '[[kinds]]\nid = "new-kind"\n[kinds.name]\n'
        + names.format("Nytt spår"),
        encoding="utf-8",
    )
    kinds = load_kinds(path)
    assert [k.id for k in kinds.offered()] == ["new-kind"]
    assert kinds.title("old-kind", "ar") == "Gammalt spår"
    assert kinds.title("removed-kind", "sv") is None
    path.write_text('[[kinds]]\nid = "x"\n[kinds.name]\nsv = "X"\n', encoding="utf-8")
    with pytest.raises(PlanContentError, match="names missing"):
        load_kinds(path)
    # The shipped files: every track named above is offered, and the ladder's three steps.
    assert {"arbetspraktik", "sfi-d", "nystartsjobb", "annat"} <= {k.id for k in tracks()}
    assert [k.id for k in ladder()] == ["skyddad", "halvskyddad", "verklig"]
    # A plan may only be set to a kind offered now; an unknown id is refused.
    lina, _omar, amina = await _setup(factory)
    async with factory() as session:
        assert (
            await plan.edit(
                session,
                actor=lina,
                participant_id=amina,
                changes=PlanFields(track="no-such-kind"),
                now=START,
            )
            is None
        )
        assert await plan.edit(
            session,
            actor=lina,
            participant_id=amina,
            changes=PlanFields(track="arbetspraktik", ladder="halvskyddad"),
            now=START,
        )


async def test_export_and_import_round_trip_and_a_bad_file_is_refused(
    factory: SessionFactory,
) -> None:
    lina, _omar, amina = await _setup(factory)
    async with factory() as session:
        await plan.edit(
            session,
            actor=lina,
            participant_id=amina,
            changes=PlanFields(
                goal="Jobba som undersköterska",
                occupations=["Undersköterska", "Vårdbiträde"],
                track="arbetspraktik",
                ladder="skyddad",
                workplace="Solgårdens äldreboende",
                supervisor="Eva",
                hours_per_week=20,
                starts_on=date(2026, 11, 2),
                ends_on=date(2027, 5, 2),
                follow_up_on=date(2026, 12, 14),
            ),
            now=START,
        )
        await plan_steps.add_step(
            session,
            actor=lina,
            participant_id=amina,
            text="Hämta arbetskläder",
            due_on=date(2026, 11, 30),
            responsible=plan.ME,
            now=START,
        )
        exported = await plan_io.export_plans(session)
    document = json.loads(json.dumps(exported))
    [one] = document["plans"]
    assert one["occupations"] == ["Undersköterska", "Vårdbiträde"]
    assert one["steps"][0]["text"] == "Hämta arbetskläder"
    # The same file back changes nothing.
    async with factory() as session:
        assert await plan_io.import_plans(session, raw=json.dumps(document), now=START) == 0
    # Edited by telegram id: a new goal, the step done, a new step.
    one.pop("participant_id")
    one["goal"] = "Jobba i hemtjänsten"
    one["steps"][0]["status"] = "done"
    one["steps"].append({"text": "Läsa om hygien", "due_on": None, "responsible": "lots"})
    later = START + timedelta(days=1)
    async with factory() as session:
        assert await plan_io.import_plans(session, raw=json.dumps(document), now=later) == 3
        again = await plan_io.export_plans(session, participant_id=amina)
    assert again["plans"][0]["goal"] == "Jobba i hemtjänsten"
    assert [s["status"] for s in again["plans"][0]["steps"]] == ["done", "planned"]
    imported = await _rows(factory, PlanChange, PlanChange.at == later)
    assert {(c.actor, c.actor_id) for c in imported} == {("import", None)}
    # Bad files: refused with the reason, and nothing written.
    before = len(await _rows(factory, PlanChange))
    bad = [
        ('{"format": "other", "plans": []}', "format"),
        ("not json", "Invalid JSON"),
        (json.dumps({"format": "lotsen-plans-1", "plans": [{"goal": "x"}]}), "participant_id"),
        (
            json.dumps({"format": "lotsen-plans-1", "plans": [{"participant_id": 999}]}),
            "no participant",
        ),
        (
            json.dumps(
                {
                    "format": "lotsen-plans-1",
                    "plans": [
                        {"participant_id": amina, "goal": "Ny"},
                        {"participant_id": amina, "hours_per_week": 99},
                    ],
                }
            ),
            "hours_per_week",
        ),
        (
            json.dumps(
                {
                    "format": "lotsen-plans-1",
                    "plans": [
                        {
                            "participant_id": amina,
                            "goal": "Ny",
                            "steps": [{"id": 999, "text": "x", "responsible": "me"}],
                        }
                    ],
                }
            ),
            "no step 999",
        ),
    ]
    for raw, reason in bad:
        async with factory() as session:
            with pytest.raises(PlanImportError, match=reason):
                await plan_io.import_plans(session, raw=raw, now=later)
    assert len(await _rows(factory, PlanChange)) == before
    assert (await _rows(factory, ActionPlan))[0].goal == "Jobba i hemtjänsten"


def test_import_refuses_an_unknown_field_with_its_name() -> None:
    with pytest.raises(PlanImportError, match=r"plans\.0\.colour"):
        plan_io.parse_plans(
            json.dumps({"format": "lotsen-plans-1", "plans": [{"participant_id": 1, "colour": 1}]})
        )


async def test_the_participant_sets_her_own_goal_and_asks_about_a_step(
    factory: SessionFactory,
) -> None:
    lina, _omar, amina = await _setup(factory)
    async with factory() as session:
        await plan.set_own_goal(session, actor=_me(amina), goal="  Bli  kock ", now=START)
        step = await plan_steps.add_step(
            session,
            actor=lina,
            participant_id=amina,
            text="Söka kurs",
            due_on=None,
            responsible=plan.AGENCY,
            now=START,
        )
        assert step is not None and step.id is not None
        assert await plan_steps.ask_about_step(
            session, actor=_me(amina), step_id=step.id, now=START
        )
        assert await plan_steps.ask_about_step(
            session, actor=_me(amina), step_id=step.id, now=START
        )
        view = await plan.own_view(session, actor=_me(amina))
    assert view is not None and view.plan is not None and view.plan.goal == "Bli kock"
    questions = await _rows(
        factory, OutboxMessage, OutboxMessage.purpose == plan.STEP_QUESTION_PURPOSE
    )
    assert [(q.recipient_id, q.about_id, q.subject_id) for q in questions] == [
        (lina.person_id, amina, step.id)
    ]
    own_changes = await _rows(factory, PlanChange, PlanChange.actor == "participant")
    assert [(c.field, c.new) for c in own_changes] == [("goal", "Bli kock")]


async def test_two_first_changes_at_once_make_one_plan(factory: SessionFactory) -> None:
    lina, _omar, amina = await _setup(factory)

    async def change(field: str, value: object) -> bool:
        async with factory() as session:
            changes = PlanFields.model_validate({field: value})
            return (
                await plan.edit(
                    session, actor=lina, participant_id=amina, changes=changes, now=START
                )
                is not None
            )

    assert await asyncio.gather(change("goal", "Bli kock"), change("hours_per_week", 20)) == [
        True,
        True,
    ]
    [one] = await _rows(factory, ActionPlan)
    assert (one.goal, one.hours_per_week) == ("Bli kock", 20)
    assert len(await _rows(factory, PlanChange)) == 2


async def test_a_participant_erased_while_her_plan_is_open_is_refused_not_a_crash(
    factory: SessionFactory,
) -> None:
    """Lina still has Amina's plan on screen when Amina's data is erased: the next tap is
    refused and audited, naming no one (the log can only name people who exist)."""
    lina, _omar, amina = await _setup(factory)
    async with factory() as session:
        assert await rights.erase(session, person_id=amina)
        await session.commit()
    async with factory() as session:
        assert await plan.staff_view(session, actor=lina, participant_id=amina, now=START) is None
        facts = await programme.facts_of(session, actor=lina, participant_id=amina, now=START)
        assert facts is None
        assert await audit.write_noted(session) == 2
    refused = await _rows(factory, AuditEntry, col(AuditEntry.allowed).is_(False))
    assert [(e.action, e.actor_id, e.subject_id) for e in refused] == [
        ("read:plan", lina.person_id, None),
        ("read:report-facts", lina.person_id, None),
    ]
