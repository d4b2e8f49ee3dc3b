"""Every table, imported in one place so SQLModel.metadata (and Alembic) sees them all."""

from sqlmodel import SQLModel

from storage.alerts import Alert
from storage.assessments import AssessmentAnswer, AssessmentPlan, AssessmentRound, AssessmentScore
from storage.audit import AuditEntry
from storage.booking import (
    BookingAccess,
    BookingRules,
    BookingWindow,
    DayOff,
    Meeting,
    MeetingClaim,
    MeetingKind,
)
from storage.checkins import Checkin, CheckinPlan
from storage.fsm import FsmRecord
from storage.groups import GroupMeeting, GroupSeat
from storage.invites import Invite
from storage.lotsline import LotsMessage
from storage.outbox import OutboxMessage
from storage.people import Person
from storage.plan import ActionPlan, PlanChange, PlanStep
from storage.practice import (
    PracticeCard,
    PracticeProfile,
    PracticeReview,
    PracticeSession,
    PracticeVoice,
)
from storage.programme import ProgrammeExit, ReportFacts
from storage.reminders import Reminder, ReminderRecipient

metadata = SQLModel.metadata

__all__ = [
    "ActionPlan",
    "Alert",
    "AssessmentAnswer",
    "AssessmentPlan",
    "AssessmentRound",
    "AssessmentScore",
    "AuditEntry",
    "BookingAccess",
    "BookingRules",
    "BookingWindow",
    "Checkin",
    "CheckinPlan",
    "DayOff",
    "FsmRecord",
    "GroupMeeting",
    "GroupSeat",
    "Invite",
    "LotsMessage",
    "Meeting",
    "MeetingClaim",
    "MeetingKind",
    "OutboxMessage",
    "Person",
    "PlanChange",
    "PlanStep",
    "PracticeCard",
    "PracticeProfile",
    "PracticeReview",
    "PracticeSession",
    "PracticeVoice",
    "ProgrammeExit",
    "Reminder",
    "ReminderRecipient",
    "ReportFacts",
    "metadata",
]
