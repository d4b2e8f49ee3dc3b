"""The caseload and staff management on SQLite and PostgreSQL: order, scope, pages, moves."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from storage import audit, caseload, invites, staffing
from storage.alerts import Alert, Kind
from storage.assessments import AssessmentRound
from storage.booking import Meeting, Status
from storage.caseload import Reason
from storage.db import SessionFactory
from storage.invites import Invite
from storage.outbox import OutboxMessage
from storage.people import Actor, Person, Role
from tests.conftest import START

NOW = START


async def _person(
    factory: SessionFactory, telegram_id: int, role: Role, name: str, staff_id: int | None = None
) -> int:
    async with factory() as session:
        person = Person(
            telegram_id=telegram_id,
            role=role.value,
            locale="sv",
            timezone="Europe/Stockholm",
            display_name=name,
            staff_id=staff_id,
            created_at=START - timedelta(days=60),
            onboarded_at=START - timedelta(days=60),
            last_seen_at=NOW - timedelta(days=1),
        )
        session.add(person)
        await session.commit()
        assert person.id is not None
        return person.id


async def _change(factory: SessionFactory, person_id: int, **values: object) -> None:
    async with factory() as session:
        person = await session.get(Person, person_id)
        assert person is not None
        for key, value in values.items():
            setattr(person, key, value)
        await session.commit()


async def _caseload_of_lina(factory: SessionFactory) -> tuple[Actor, dict[str, int]]:
    """Lina's participants, one for each reason, added in an order that is not the answer."""
    lina = await _person(factory, 100, Role.STAFF, "Lina")
    ids = {
        name: await _person(factory, 200 + n, Role.PARTICIPANT, name, staff_id=lina)
        for n, name in enumerate(
            ["Ok", "Paused", "Silent", "Stopped", "Low", "Missed", "Blocked", "Alerted", "Twice"]
        )
    }
    await _change(factory, ids["Paused"], paused_until=NOW + timedelta(days=3))
    await _change(factory, ids["Silent"], last_seen_at=NOW - timedelta(days=20))
    await _change(factory, ids["Stopped"], stopped_at=NOW - timedelta(days=2))
    await _change(factory, ids["Blocked"], unreachable_at=NOW - timedelta(days=2))
    async with factory() as session:
        done = NOW - timedelta(days=3)
        session.add(
            AssessmentRound(
                participant_id=ids["Low"],
                instrument="vagen",
                form="full",
                cause="baseline",
                occurrence="baseline",
                created_at=done,
                completed_at=done,
            )
        )
        session.add(
            Alert(
                participant_id=ids["Low"],
                staff_id=lina,
                kind=Kind.ASSESSMENT.value,
                cause="vagen:1",
                created_at=done,
                handled_at=done + timedelta(hours=1),
            )
        )
        session.add(
            Meeting(
                participant_id=ids["Missed"],
                staff_id=lina,
                kind="follow-up",
                starts_at=NOW - timedelta(days=5),
                ends_at=NOW - timedelta(days=5) + timedelta(minutes=30),
                place="in-person",
                status=Status.NO_SHOW.value,
                created_at=NOW - timedelta(days=9),
            )
        )
        for n, who in enumerate(["Alerted", "Twice", "Twice"]):
            session.add(
                Alert(
                    participant_id=ids[who],
                    staff_id=lina,
                    kind=Kind.WANTS_CONTACT.value,
                    cause=f"c{n}",
                    created_at=NOW - timedelta(hours=n + 1),
                )
            )
        await session.commit()
    return Actor(lina, 100, Role.STAFF, True), ids


async def test_those_who_need_contact_come_first_with_their_reason(
    factory: SessionFactory,
) -> None:
    lina, _ = await _caseload_of_lina(factory)
    async with factory() as session:
        rows = await caseload.page(session, actor=lina, now=NOW, offset=0, limit=20)
        assert await caseload.count(session, actor=lina) == 9
    assert [(r.person.display_name, r.reason, r.open_alerts) for r in rows] == [
        ("Twice", Reason.ALERTS, 2),
        ("Alerted", Reason.ALERTS, 1),
        ("Blocked", Reason.UNREACHABLE, 0),
        ("Missed", Reason.MISSED, 0),
        ("Low", Reason.LOW, 0),
        ("Stopped", Reason.STOPPED, 0),
        ("Silent", Reason.SILENT, 0),
        ("Paused", Reason.PAUSED, 0),
        ("Ok", Reason.OK, 0),
    ]


