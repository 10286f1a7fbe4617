"""The references' numbers: one counter per year, bumped in the writer's transaction."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import Executable

from ipom_mail.store.models import ReferenceCounter


def allocate_reference(session: Session, year: int) -> tuple[int, str]:
    """The next sequence number of `year` and its reference, e.g. (12, "IPOM-2024-0012").

    The counter row is bumped with UPDATE … RETURNING, so concurrent writers queue
    on the row lock; only the year's first reference finds no row, creates it
    (ON CONFLICT DO NOTHING: a concurrent writer may have) and bumps it then.
    """
    bump = (
        update(ReferenceCounter)
        .where(ReferenceCounter.year == year)
        .values(last=ReferenceCounter.last + 1)
        .returning(ReferenceCounter.last)
        .execution_options(synchronize_session=False)
    )
    found = session.execute(bump).scalar_one_or_none()
    if found is None:
        session.execute(_new_counter(session.get_bind().dialect.name, year))
        found = session.execute(bump).scalar_one()
    seq = int(found)
    return seq, f"IPOM-{year}-{seq:04d}"


def _new_counter(dialect: str, year: int) -> Executable:
    """INSERT of the year's counter row unless it exists, in the database's own words (each
    dialect imported when used: the PostgreSQL one costs a SQLite start a tenth of a second)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        new = pg_insert(ReferenceCounter).values(year=year, last=0)
        return new.on_conflict_do_nothing(index_elements=["year"])
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    row = sqlite_insert(ReferenceCounter).values(year=year, last=0)
    return row.on_conflict_do_nothing(index_elements=["year"])
