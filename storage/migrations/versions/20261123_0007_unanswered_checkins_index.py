"""unanswered check-ins indexed by when they were asked: the tick reads only those

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 21:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("checkin", schema=None) as batch_op:
        batch_op.create_index(
            "ix_checkin_unanswered", ["answered_at", "reminded_at", "asked_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("checkin", schema=None) as batch_op:
        batch_op.drop_index("ix_checkin_unanswered")
