"""How people search grows from 10,000 to 100,000 people, in SQLite's FTS5 index alone (issue 22).

Usage: .venv/bin/python benchmarks/bench_people_search.py [--sizes 10000,100000]

For each size, seed_demo's generated people in an in-memory SQLite database with the same FTS5 table, tokenizer and
prefix indexes as migration profiles/0004, and the same two queries as `GET /api/profiles?q=`: the count of matches
and the first 20 by name. Prints the median CPU time of both over 7 runs per query, and the growth from the first
size to the last. Django, visibility and JSON are not in these figures: bench_pages.py measures the whole request.
"""

import argparse
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mentorhub.lib import demo_data
from mentorhub.profiles.search import document, words

QUERIES = ["a", "data", "data sql", "mei tanaka"]
COUNT = "SELECT count(*) FROM p WHERE id IN (SELECT rowid FROM s WHERE s MATCH ?)"
PAGE = "SELECT id, name FROM p WHERE id IN (SELECT rowid FROM s WHERE s MATCH ?) ORDER BY name, id LIMIT 20"


def build(size: int) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT, search_text TEXT)")
    db.execute("CREATE INDEX p_name ON p (name, id)")
    db.execute(
        "CREATE VIRTUAL TABLE s USING fts5(search_text, content='p', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"
    )
    people = demo_data.generated_people(size, 2027)
    rows = [
        (i + 1, p["name"], document(p["name"], p["headline"], p["bio"], p["skills_offered"]))
        for i, p in enumerate(people)
    ]
    db.executemany("INSERT INTO p VALUES (?, ?, ?)", rows)
    db.execute("INSERT INTO s(s) VALUES ('rebuild')")
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    args, _ = parser.parse_known_args()  # `./run bench` passes its arguments to every benchmark
    sizes = [int(s) for s in args.sizes.split(",")]
    figures = {}
    for size in sizes:
        db = build(size)
        for q in QUERIES:
            match = " AND ".join(f'"{word}"*' for word in words(q))
            times = []
            for _ in range(7):
                started = time.process_time()
                found = db.execute(COUNT, [match]).fetchone()[0]
                db.execute(PAGE, [match]).fetchall()
                times.append((time.process_time() - started) * 1000)
            figures[size, q] = statistics.median(times)
            print(f"{size:>7} people  q={q!r:13} {found:>6} matches  count + first 20: {figures[size, q]:6.1f} ms CPU")
    first, last = sizes[0], sizes[-1]
    for q in QUERIES:
        print(f"q={q!r:13} {last:,} / {first:,} people: {figures[last, q] / max(figures[first, q], 0.01):5.1f} times")


if __name__ == "__main__":
    main()
