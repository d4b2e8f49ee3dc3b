"""person_change: a count of changes to `person`, kept by triggers on SQLite

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 10:30:00

A worker on SQLite keeps the people it has read (storage.people.PeopleCache) and reads this
count before each update: when anything about anyone changed, in any process, the count
has moved and what it kept is read again. Every column counts but `last_seen_at`, which the
worker itself writes once an hour per person. On PostgreSQL the table is there (one schema)
but nothing keeps it: workers there read the person on every update.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every column of `person` at this revision but last_seen_at. A migration that adds a column
# to `person` must add it here too (a new trigger); PeopleCache refuses to cache otherwise.
_WATCHED = (
    "id, telegram_id, role, locale, timezone, display_name, staff_id, created_at, "
    "onboarded_at, active, quiet_start, quiet_end, paused_until, unreachable_at, stopped_at, "
    "ended_at, erase_after, work_phone"
)
_BUMP = "BEGIN UPDATE person_change SET n = n + 1 WHERE id = 1; END"


def upgrade() -> None:
    op.create_table(
        "person_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO person_change (id, n) VALUES (1, 0)")
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"CREATE TRIGGER person_change_insert AFTER INSERT ON person {_BUMP}")
    op.execute(f"CREATE TRIGGER person_change_update AFTER UPDATE OF {_WATCHED} ON person {_BUMP}")
    op.execute(f"CREATE TRIGGER person_change_delete AFTER DELETE ON person {_BUMP}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("person_change_insert", "person_change_update", "person_change_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("person_change")
