"""`python -m bot booking`: let a participant book with more staff than their own lots."""

from __future__ import annotations

import sys

from bot.cli.common import Commands, database
from rules.config import Settings


def add(commands: Commands) -> None:
    """The `booking` command and its options."""
    access = commands.add_parser(
        "booking",
        help="let a participant book with more staff than their own lots",
        description="By default a participant books meetings with their own lots only. "
        "Allow (or stop) booking with another staff member as well.",
    )
    access.add_argument("action", choices=["allow", "stop"], help="allow it, or stop it again")
    access.add_argument(
        "--participant", type=int, required=True, metavar="ID", help="the participant's Telegram id"
    )
    access.add_argument(
        "--staff", type=int, required=True, metavar="ID", help="the staff member's Telegram id"
    )


async def run(
    settings: Settings, action: str, participant_telegram_id: int, staff_telegram_id: int
) -> int:
    from storage import booking, people

    async with database(settings) as session:
        participant = await people.get_by_telegram_id(session, telegram_id=participant_telegram_id)
        staff = await people.get_by_telegram_id(session, telegram_id=staff_telegram_id)
        if participant is None or participant.role != people.Role.PARTICIPANT.value:
            print(f"No participant has Telegram id {participant_telegram_id}.", file=sys.stderr)
            return 1
        if staff is None or staff.role == people.Role.PARTICIPANT.value or not staff.active:
            print(f"No active staff member has Telegram id {staff_telegram_id}.", file=sys.stderr)
            return 1
        assert participant.id is not None and staff.id is not None
        await booking.set_access(
            session, participant_id=participant.id, staff_id=staff.id, allowed=action == "allow"
        )
    verb = "may now book" if action == "allow" else "no longer books"
    print(f"Participant {participant_telegram_id} {verb} with staff member {staff_telegram_id}.")
    return 0