async def test_pages_are_cut_in_the_database_and_others_see_nothing(
    factory: SessionFactory,
) -> None:
    lina, ids = await _caseload_of_lina(factory)
    omar = await _person(factory, 101, Role.STAFF, "Omar")
    await _person(factory, 300, Role.PARTICIPANT, "Yusuf", staff_id=omar)
    # Archived and inactive people are not listed.
    await _change(factory, ids["Ok"], erase_after=NOW + timedelta(days=30), active=False)
    async with factory() as session:
        second = await caseload.page(session, actor=lina, now=NOW, offset=4, limit=4)
        assert [r.person.display_name for r in second] == ["Low", "Stopped", "Silent", "Paused"]
        assert await caseload.count(session, actor=lina) == 8
        omars = await caseload.page(
            session, actor=Actor(omar, 101, Role.STAFF, True), now=NOW, offset=0, limit=20
        )
        assert [r.person.display_name for r in omars] == ["Yusuf"]
        admin = Actor(omar, 101, Role.ADMIN, True)
        assert await caseload.count(session, actor=admin) == 9
        participant = Actor(ids["Twice"], 208, Role.PARTICIPANT, True)
        assert await caseload.page(session, actor=participant, now=NOW, offset=0, limit=20) == []
        assert await caseload.card(session, actor=lina, participant_id=omar, now=NOW) is None


async def test_moving_takes_open_alerts_along_and_tells_the_new_lots(
    factory: SessionFactory,
) -> None:
    lina, ids = await _caseload_of_lina(factory)
    omar = await _person(factory, 101, Role.STAFF, "Omar")
    async with factory() as session:
        refused = await staffing.move(
            session,
            actor=None,
            from_id=lina.person_id,
            to_id=omar,
            now=NOW,
            participant_ids=[ids["Twice"], omar],
        )
        assert refused.refusal is staffing.Refusal.NOT_THEIRS
        moved = await staffing.move(
            session,
            actor=None,
            from_id=lina.person_id,
            to_id=omar,
            now=NOW,
            participant_ids=[ids["Twice"]],
        )
        assert moved == staffing.Outcome(moved=1)
        alerts = (
            await session.exec(select(Alert).where(Alert.participant_id == ids["Twice"]))
        ).all()
        told = (await session.exec(select(OutboxMessage))).all()
        entries = await audit.entries_since(session, since=None)
        sizes = {
            m.person.display_name: m.participants
            for m in await staffing.members(session, actor=None)
        }
    assert {a.staff_id for a in alerts} == {omar}
    assert [(t.recipient_id, t.purpose, t.subject_id) for t in told] == [
        (omar, staffing.MOVED_PURPOSE, ids["Twice"])
    ]
    assert [(e.action, e.subject_id, e.actor_id) for e in entries] == [
        ("staff:move", ids["Twice"], None)
    ]
    assert sizes == {"Lina": 8, "Omar": 1}


async def test_deactivating_needs_an_empty_caseload_or_a_move_in_the_same_step(
    factory: SessionFactory,
) -> None:
    lina, ids = await _caseload_of_lina(factory)
    omar = await _person(factory, 101, Role.STAFF, "Omar")
    sofia = await _person(factory, 102, Role.STAFF, "Sofia")
    admin = Actor(sofia, 102, Role.ADMIN, True)
    async with factory() as session:
        future = Meeting(
            participant_id=ids["Ok"],
            staff_id=lina.person_id,
            kind="follow-up",
            starts_at=NOW + timedelta(days=2),
            ends_at=NOW + timedelta(days=2, minutes=30),
            place="in-person",
            created_at=NOW,
        )
        session.add(future)
        await session.commit()
        handed_out = await invites.create_invite(
            session,
            role=Role.PARTICIPANT,
            staff_id=lina.person_id,
            now=NOW,
            ttl=timedelta(days=14),
        )
        assert (
            await staffing.deactivate(
                session, actor=admin, staff_id=lina.person_id, admin_ids=frozenset(), now=NOW
            )
        ).refusal is staffing.Refusal.HAS_PARTICIPANTS
        assert (
            await staffing.deactivate(
                session, actor=admin, staff_id=sofia, admin_ids=frozenset(), now=NOW
            )
        ).refusal is staffing.Refusal.SELF
        assert (
            await staffing.deactivate(
                session, actor=admin, staff_id=omar, admin_ids=frozenset({101}), now=NOW
            )
        ).refusal is staffing.Refusal.CONFIGURED_ADMIN
        assert (
            await staffing.deactivate(
                session, actor=lina, staff_id=omar, admin_ids=frozenset(), now=NOW
            )
        ).refusal is staffing.Refusal.NOT_ALLOWED
        done = await staffing.deactivate(
            session,
            actor=admin,
            staff_id=lina.person_id,
            admin_ids=frozenset(),
            now=NOW,
            move_to=omar,
        )
        assert done == staffing.Outcome(moved=9)
        gone = await session.get(Person, lina.person_id)
        meeting = await session.get(Meeting, future.id)
        left = (await session.exec(select(Person).where(Person.staff_id == lina.person_id))).all()
        actions = [(e.action, e.allowed) for e in await audit.entries_since(session, since=None)]
        invite = await session.get(Invite, handed_out.invite_id)
    assert gone is not None and not gone.active
    assert meeting is not None and meeting.status == Status.CANCELLED.value
    assert left == []
    assert invite is not None and invite.staff_id == omar
    assert actions.count(("staff:move", True)) == 9
    assert ("staff:deactivate", True) in actions
    assert ("deny:staff-admin", False) in actions
