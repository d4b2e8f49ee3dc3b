"""Single-use invites: the only way in. Codes are stored as hashes and claimed atomically."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Column, ForeignKey, Integer, String, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.people import Person, Role, create_person
from storage.types import UTCDateTime

# 24 random bytes = 192 bits, written in Telegram's deep-link alphabet [A-Za-z0-9_-] as 32 chars.
CODE_BYTES = 24
_CODE_SHAPE = re.compile(r"[A-Za-z0-9_-]{16,64}")


class Invite(SQLModel, table=True):
    __tablename__ = "invite"

    id: int | None = Field(default=None, primary_key=True)
    code_hash: str = Field(sa_column=Column(String(64), unique=True, nullable=False))
    role: str = Field(sa_column=Column(String(16), nullable=False))
    # For a participant invite: the staff member the participant joins.
    staff_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"))
    )
    created_by_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("person.id", ondelete="SET NULL"))
    )
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    expires_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    redeemed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    redeemed_by_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("person.id", ondelete="SET NULL"))
    )


@dataclass(frozen=True, slots=True)
class NewInvite:
    """An invite just made. The plain code exists only here, never in the database."""

    invite_id: int
    code: str
    role: Role
    expires_at: datetime


class InviteRejected(Exception):
    """The code is unknown, used or expired. Deliberately one error: a guesser learns nothing."""


class AlreadyJoined(Exception):
    """This Telegram user joined meanwhile (with another code, at the same moment, from
    another worker). This code stays unused."""


def hash_code(code: str) -> str:
    return hashlib.sha256(code.encode("ascii")).hexdigest()


async def create_invite(
    session: AsyncSession,
    *,
    role: Role,
    now: datetime,
    ttl: timedelta,
    staff_id: int | None = None,
    created_by_id: int | None = None,
) -> NewInvite:
    """Make a single-use invite. A participant invite names the staff member they will join."""
    if role is Role.PARTICIPANT and staff_id is None:
        raise ValueError("a participant invite needs a staff member")
    if staff_id is not None:
        staff = await session.get(Person, staff_id)
        if staff is None or staff.role not in (Role.STAFF, Role.ADMIN) or not staff.active:
            raise ValueError(f"person {staff_id} is not an active staff member")
    code = secrets.token_urlsafe(CODE_BYTES)
    invite = Invite(
        code_hash=hash_code(code),
        role=role.value,
        staff_id=staff_id if role is Role.PARTICIPANT else None,
        created_by_id=created_by_id,
        created_at=now,
        expires_at=now + ttl,
    )
    session.add(invite)
    await session.commit()
    assert invite.id is not None
    return NewInvite(invite.id, code, role, invite.expires_at)


async def redeem_invite(
    session: AsyncSession,
    *,
    code: str,
    telegram_id: int,
    locale: str,
    timezone: str,
    now: datetime,
) -> Person:
    """Claim the invite for this Telegram user and create their person, in one transaction.

    The claim is a conditional UPDATE, so of two users racing for one code exactly one wins,
    on SQLite and PostgreSQL alike. One user racing with two codes is stopped by the unique
    Telegram id: the second gets AlreadyJoined, and its code is left unused.
    """
    if not _CODE_SHAPE.fullmatch(code):
        raise InviteRejected
    code_hash = hash_code(code)
    claimed = await session.exec(
        update(Invite)
        .where(
            col(Invite.code_hash) == code_hash,
            col(Invite.redeemed_at).is_(None),
            col(Invite.expires_at) > now,
        )
        .values(redeemed_at=now)
    )
    if claimed.rowcount != 1:
        await session.rollback()
        raise InviteRejected
    invite = (await session.exec(select(Invite).where(Invite.code_hash == code_hash))).one()
    try:
        person = await create_person(
            session,
            telegram_id=telegram_id,
            role=Role(invite.role),
            locale=locale,
            timezone=timezone,
            staff_id=invite.staff_id,
            now=now,
            commit=False,
        )
        invite.redeemed_by_id = person.id
        await session.commit()
    except IntegrityError:
        await session.rollback()  # the claim goes too: the code is unused again
        joined = await session.exec(select(Person.id).where(Person.telegram_id == telegram_id))
        if joined.first() is None:
            raise
        raise AlreadyJoined from None
    return person
