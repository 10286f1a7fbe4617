"""The pass check and photo fingerprints: submissions.pass_check, media.fingerprint, lookalikes.

Existing submissions get their fingerprints and pass check on `ipom reprocess --all`.

Revision ID: verify
Revises: 0001
Create Date: 2026-12-05 05:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

revision: str = "verify"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade the schema."""
    # Plain ALTER TABLE (no batch copy): SQLite adds and drops a column in place
    # (3.35+), and a copy of `submissions` would trip the foreign keys that point at it.
    op.add_column("submissions", sa.Column("pass_check", JSON, nullable=True))
    op.add_column("media", sa.Column("fingerprint", sa.String(length=400), nullable=True))
    op.create_table(
        "lookalikes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("distance", sa.Integer(), nullable=False),
        sa.Column("same_sender", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["other_id"],
            ["submissions.id"],
            name=op.f("fk_lookalikes_other_id_submissions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["submissions.id"],
            name=op.f("fk_lookalikes_submission_id_submissions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lookalikes")),
        sa.UniqueConstraint("submission_id", "other_id", name="uq_lookalikes_pair"),
    )
    op.create_index(
        op.f("ix_lookalikes_submission_id"), "lookalikes", ["submission_id"], unique=False
    )
    op.create_index(op.f("ix_lookalikes_other_id"), "lookalikes", ["other_id"], unique=False)


def downgrade() -> None:
    """Downgrade the schema."""
    op.drop_index(op.f("ix_lookalikes_other_id"), table_name="lookalikes")
    op.drop_index(op.f("ix_lookalikes_submission_id"), table_name="lookalikes")
    op.drop_table("lookalikes")
    op.drop_column("media", "fingerprint")
    op.drop_column("submissions", "pass_check")
