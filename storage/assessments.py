"""Self-assessment rounds: who was asked which instrument, every answer as it is given, the scores.

A round remembers the position of the item on screen, so a participant resumes exactly where
they left, days later and after a restart. Answers are saved one by one; scores are computed
once, when the round is complete, and kept with it for trends and reports.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    bindparam,
    case,
    func,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Row
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key
from sqlalchemy.sql.dml import Update
from sqlmodel import Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.instruments import BASELINE, FOLLOW_UP, TOTAL, Instrument, catalogue
from rules.timing import local_to_utc
from storage import outbox
from storage.alerts import Kind, raise_alert
from storage.db import (
    ALONE,
    ONE_ROW,
    as_loaded,
    get,
    may_work_apart,
    on_own_connection,
    prebuilt,
    table_of,
    upsert_insert,
)
from storage.people import Actor, Person, Role, get_visible_participant
from storage.types import UTCDateTime

INVITE_PURPOSE = "assessment-invite"
REMINDER_PURPOSE = "assessment-reminder"
DEFAULT_EVERY_DAYS = 28
EVERY_WEEKS_CHOICES = (2, 4, 8)
INVITE_AT = time(10, 0)
REMIND_AFTER = timedelta(days=3)


class Cause(StrEnum):
    BASELINE = "baseline"
    RHYTHM = "rhythm"
    EXIT = "exit"
    STAFF = "staff"
    SELF = "self"


class AssessmentRound(SQLModel, table=True):
    __tablename__ = "assessment_round"
    __table_args__ = (
        # One round per occasion: two ticks at once (two workers) cannot open it twice.
        UniqueConstraint("participant_id", "occurrence", name="uq_assessment_occurrence"),
        Index("ix_assessment_round_open", "participant_id", "completed_at"),
        # The reminder query reads only open rounds not yet reminded, by when they were made.
        Index(
            "ix_assessment_round_unreminded",
            "completed_at",
            "declined_at",
            "reminded_at",
            "created_at",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False)
    )
    instrument: str = Field(sa_column=Column(String(40), nullable=False))
    form: str = Field(sa_column=Column(String(40), nullable=False))
    cause: str = Field(sa_column=Column(String(16), nullable=False))
    occurrence: str = Field(sa_column=Column(String(160), nullable=False))
    requested_by_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("person.id", ondelete="SET NULL"))
    )
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    reminded_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    started_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    completed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    declined_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    # The index, in the form's item order, of the item the participant is on.
    position: int = Field(default=0, nullable=False)
    # How far they have come: items before it have an answer (after going back, too).
    reached: int = Field(default=0, nullable=False)

    @property
    def is_open(self) -> bool:
        return self.completed_at is None and self.declined_at is None


class AssessmentAnswer(SQLModel, table=True):
    __tablename__ = "assessment_answer"

    round_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("assessment_round.id", ondelete="CASCADE"), primary_key=True
        )
    )
    item: str = Field(sa_column=Column(String(40), primary_key=True))
    # None: the participant skipped the item.
    value: int | None = Field(default=None)
    answered_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))


class AssessmentScore(SQLModel, table=True):
    __tablename__ = "assessment_score"

    round_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("assessment_round.id", ondelete="CASCADE"), primary_key=True
        )
    )
    # A theme id, or "total".
    theme: str = Field(sa_column=Column(String(40), primary_key=True))
    score: float | None = Field(default=None, sa_column=Column(Float))


class AssessmentPlan(SQLModel, table=True):
    """The follow-up rhythm the staff member sets: the short form every few weeks."""

    __tablename__ = "assessment_plan"

    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    )
    every_days: int = Field(default=DEFAULT_EVERY_DAYS, nullable=False)
    active: bool = Field(default=True, nullable=False)
    next_due_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False, index=True))


@dataclass(frozen=True, slots=True)
class Result:
    round: AssessmentRound
    scores: dict[str, float | None]


# -- opening rounds ------------------------------------------------------------------------


def _next_due(person: Person, every_days: int, now: datetime) -> datetime:
    zone = ZoneInfo(person.timezone)
    return local_to_utc(now.astimezone(zone).date() + timedelta(days=every_days), INVITE_AT, zone)


async def _open_round(
    session: AsyncSession,
    *,
    participant: Person,
    instrument: str,
    form: str,
    cause: Cause,
    occurrence: str,
    now: datetime,
    requested_by: int | None = None,
    invite: bool = True,
    any_form: bool = False,
) -> AssessmentRound | None:
    """The participant's open round of this instrument and form, or a new one (no commit).

    With `any_form`, an open round of the instrument in any form counts (the rhythm's short
    form waits while the long one is open). A new round is invited through the outbox.
    None when this occasion already had its round.
    """
    assert participant.id is not None
    open_ = select(AssessmentRound).where(
        AssessmentRound.participant_id == participant.id,
        AssessmentRound.instrument == instrument,
        col(AssessmentRound.completed_at).is_(None),
        col(AssessmentRound.declined_at).is_(None),
    )
    if not any_form:
        open_ = open_.where(AssessmentRound.form == form)
    existing = (await session.exec(open_)).first()
    if existing is not None:
        return existing
    insert = upsert_insert(session)
    statement = (
        insert(AssessmentRound)
        .values(
            participant_id=participant.id,
            instrument=instrument,
            form=form,
            cause=cause.value,
            occurrence=occurrence,
            requested_by_id=requested_by,
            created_at=now,
            position=0,
            reached=0,
        )
        .on_conflict_do_nothing(index_elements=["participant_id", "occurrence"])
        .returning(AssessmentRound.id)
    )
    round_id = (await session.exec(statement)).scalar()
    if round_id is None:
        return None
    if invite:
        await outbox.enqueue(
            session,
            recipient_id=participant.id,
            purpose=INVITE_PURPOSE,
            occurrence=f"round-{round_id}",
            subject_id=round_id,
            due_at=now,
            now=now,
        )
    return await session.get(AssessmentRound, round_id)


async def start_participant(session: AsyncSession, *, participant: Person, now: datetime) -> None:
    """After onboarding: the baseline is suggested, and the follow-up rhythm starts (no commit)."""
    assert participant.id is not None
    instrument, form = BASELINE
    await _open_round(
        session,
        participant=participant,
        instrument=instrument,
        form=form,
        cause=Cause.BASELINE,
        occurrence=Cause.BASELINE.value,
        now=now,
    )
    if await session.get(AssessmentPlan, participant.id) is None:
        session.add(
            AssessmentPlan(
                participant_id=participant.id,
                next_due_at=_next_due(participant, DEFAULT_EVERY_DAYS, now),
            )
        )


async def request(
    session: AsyncSession,
    *,
    actor: Actor,
    participant_id: int,
    instrument: str,
    form: str,
    now: datetime,
    cause: Cause = Cause.STAFF,
) -> AssessmentRound | None:
    """Staff ask one of their participants to answer an instrument now. None when they may not."""
    chosen = catalogue().get(instrument)
    if not actor.is_staff or chosen is None or not chosen.has_form(form):
        return None
    participant = await get_visible_participant(session, actor=actor, participant_id=participant_id)
    if participant is None or participant.onboarded_at is None:
        return None  # not before they have read and accepted what is stored
    found = await _open_round(
        session,
        participant=participant,
        instrument=instrument,
        form=form,
        cause=cause,
        occurrence=f"{cause.value}-{uuid.uuid4().hex}",
        now=now,
        requested_by=actor.person_id,
    )
    await session.commit()
    return found


async def start_self(
    session: AsyncSession, *, actor: Actor, instrument: str, now: datetime
) -> AssessmentRound | None:
    """A participant starts an instrument they may start themselves (its full form)."""
    chosen = catalogue().get(instrument)
    if actor.role is not Role.PARTICIPANT or chosen is None or not chosen.self_start:
        return None
    participant = await session.get(Person, actor.person_id)
    assert participant is not None
    found = await _open_round(
        session,
        participant=participant,
        instrument=instrument,
        form="full",
        cause=Cause.SELF,
        occurrence=f"self-{uuid.uuid4().hex}",
        now=now,
        invite=False,
    )
    await session.commit()
    return found


# -- the participant answers -----------------------------------------------------------------


async def own_round(
    session: AsyncSession, *, actor: Actor, round_id: int
) -> AssessmentRound | None:
    """A round of the acting participant, or None (someone else's, or forged)."""
    found = await get(session, AssessmentRound, round_id)
    if found is None or found.participant_id != actor.person_id:
        return None
    return found


_ROUND = table_of(AssessmentRound)
# The instrument and form of a participant's open rounds: the menu counts them on every
# /menu, and loading them as objects only to count them cost more than the read.
_OPEN_KINDS = prebuilt(
    lambda: select(_ROUND.c.instrument, _ROUND.c.form).where(
        _ROUND.c.participant_id == bindparam("participant_id"),
        _ROUND.c.completed_at.is_(None),
        _ROUND.c.declined_at.is_(None),
    )
)


async def open_rounds(session: AsyncSession, *, actor: Actor) -> list[AssessmentRound]:
    return await rounds_of(session, participant_id=actor.person_id, open_only=True)


async def open_round_count(session: AsyncSession, *, actor: Actor) -> int:
    """How many of the actor's own rounds are open, as `open_rounds` would count them: a
    round of an instrument or form since removed from content/ is left out."""
    rows = await session.exec(_OPEN_KINDS, params={"participant_id": actor.person_id})
    instruments = catalogue()
    return sum(
        1
        for instrument_id, form in rows
        if (instrument := instruments.get(instrument_id)) is not None and instrument.has_form(form)
    )


async def earlier_answer(session: AsyncSession, *, found: AssessmentRound, item: str) -> int | None:
    """The answer already given to `item` of this round (after going back), else None."""
    if found.id is None or found.position >= found.reached:
        return None  # nothing at or after this position has been answered yet
    answer_row = await session.get(AssessmentAnswer, (found.id, item))
    return answer_row.value if answer_row else None


async def answers_of(session: AsyncSession, *, round_id: int) -> dict[str, int | None]:
    rows = await session.exec(select(AssessmentAnswer).where(AssessmentAnswer.round_id == round_id))
    return {answer.item: answer.value for answer in rows.all()}


# The statements of every answer, built once (building them costs more than SQLite's own
# work); their values are bound when they run. They are written against the tables, not the
# mapped classes: the ORM's bulk UPDATE and INSERT paths cost more than the statements.
_ANSWER = table_of(AssessmentAnswer)
# The move to the next item is also the answer's check and its read of the round: it moves
# only the actor's own round, of the instrument and form the answer is for, open and still on
# that item (an id that is someone else's or forged, an old button, a double tap, a second
# device move nothing), and returns the round as it is after the move.
_MOVE_ON: Update = (
    update(_ROUND)
    .where(
        _ROUND.c.id == bindparam("round_id"),
        _ROUND.c.participant_id == bindparam("actor_id"),
        _ROUND.c.instrument == bindparam("of_instrument"),
        _ROUND.c.form == bindparam("of_form"),
        _ROUND.c.position == bindparam("at"),
        _ROUND.c.completed_at.is_(None),
        _ROUND.c.declined_at.is_(None),
    )
    .values(
        position=bindparam("next", type_=Integer),
        reached=case(
            (_ROUND.c.reached > bindparam("next"), _ROUND.c.reached),
            else_=bindparam("next", type_=Integer),
        ),
        started_at=func.coalesce(_ROUND.c.started_at, bindparam("now", type_=UTCDateTime())),
    )
    .returning(*_ROUND.c)
)
# SQLite's INSERT ... ON CONFLICT DO UPDATE of the answer (PostgreSQL's is `_SAVED` below).
_KEPT = sqlite.insert(_ANSWER).values(
    round_id=bindparam("round_id"),
    item=bindparam("item"),
    value=bindparam("value", type_=Integer),
    answered_at=bindparam("answered_at", type_=UTCDateTime()),
)
_KEPT = _KEPT.on_conflict_do_update(
    index_elements=["round_id", "item"],
    set_={"value": _KEPT.excluded.value, "answered_at": _KEPT.excluded.answered_at},
)


# PostgreSQL: one statement, the UPDATE in a WITH clause feeding the INSERT, and the round
# as the UPDATE left it for the result. SQLite has no UPDATE in a WITH clause: two statements.
_MOVED = _MOVE_ON.cte("moved")
_SAVED = postgresql.insert(_ANSWER).from_select(
    ["round_id", "item", "value", "answered_at"],
    select(
        _MOVED.c.id,
        bindparam("item"),
        bindparam("value", type_=Integer),
        bindparam("answered_at", type_=UTCDateTime()),
    ),
)
_SAVED = _SAVED.on_conflict_do_update(
    index_elements=["round_id", "item"],
    set_={"value": _SAVED.excluded.value, "answered_at": _SAVED.excluded.answered_at},
)
# On SQLite the move runs on the event loop, as the answer's INSERT does (ONE_ROW).
_MOVE_ON_ONE_ROW = prebuilt(lambda: _MOVE_ON.execution_options(**{ONE_ROW: True}))
_SQLITE_ANSWER = prebuilt(lambda: _KEPT.execution_options(**{ONE_ROW: True}))
_MOVE_ON_AND_ANSWER_BUILT = select(*_MOVED.c).add_cte(_SAVED.cte("saved"))
_MOVE_ON_AND_ANSWER = prebuilt(lambda: _MOVE_ON_AND_ANSWER_BUILT)
# An answer that does not complete the round is its whole unit of work: one statement, which
# runs on its own, without BEGIN and COMMIT, when no transaction is open (storage.pg_driver).
_MOVE_ON_AND_ANSWER_ALONE = prebuilt(
    lambda: _MOVE_ON_AND_ANSWER_BUILT.execution_options(**{ALONE: True})
)


def _move_on_and_answer(
    connection: Connection, moving: dict[str, Any], answering: dict[str, Any]
) -> Row[Any] | None:
    """SQLite's two statements of an answer: the move (which checks it, see _MOVE_ON) and,
    when the round moved, the answer kept. The round as the move left it, or None."""
    row = connection.execute(_MOVE_ON_ONE_ROW, moving).first()
    if row is not None:
        connection.execute(_SQLITE_ANSWER, answering)
    return row


def _as_read(session: AsyncSession, row: Row[Any]) -> AssessmentRound:
    """The round a statement returned, as the session's own object, as `session.get` would
    have read it: the next screen's getter finds it in the session, with no query.

    A round the session holds already takes the new values. Otherwise one is made as the ORM
    makes a loaded object (`storage.db.as_loaded`) and added; the session holds it as it
    holds what it loads (storage.db.keep_loaded). The ORM's own loading of the row
    (`select(AssessmentRound).from_statement(...)`) cost more than the statement.
    """
    # Whatever its state (expired too), one object per row in a session: take the new values.
    known = session.identity_map.get(identity_key(AssessmentRound, row.id))
    if isinstance(known, AssessmentRound):
        for key, value in row._mapping.items():
            set_committed_value(known, key, value)
        return known
    found = as_loaded(AssessmentRound, row._mapping)
    session.add(found)
    return found


async def answer(
    session: AsyncSession,
    *,
    actor: Actor,
    round_id: int,
    instrument: str,
    form: str,
    position: int,
    value: int | None,
    now: datetime,
) -> AssessmentRound | None:
    """Save the answer to the item at `position` (None: skipped) and move on to the next item.

    `instrument` and `form` are the round's, as the caller knows them (they never change);
    they say which item is at `position` without reading the round first. Refused (None)
    unless the round is the actor's, of that instrument and form, open, and still on that
    item: an old button or a double tap changes nothing. The last answer completes the round.
    """
    chosen = catalogue().get(instrument)
    if chosen is None or not chosen.has_form(form):
        return None
    items = chosen.form_items(form)
    if not 0 <= position < len(items):
        return None
    item = items[position]
    if value is None and not chosen.skippable_item(item):
        return None
    if value is not None and value not in chosen.scale.values:
        return None
    moving = {
        "round_id": round_id,
        "actor_id": actor.person_id,
        "of_instrument": instrument,
        "of_form": form,
        "at": position,
        "next": position + 1,
        "now": now,
    }
    answering = {"round_id": round_id, "item": item, "value": value, "answered_at": now}
    last = position + 1 == len(items)  # the round is completed with it: more to write
    if upsert_insert(session) is postgresql.insert:
        # One round trip: the answer is kept only if the round moved (no row otherwise).
        statement = _MOVE_ON_AND_ANSWER if last else _MOVE_ON_AND_ANSWER_ALONE
        row = (await session.exec(statement, params=moving | answering)).first()
    elif not last and may_work_apart(session):
        # The whole unit of work: two statements and the commit, in one trip (on_own_connection).
        row = await on_own_connection(session, _move_on_and_answer, moving, answering)
        if row is None:
            return None
        return _as_read(session, row)
    else:
        # Within the session's transaction: the last answer, which completes the round too,
        # or a session with work of its own open (see storage.db.may_work_apart).
        row = await session.run_sync(
            lambda sync: _move_on_and_answer(sync.connection(), moving, answering)
        )
    if row is None:
        # Refused, but the statement began a transaction, and on SQLite an UPDATE takes the
        # write lock whatever it matches: ended now, not when the update's session closes
        # (the dialog state's write would wait for it). A commit, since nothing changed: a
        # rollback would also expire every object the session has loaded.
        await session.commit()
        return None
    found = _as_read(session, row)
    if found.position >= len(items):
        await _complete(session, found, chosen, now)
    await session.commit()
    return found


async def back(
    session: AsyncSession, *, actor: Actor, round_id: int, position: int
) -> AssessmentRound | None:
    """Go back one item (the earlier answer is kept and shown until it is changed)."""
    found = await own_round(session, actor=actor, round_id=round_id)
    if found is None or not found.is_open or found.position != position or position == 0:
        return None
    found.position = position - 1
    await session.commit()
    return found


async def decline(
    session: AsyncSession, *, actor: Actor, round_id: int, now: datetime
) -> AssessmentRound | None:
    """Say no to an optional instrument. Nothing of it is kept but that it was declined."""
    found = await own_round(session, actor=actor, round_id=round_id)
    instrument = catalogue().get(found.instrument) if found else None
    if found is None or instrument is None or not instrument.optional or not found.is_open:
        return None
    found.declined_at = now
    for answer_row in (
        await session.exec(select(AssessmentAnswer).where(AssessmentAnswer.round_id == round_id))
    ).all():
        await session.delete(answer_row)
    await session.commit()
    return found


async def _complete(
    session: AsyncSession, found: AssessmentRound, instrument: Instrument, now: datetime
) -> None:
    assert found.id is not None
    scores = instrument.score(found.form, await answers_of(session, round_id=found.id))
    for theme, score in scores.items():
        session.add(AssessmentScore(round_id=found.id, theme=theme, score=score))
    found.completed_at = now
    if instrument.crossed(scores):
        participant = await session.get(Person, found.participant_id)
        assert participant is not None
        # The alert names the instrument (in its cause), never the answers.
        await raise_alert(
            session,
            participant=participant,
            kind=Kind.ASSESSMENT,
            cause=f"{instrument.id}:{found.id}",
            now=now,
        )


# -- results -----------------------------------------------------------------------------


async def results(
    session: AsyncSession, *, participant_id: int, instrument: str, limit: int = 6
) -> list[Result]:
    """The latest completed rounds of an instrument, oldest first, with their scores.

    Callers have checked that the actor may see this participant.
    """
    rounds = (
        await session.exec(
            select(AssessmentRound)
            .where(
                AssessmentRound.participant_id == participant_id,
                AssessmentRound.instrument == instrument,
                col(AssessmentRound.completed_at).is_not(None),
            )
            .order_by(col(AssessmentRound.completed_at).desc(), col(AssessmentRound.id).desc())
            .limit(limit)
        )
    ).all()
    ids = [r.id for r in rounds]
    scores: dict[int, dict[str, float | None]] = {i: {} for i in ids if i is not None}
    for row in (
        await session.exec(select(AssessmentScore).where(col(AssessmentScore.round_id).in_(ids)))
    ).all():
        scores[row.round_id][row.theme] = row.score
    return [Result(r, scores[r.id]) for r in reversed(rounds) if r.id is not None]


async def scores_of(session: AsyncSession, *, round_id: int) -> dict[str, float | None]:
    rows = await session.exec(select(AssessmentScore).where(AssessmentScore.round_id == round_id))
    return {row.theme: row.score for row in rows.all()}


async def ask_to_talk(session: AsyncSession, *, actor: Actor, round_id: int, now: datetime) -> bool:
    """After a round the participant asks their lots to talk about it: an alert, once per round."""
    found = await own_round(session, actor=actor, round_id=round_id)
    participant = await session.get(Person, actor.person_id)
    if found is None or found.completed_at is None or participant is None:
        return False
    alert = await raise_alert(
        session,
        participant=participant,
        kind=Kind.WANTS_CONTACT,
        cause=f"assessment-{round_id}",
        now=now,
    )
    await session.commit()
    return alert is not None


async def completed_instruments(session: AsyncSession, *, participant_id: int) -> list[str]:
    """The instruments this participant has completed at least once, in catalogue order."""
    done = set(
        (
            await session.exec(
                select(AssessmentRound.instrument)
                .where(
                    AssessmentRound.participant_id == participant_id,
                    col(AssessmentRound.completed_at).is_not(None),
                )
                .distinct()
            )
        ).all()
    )
    return [instrument.id for instrument in catalogue() if instrument.id in done]


# Every menu counts a participant's open rounds: built once, bound when they run.
_ROUNDS_OF = (
    select(AssessmentRound)
    .where(col(AssessmentRound.participant_id) == bindparam("participant_id"))
    .order_by(col(AssessmentRound.created_at))
)
_OPEN_ROUNDS_OF = _ROUNDS_OF.where(
    col(AssessmentRound.completed_at).is_(None), col(AssessmentRound.declined_at).is_(None)
)


async def rounds_of(
    session: AsyncSession, *, participant_id: int, open_only: bool = False
) -> list[AssessmentRound]:
    """A participant's rounds, oldest first. Callers have checked the actor may see them."""
    statement = _OPEN_ROUNDS_OF if open_only else _ROUNDS_OF
    rows = await session.exec(statement, params={"participant_id": participant_id})
    # A round of an instrument or form since removed from content/ is left out, not shown.
    return [
        r
        for r in rows.all()
        if (instrument := catalogue().get(r.instrument)) is not None and instrument.has_form(r.form)
    ]


# -- the rhythm ----------------------------------------------------------------------------


async def get_plan(
    session: AsyncSession, *, actor: Actor, participant_id: int
) -> AssessmentPlan | None:
    if await get_visible_participant(session, actor=actor, participant_id=participant_id) is None:
        return None
    return await session.get(AssessmentPlan, participant_id)


async def set_rhythm(
    session: AsyncSession, *, actor: Actor, participant_id: int, weeks: int | None, now: datetime
) -> AssessmentPlan | None:
    """Staff set how often the short form comes (None: never). None when they may not."""
    if not actor.is_staff or (weeks is not None and weeks not in EVERY_WEEKS_CHOICES):
        return None
    participant = await get_visible_participant(session, actor=actor, participant_id=participant_id)
    if participant is None:
        return None
    every_days = weeks * 7 if weeks else DEFAULT_EVERY_DAYS
    plan = await session.get(AssessmentPlan, participant_id)
    if plan is None:
        plan = AssessmentPlan(participant_id=participant_id, next_due_at=now)
        session.add(plan)
    plan.active = weeks is not None
    plan.every_days = every_days
    plan.next_due_at = _next_due(participant, every_days, now)
    await session.commit()
    return plan


async def queue_due(session: AsyncSession, *, now: datetime, limit: int = 500) -> int:
    """Open the follow-up rounds whose time has come. Returns how many plans it moved on.

    A paused participant skips that round. A participant who still has the previous round
    open keeps that one (it is reminded, not doubled).
    """
    rows = (
        await session.exec(
            select(AssessmentPlan, Person)
            .join(Person, col(Person.id) == AssessmentPlan.participant_id)
            .where(
                col(AssessmentPlan.active).is_(True),
                col(AssessmentPlan.next_due_at) <= now,
                col(Person.active).is_(True),
                col(Person.onboarded_at).is_not(None),
                # The programme has ended: no more prompts of its own.
                col(Person.ended_at).is_(None),
            )
            .order_by(col(AssessmentPlan.next_due_at))
            .limit(limit)
        )
    ).all()
    instrument, form = FOLLOW_UP
    for plan, person in rows:
        due = plan.next_due_at
        paused = person.paused_until is not None and person.paused_until > now
        if not paused and person.stopped_at is None:
            await _open_round(
                session,
                participant=person,
                instrument=instrument,
                form=form,
                cause=Cause.RHYTHM,
                occurrence=f"rhythm-{due.date().isoformat()}",
                now=now,
                any_form=True,
            )
        plan.next_due_at = _next_due(person, plan.every_days, max(now, due))
    await session.commit()
    return len(rows)


async def queue_reminders(session: AsyncSession, *, now: datetime) -> int:
    """One reminder, a few days after an invitation nobody finished. Never a second one."""
    rows = (
        await session.exec(
            select(AssessmentRound).where(
                col(AssessmentRound.completed_at).is_(None),
                col(AssessmentRound.declined_at).is_(None),
                col(AssessmentRound.reminded_at).is_(None),
                AssessmentRound.cause != Cause.SELF.value,
                col(AssessmentRound.created_at) <= now - REMIND_AFTER,
                col(AssessmentRound.created_at) > now - REMIND_AFTER * 3,
            )
        )
    ).all()
    for found in rows:
        found.reminded_at = now
    await outbox.enqueue_many(
        session,
        [
            outbox.Queued(
                recipient_id=found.participant_id,
                purpose=REMINDER_PURPOSE,
                occurrence=f"round-{found.id}",
                subject_id=found.id,
                due_at=now,
            )
            for found in rows
        ],
        now=now,
    )
    await session.commit()
    return len(rows)


def latest_total(results_: list[Result]) -> tuple[float | None, float | None]:
    """The latest and the previous total score, for a one-line trend."""
    totals = [r.scores.get(TOTAL) for r in results_]
    latest = totals[-1] if totals else None
    previous = totals[-2] if len(totals) > 1 else None
    return latest, previous
