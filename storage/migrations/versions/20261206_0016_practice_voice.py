"""practice: Telegram's file id of each spoken word and sentence, per voice

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 05:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "practice_voice",
        sa.Column("clip", sa.String(length=130), nullable=False),
        sa.Column("voice", sa.String(length=60), nullable=False),
        sa.Column("file_id", sa.String(length=255), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("clip", "voice"),
    )


def downgrade() -> None:
    op.drop_table("practice_voice")
