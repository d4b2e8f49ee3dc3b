"""programme: the day a participant's job started

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 05:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("report_facts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("job_started_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("report_facts", schema=None) as batch_op:
        batch_op.drop_column("job_started_on")
