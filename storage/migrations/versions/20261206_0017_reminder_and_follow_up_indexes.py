"""indexes for the tick's reminder and six-month queries: they read only the rows due

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 05:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("assessment_round", schema=None) as batch_op:
        batch_op.create_index(
            "ix_assessment_round_unreminded",
            ["completed_at", "declined_at", "reminded_at", "created_at"],
            unique=False,
        )
    with op.batch_alter_table("programme_exit", schema=None) as batch_op:
        batch_op.create_index(
            "ix_programme_exit_unasked", ["follow_up_asked_at", "follow_up_due_at"], unique=False
        )
        batch_op.create_index(
            "ix_programme_exit_unreminded",
            ["follow_up_answered_at", "follow_up_reminded_at", "follow_up_asked_at"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("programme_exit", schema=None) as batch_op:
        batch_op.drop_index("ix_programme_exit_unreminded")
        batch_op.drop_index("ix_programme_exit_unasked")
    with op.batch_alter_table("assessment_round", schema=None) as batch_op:
        batch_op.drop_index("ix_assessment_round_unreminded")
