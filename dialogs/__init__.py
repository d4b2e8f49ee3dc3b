"""The screens: one package per feature, each with its dialogs, getters and handlers."""

from __future__ import annotations

from aiogram import Router

from dialogs.guards import RoleGate
from dialogs.routing import DialogRouter, not_a_dialog_button
from scheduler.outgoing import Outgoing
from storage.people import Role


def setup() -> Router:
    """All dialogs, grouped behind the role each may be used by (deny by default).

    An update goes straight to the dialog its context belongs to (`dialogs.routing`)."""
    from dialogs import (
        assessment,
        booking,
        checkin,
        goals,
        groups,
        info,
        lotsline,
        menu,
        onboarding,
        plan,
        practice,
        profile,
        programme,
        questions,
        reminders,
        report,
        staff,
        team,
    )

    common = DialogRouter(name="dialogs-common")
    common.include_routers(
        onboarding.dialog(),
        profile.language_dialog(),
        profile.name_dialog(),
        profile.settings_dialog(),
        info.dialog(),
        # Participants book for themselves, staff for their participants: storage checks which.
        booking.booking_dialog(),
    )
    RoleGate(area="common", roles=frozenset(Role)).attach(common)

    participant = DialogRouter(name="dialogs-participant")
    participant.include_routers(
        menu.participant_dialog(),
        checkin.dialog(),
        assessment.dialog(),
        booking.meetings_dialog(),
        groups.participant_dialog(),
        practice.dialog(),
        plan.participant_dialog(),
        profile.pause_dialog(),
        profile.quiet_dialog(),
        questions.dialog(),
        lotsline.participant_dialog(),
    )
    RoleGate(area="participant", roles=frozenset({Role.PARTICIPANT})).attach(participant)

    staff_side = DialogRouter(name="dialogs-staff")
    staff_side.include_routers(
        menu.staff_dialog(),
        booking.staff_dialog(),
        groups.staff_dialog(),
        reminders.dialog(),
        *staff.dialogs(),
        team.dialog(),
        plan.staff_dialog(),
    )
    staff_side.include_routers(programme.dialog(), report.dialog(), goals.dialog())
    staff_side.include_routers(lotsline.thread_dialog(), lotsline.phone_dialog())
    RoleGate(area="staff", roles=frozenset({Role.STAFF, Role.ADMIN})).attach(staff_side)

    root = DialogRouter(name="dialogs")
    root.include_routers(common, participant, staff_side)
    return root


def buttons() -> Router:
    """Handlers for buttons on messages the outbox sent; they carry no dialog id."""
    from dialogs import assessment, booking, checkin, groups, lotsline, plan, practice, programme

    root = Router(name="outbox-buttons")
    # A dialog's own buttons are for the dialogs: they need not be offered to each of these.
    root.callback_query.filter(not_a_dialog_button)
    root.include_routers(
        checkin.router(), assessment.router(), booking.router(), practice.router(), plan.router()
    )
    root.include_routers(programme.router(), groups.router(), lotsline.router())
    return root


def outgoing() -> Outgoing:
    """Every feature's outbox messages and timed work, for the sender and the ticks."""
    from dialogs.assessment import outgoing as assessment
    from dialogs.booking import outgoing as booking
    from dialogs.checkin import outgoing as checkin
    from dialogs.groups import outgoing as groups
    from dialogs.info import outgoing as info
    from dialogs.lotsline import outgoing as lotsline
    from dialogs.onboarding import outgoing as onboarding
    from dialogs.plan import outgoing as plan
    from dialogs.practice import outgoing as practice
    from dialogs.programme import outgoing as programme
    from dialogs.reminders import outgoing as reminders
    from dialogs.staff import outgoing as staff
    from dialogs.team import outgoing as team

    registry = Outgoing()
    for feature in (
        onboarding,
        team,
        checkin,
        staff,
        assessment,
        booking,
        practice,
        info,
        reminders,
        programme,
        plan,
        groups,
        lotsline,
    ):
        feature.register(registry)
    return registry
