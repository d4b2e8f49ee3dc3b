"""The line between a participant and their own lots: voice notes, photos, video notes,
audio files and text, each way.

Only Telegram's ids are kept (the chat and the message in it, its kind) and the time: the
media stay in Telegram, and are played back by copying the message by its id. A lots's
written answer is the one text kept, so it can be sent with their name above it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import BigInteger, Boolean, Column, ForeignKey, Integer, String, UniqueConstraint
from sqlmodel import Field, SQLModel, col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import outbox
from storage.alerts import Kind, get_alert, raise_alert
from storage.booking import BookingWindow
from storage.checkins import Help, own_checkin
from storage.db import upsert_insert
from storage.people import Actor, Person, Role, get_visible_participant, visible_people
from storage.types import UTCDateTime

ANSWER_PURPOSE = "lots-answer"
# An alert's cause names the message it is about.
CAUSE_PREFIX = "lots-message-"
# A written answer from the lots: a message, not a letter.
TEXT_MAX = 1000
# The longest voice note, video note or audio file a participant sends their lots.
LONGEST = timedelta(minutes=5)
# What the card's list shows at most: the latest ones.
RECENT = 8


class MessageKind(StrEnum):
    TEXT = "text"
    VOICE = "voice"
    VIDEO_NOTE = "video_note"
    AUDIO = "audio"
    PHOTO = "photo"


class LotsMessage(SQLModel, table=True):
    __tablename__ = "lots_message"
    # One Telegram message is kept once, however often "send it to my lots" is pressed.
    __table_args__ = (UniqueConstraint("chat_id", "message_id", name="uq_lots_message_telegram"),)

    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    # Their lots when it was sent (to them, or by them).
    staff_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("person.id", ondelete="SET NULL"))
    )
    # True: the lots's answer to the participant; False: the participant's to their lots.
    from_lots: bool = Field(sa_column=Column(Boolean, nullable=False))
    kind: str = Field(sa_column=Column(String(16), nullable=False))
    # Where the message lives in Telegram: the sender's chat with the bot, and its id there.
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    message_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    # Only a lots's written answer.
    text: str | None = Field(default=None, sa_column=Column(String(TEXT_MAX)))
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))


@dataclass(frozen=True, slots=True)
class Sent:
    """What a participant's message became: kept (and their lots told), or why not."""

    message: LotsMessage | None
    # "sent", "again" (this message was sent before) or "no-lots".
    outcome: str


async def from_participant(
    session: AsyncSession,
    *,
    actor: Actor,
    kind: MessageKind,
    message_id: int,
    now: datetime,
    checkin_id: int | None = None,
) -> Sent:
    """A participant's message to their own lots: kept by its ids, and an alert raised so
    the lots hears of it (inbox and card). With `checkin_id`, it answers that check-in's
    "do you need help" too. One unit of work."""
    person = await session.get(Person, actor.person_id)
    if actor.role is not Role.PARTICIPANT or person is None or person.staff_id is None:
        return Sent(None, "no-lots")
    insert = upsert_insert(session)
    statement = (
        insert(LotsMessage)
        .values(
            participant_id=actor.person_id,
            staff_id=person.staff_id,
            from_lots=False,
            kind=kind.value,
            # A private chat's id is the person's Telegram id.
            chat_id=actor.telegram_id,
            message_id=message_id,
            created_at=now,
        )
        .on_conflict_do_nothing(index_elements=["chat_id", "message_id"])
        .returning(LotsMessage.id)
    )
    found = (await session.exec(statement)).scalar()
    if found is None:
        await session.commit()
        return Sent(None, "again")
    if checkin_id is not None:
        checkin = await own_checkin(session, actor=actor, checkin_id=checkin_id)
        if checkin is not None and checkin.help is None:
            checkin.help = Help.MESSAGE.value
            checkin.answered_at = checkin.answered_at or now
    await raise_alert(
        session, participant=person, kind=Kind.MESSAGE, cause=f"{CAUSE_PREFIX}{found}", now=now
    )
    await session.commit()
    return Sent(await session.get(LotsMessage, found), "sent")


@dataclass(frozen=True, slots=True)
class Answer:
    """A lots's answer: kept and queued (held past a pause), or refused."""

    message: LotsMessage | None
    # "queued", "held" (sent when their pause ends), "stopped" or "refused".
    outcome: str


