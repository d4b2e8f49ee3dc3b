"""What a member's menu shows beside their name: each figure in one Core statement.

The menu is drawn on every /menu, /cancel and return from a screen. Read through the ORM, a
participant's open rounds were loaded as objects to be counted (0.29 ms of a 1.8 ms /menu,
most of it the ORM's compiling and loading, with no round at all); here only the two columns
the count needs are read, scoped to the actor's own rounds.
"""

from __future__ import annotations

from sqlalchemy import bindparam
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.instruments import catalogue
from storage.assessments import AssessmentRound
from storage.db import table_of
from storage.people import Actor

_ROUND = table_of(AssessmentRound)
# Built once: every participant's menu runs it.
_OPEN_ROUNDS = select(_ROUND.c.instrument, _ROUND.c.form).where(
    _ROUND.c.participant_id == bindparam("participant_id"),
    _ROUND.c.completed_at.is_(None),
    _ROUND.c.declined_at.is_(None),
)


async def open_round_count(session: AsyncSession, *, actor: Actor) -> int:
    """How many of the actor's own rounds are open: `assessments.open_rounds` counted, a
    round of an instrument or form since removed from content/ left out as it is there."""
    rows = await session.exec(_OPEN_ROUNDS, params={"participant_id": actor.person_id})
    instruments = catalogue()
    return sum(
        1
        for instrument_id, form in rows
        if (instrument := instruments.get(instrument_id)) is not None and instrument.has_form(form)
    )
