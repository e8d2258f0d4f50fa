"""Periodic work each app registers in its `AppConfig.ready()`; `manage.py sweep` runs them all.

A sweeper finds due rows by the due time kept on them and hands the work on (to the db_worker, or does it itself),
and returns a count or a dict of counts for the log. One that raises is logged with its name and the others still
run: a broken webhook endpoint must never stop nudges or emails.
"""

import logging

logger = logging.getLogger("mentorhub.sweep")

registered: dict[str, object] = {}


def register(name: str, sweeper) -> None:
    registered[name] = sweeper


def run_all() -> dict[str, object]:
    """Each sweeper's result by name; a sweeper that raised has None."""
    results = {}
    for name, sweeper in registered.items():
        try:
            results[name] = sweeper()
        except Exception:
            logger.exception("sweeper %s failed; the others still run", name)
            results[name] = None
    return results
