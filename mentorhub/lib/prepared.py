"""Queries whose SQL is built once per process: for the few that every page runs, where building the SQL from a
queryset costs milliseconds and the database answers in microseconds (BENCHMARKS.md, "Fixed cost": the header's
two badges took about 2.5 ms to build and 0.05 ms to run).

Only for a queryset whose SQL depends on nothing but one person's id: no "now", no other argument.
"""

from collections.abc import Callable

from django.core.cache import caches
from django.db import connection
from django.db.models import QuerySet

# An id no row has: the parameters of the built SQL that equal it are where each person's own id goes.
STAND_IN = -74021139


def first_row(name: str, build: Callable[[int], QuerySet], person_id: int) -> tuple:
    """The first row of `build(person_id)`, a values_list queryset; `name` names it (one SQL per name)."""
    key = f"prepared:{connection.alias}:{name}"
    prepared = caches["default"].get(key)
    if prepared is None:
        prepared = build(STAND_IN).query.sql_with_params()
        caches["default"].set(key, prepared, None)
    sql, params = prepared
    with connection.cursor() as cursor:
        cursor.execute(sql, [person_id if param == STAND_IN else param for param in params])
        return cursor.fetchone()
