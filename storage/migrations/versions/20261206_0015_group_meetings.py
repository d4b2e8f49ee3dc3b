"""group meetings: the information meeting, its seats, waiting list and attendance

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 05:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "group_meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("starts_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ends_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("place", sa.String(length=16), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("taken", sa.Integer(), server_default="0", nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("cancelled_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("marked_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("sequence", sa.Integer(), server_default="0", nullable=False),
        sa.CheckConstraint("taken >= 0 AND taken <= seats", name="ck_group_meeting_seats"),
        sa.ForeignKeyConstraint(["staff_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("group_meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_meeting_staff_id"), ["staff_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_group_meeting_starts_at"), ["starts_at"], unique=False)
    op.create_table(
        "group_seat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("invited_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("answered_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("attended", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(["meeting_id"], ["group_meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["participant_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("meeting_id", "participant_id", name="uq_group_seat"),
    )
    with op.batch_alter_table("group_seat", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_group_seat_participant_id"), ["participant_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("group_seat", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_seat_participant_id"))
    op.drop_table("group_seat")
    with op.batch_alter_table("group_meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_meeting_starts_at"))
        batch_op.drop_index(batch_op.f("ix_group_meeting_staff_id"))
    op.drop_table("group_meeting")
