"""the line to the own lots: messages kept by their Telegram ids, a lots's work number

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 05:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "lots_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("from_lots", sa.Boolean(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("text", sa.String(length=1000), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["participant_id"], ["person.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["staff_id"], ["person.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("chat_id", "message_id", name="uq_lots_message_telegram"),
    )
    with op.batch_alter_table("lots_message", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_lots_message_participant_id"), ["participant_id"], unique=False
        )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("work_phone", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("work_phone")
    with op.batch_alter_table("lots_message", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lots_message_participant_id"))
    op.drop_table("lots_message")
