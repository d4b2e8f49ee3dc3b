"""`python -m bot staff`: list, rename, deactivate, reactivate and move staff."""

from __future__ import annotations

import argparse
import sys

from bot.cli.common import Commands, database
from rules.clock import SystemClock
from rules.config import Settings


def add(commands: Commands) -> None:
    """The `staff` command and its options."""
    staff = commands.add_parser(
        "staff",
        help="list staff, deactivate or reactivate a staff member, move participants",
        description="Manage the staff: who works here with how many participants, move "
        "participants to another staff member, and take a staff member's access away. "
        "IDs are Telegram user ids, as in the other commands. Every change is audited.",
    )
    actions = staff.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser(
        "list",
        help="active staff with their number of participants",
        description="List active staff: Telegram id, name and number of participants.",
    )
    deactivate = actions.add_parser(
        "deactivate",
        help="take a staff member's access away",
        description="Take a staff member's access away at once. Refused while they still have "
        "participants (move them first, or give --move-to). Their future meetings are "
        "cancelled and each participant is told. Admins named in ADMIN_IDS are removed from "
        "that setting instead.",
    )
    deactivate.add_argument(
        "--staff", type=int, required=True, metavar="ID", help="the staff member's Telegram user id"
    )
    deactivate.add_argument(
        "--move-to",
        type=int,
        metavar="ID",
        help="move their participants to this staff member (Telegram user id)",
    )
    reactivate = actions.add_parser(
        "reactivate",
        help="give a deactivated staff member their access back",
        description="Give a deactivated staff member their access back. They start with no "
        "participants; move some to them with `staff move`.",
    )
    reactivate.add_argument(
        "--staff", type=int, required=True, metavar="ID", help="the staff member's Telegram user id"
    )
    rename = actions.add_parser(
        "rename",
        help="set the name participants see for a staff member",
        description="Set the name a staff member goes by: participants read it when they book "
        "a meeting, in calendar files, and under reminders. The change is audited.",
    )
    rename.add_argument(
        "--staff", type=int, required=True, metavar="ID", help="the staff member's Telegram user id"
    )
    rename.add_argument(
        "--name", required=True, help="the name, as participants should read it (quote it)"
    )
    move = actions.add_parser(
        "move",
        help="move participants to another staff member",
        description="Move all participants of one staff member (or only those named with "
        "--participant) to another active staff member. Open alerts move along; booked "
        "meetings stay with the staff member they were booked with. The new staff member is "
        "told in the bot.",
    )
    move.add_argument(
        "--from",
        dest="from_id",
        type=int,
        required=True,
        metavar="ID",
        help="the Telegram user id of the staff member the participants leave",
    )
    move.add_argument(
        "--to",
        dest="to_id",
        type=int,
        required=True,
        metavar="ID",
        help="the Telegram user id of the staff member who takes them over",
    )
    move.add_argument(
        "--participant",
        type=int,
        action="append",
        metavar="ID",
        help="only this participant, by Telegram user id (may be given more than once)",
    )


async def run(settings: Settings, args: argparse.Namespace) -> int:
    from storage import people, staffing

    now = SystemClock().now()
    async with database(settings) as session:

        async def person_id(telegram_id: int | None, what: str) -> int | None:
            if telegram_id is None:
                return None
            found = await people.get_by_telegram_id(session, telegram_id=telegram_id)
            if found is None or found.id is None:
                raise LookupError(f"No {what} has Telegram id {telegram_id}.")
            return found.id

        try:
            if args.action == "list":
                members = await staffing.members(session, actor=None)
                if not members:
                    print(
                        "No active staff yet. Invite someone with "
                        "`python -m bot invite staff`, or put your own Telegram user id "
                        "in ADMIN_IDS and send /start to the bot."
                    )
                for member in members:
                    person = member.person
                    name = person.display_name or "-"
                    admin = " admin" if person.telegram_id in settings.admin_ids else ""
                    print(f"{person.telegram_id}\t{name}\t{member.participants}{admin}")
                return 0
            if args.action == "rename":
                staff_id = await person_id(args.staff, "staff member")
                assert staff_id is not None
                outcome = await staffing.rename(
                    session, actor=None, staff_id=staff_id, name=args.name, now=now
                )
                done = f"Staff member {args.staff} is now called {outcome.name}."
            elif args.action == "deactivate":
                staff_id = await person_id(args.staff, "staff member")
                assert staff_id is not None
                outcome = await staffing.deactivate(
                    session,
                    actor=None,
                    staff_id=staff_id,
                    admin_ids=settings.admin_ids,
                    now=now,
                    move_to=await person_id(args.move_to, "staff member"),
                )
                done = f"Staff member {args.staff} no longer has access."
            elif args.action == "reactivate":
                staff_id = await person_id(args.staff, "staff member")
                assert staff_id is not None
                outcome = await staffing.reactivate(session, actor=None, staff_id=staff_id, now=now)
                done = f"Staff member {args.staff} has access again."
            else:
                from_id = await person_id(args.from_id, "staff member")
                to_id = await person_id(args.to_id, "staff member")
                only = None
                if args.participant:
                    only = [await person_id(p, "participant") for p in args.participant]
                assert from_id is not None and to_id is not None
                outcome = await staffing.move(
                    session,
                    actor=None,
                    from_id=from_id,
                    to_id=to_id,
                    now=now,
                    participant_ids=[i for i in only if i is not None] if only else None,
                )
                done = f"Moved {outcome.moved} participants to staff member {args.to_id}."
        except LookupError as missing:
            print(missing, file=sys.stderr)
            return 1
    if outcome.refusal is not None:
        refusal = _STAFF_REFUSALS[outcome.refusal]
        if args.action == "rename" and outcome.refusal == "no-staff":
            refusal = f"No staff member has Telegram id {args.staff}."
        print(refusal, file=sys.stderr)
        return 1
    print(done)
    return 0


_STAFF_REFUSALS = {
    "not-allowed": "Not allowed.",
    "no-staff": "Both must be active staff members.",
    "same": "From and to are the same staff member.",
    "not-theirs": "A participant given is not this staff member's.",
    "has-participants": "They still have participants: move them first, or give --move-to.",
    "configured-admin": "An admin by ADMIN_IDS: remove them from that setting instead.",
    "self": "Not allowed on oneself.",
    "not-deactivated": "No deactivated staff member has that id.",
    "bad-name": "A name needs letters and at most 64 characters.",
}