async def to_participant(
    session: AsyncSession,
    *,
    actor: Actor,
    participant_id: int,
    kind: MessageKind,
    message_id: int,
    now: datetime,
    text: str | None = None,
) -> Answer:
    """A lots's answer to one of their own participants, by text or voice, sent through the
    outbox (quiet hours held; a pause holds it until the pause ends; "stop" refuses it)."""
    participant = await get_visible_participant(session, actor=actor, participant_id=participant_id)
    # Only their own lots answers: the participant reads it as from "your lots".
    if participant is None or participant.id is None or participant.staff_id != actor.person_id:
        return Answer(None, "refused")
    if text is not None and not 0 < len(text) <= TEXT_MAX:
        raise ValueError("answer empty or too long")
    if participant.stopped_at is not None:
        return Answer(None, "stopped")
    message = LotsMessage(
        participant_id=participant.id,
        staff_id=actor.person_id,
        from_lots=True,
        kind=kind.value,
        chat_id=actor.telegram_id,
        message_id=message_id,
        text=text,
        created_at=now,
    )
    session.add(message)
    await session.flush()
    assert message.id is not None
    paused = participant.paused_until is not None and participant.paused_until > now
    await outbox.enqueue(
        session,
        recipient_id=participant.id,
        purpose=ANSWER_PURPOSE,
        occurrence=f"lots-answer-{message.id}",
        subject_id=message.id,
        due_at=participant.paused_until if paused and participant.paused_until else now,
        now=now,
    )
    await session.commit()
    return Answer(message, "held" if paused else "queued")


def _visible(actor: Actor):  # type: ignore[no-untyped-def]
    """The messages of participants this actor may see (staff: their caseload; admins all;
    a participant: their own)."""
    return col(LotsMessage.participant_id).in_(
        select(Person.id).where(visible_people(actor), Person.role == Role.PARTICIPANT.value)
    )


async def get_message(
    session: AsyncSession, *, actor: Actor, message_id: int
) -> LotsMessage | None:
    """One message on the line (by our id), when the actor may see it."""
    rows = await session.exec(
        select(LotsMessage).where(col(LotsMessage.id) == message_id, _visible(actor))
    )
    return rows.first()


async def for_alert(session: AsyncSession, *, actor: Actor, alert_id: int) -> LotsMessage | None:
    """The participant's message an alert of the actor's is about; None for another alert."""
    found = await get_alert(session, actor=actor, alert_id=alert_id)
    if found is None or not found[0].cause.startswith(CAUSE_PREFIX):
        return None
    message_id = found[0].cause.removeprefix(CAUSE_PREFIX)
    if not message_id.isdigit():
        return None
    return await get_message(session, actor=actor, message_id=int(message_id))


async def recent(
    session: AsyncSession, *, actor: Actor, participant_id: int, limit: int = RECENT
) -> list[LotsMessage]:
    """The latest messages both ways between a participant and their lots, newest first."""
    rows = await session.exec(
        select(LotsMessage)
        .where(col(LotsMessage.participant_id) == participant_id, _visible(actor))
        .order_by(col(LotsMessage.created_at).desc(), col(LotsMessage.id).desc())
        .limit(limit)
    )
    return list(rows.all())


async def count(session: AsyncSession, *, actor: Actor, participant_id: int) -> int:
    result = await session.exec(
        select(func.count())
        .select_from(LotsMessage)
        .where(col(LotsMessage.participant_id) == participant_id, _visible(actor))
    )
    return int(result.one())


async def lots_of(session: AsyncSession, *, actor: Actor) -> Person | None:
    """A participant's own lots (their name, their shared work number); None without one."""
    person = await session.get(Person, actor.person_id)
    if actor.role is not Role.PARTICIPANT or person is None or person.staff_id is None:
        return None
    lots = await session.get(Person, person.staff_id)
    return lots if lots is not None and lots.active else None


async def hours_of_lots(session: AsyncSession, *, actor: Actor) -> list[BookingWindow]:
    """When a participant's own lots works: their weekly booking hours, Monday first."""
    lots = await lots_of(session, actor=actor)
    if lots is None:
        return []
    rows = await session.exec(
        select(BookingWindow)
        .where(BookingWindow.staff_id == lots.id)
        .order_by(col(BookingWindow.weekday), col(BookingWindow.start))
    )
    return list(rows.all())
