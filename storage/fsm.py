"""The table that keeps aiogram's FSM state (and so aiogram-dialog's stacks), and erasing a
person's state. The storage aiogram talks to is storage.fsm_storage; this module needs no
aiogram, so the command line and migrations do not import it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Column, String, Text, delete
from sqlmodel import Field, SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.types import UTCDateTime


class FsmRecord(SQLModel, table=True):
    __tablename__ = "fsm_state"

    key: str = Field(sa_column=Column(String(255), primary_key=True))
    # The Telegram user the key belongs to, so their state can be erased with them.
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    state: str | None = Field(default=None, sa_column=Column(String(255)))
    data: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))


async def erase_user_state(session: AsyncSession, *, telegram_id: int) -> int:
    """Delete every FSM record of one Telegram user (on decline or deletion)."""
    result = await session.exec(
        delete(FsmRecord).where(FsmRecord.user_id == telegram_id)  # type: ignore[arg-type]
    )
    await session.commit()
    return int(result.rowcount or 0)
