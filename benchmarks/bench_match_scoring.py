"""Time MatchScore over 10,000 synthetic mentors: index build, per-mentee scoring, and the index's memory.

Run from anywhere: python benchmarks/bench_match_scoring.py [--mentors N]
"""

import argparse
import random
import statistics
import sys
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mentorhub.lib.demo_data import (  # noqa: E402
    CAREER_SKILLS,
    FIELD_NOUN,
    FORMATS,
    INDUSTRIES,
    INTERESTS,
    LEVELS_MENTOR,
    PLACES,
    ROLES_SENIOR,
    VALUES,
)
from mentorhub.matching.scoring import MentorIndex, score_pair  # noqa: E402

BUDGET_MS = 20.0
QUERIES = 200
LIMIT = 20
NOW = datetime(2027, 3, 1, 12, tzinfo=UTC)

# Sentences of the length and vocabulary real bios have, so the TF-IDF vocabulary and rows are realistic.
BIO_SENTENCES = [
    "I have spent {years} years in {industry}, most recently leading a team of {team} people.",
    "Before that I worked as a consultant and learned how much {skill} matters in practice.",
    "I enjoy helping people with {skill} and {skill2}, especially when they are changing careers.",
    "My mentees usually want to grow in {skill}; I share the frameworks and mistakes that taught me most.",
    "I care about {value} and {value2}, and I try to bring both to every conversation.",
    "Outside work I spend my time on {interest}.",
    "I moved from an individual contributor role into management and still write about {skill}.",
    "Happy to review your portfolio, your plan for {skill2}, or a difficult conversation you are preparing.",
]
GOAL_SENTENCES = [
    "I want to get better at {skill} within the next six months.",
    "Move into a role where I use {skill} every day by the end of 2027.",
    "Build confidence in {skill2} and present my work to senior leadership twice a quarter.",
    "I am looking for someone who has done {skill} in {industry} and can review my plan.",
]


def fill(template: str, rng: random.Random, industry: str, pool: list[str]) -> str:
    skill, skill2 = rng.sample(pool, 2)
    value, value2 = rng.sample(VALUES, 2)
    return template.format(
        years=rng.randint(5, 30),
        industry=industry.lower(),
        team=rng.randint(3, 40),
        skill=skill,
        skill2=skill2,
        value=value,
        value2=value2,
        interest=rng.choice(INTERESTS),
    )


def person(rng: random.Random, i: int, mentor: bool) -> dict:
    industry = rng.choice(list(INDUSTRIES))
    pool = INDUSTRIES[industry] + CAREER_SKILLS
    _, tz, languages = rng.choice(PLACES)
    role = rng.choice(ROLES_SENIOR).format(FIELD_NOUN[industry])
    sentences = BIO_SENTENCES if mentor else GOAL_SENTENCES
    text = " ".join(fill(s, rng, industry, pool) for s in rng.sample(sentences, rng.randint(3, len(sentences))))
    return {
        "id": i,
        "skills_offered": [{"name": s, "level": rng.choice(LEVELS_MENTOR)} for s in rng.sample(pool, rng.randint(2, 6))]
        if mentor
        else [],
        "skills_sought": [] if mentor else rng.sample(pool, rng.randint(1, 3)),
        "goal_text": "" if mentor else text,
        "expertise_text": f"{role}. {industry}. {text}" if mentor else "",
        "values": rng.sample(VALUES, 3),
        "interests": rng.sample(INTERESTS, 2),
        "timezone": tz,
        "languages": languages if rng.random() < 0.8 else languages[:1],
        "meeting_formats": rng.sample(FORMATS, rng.randint(1, 3)),
        "capacity_left": rng.choice([0, 1, 1, 2, 2, 3]) if mentor else None,
    }


def percentile(sorted_values: list[float], share: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, round(share * (len(sorted_values) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentors", type=int, default=10_000)
    args = parser.parse_args()

    rng = random.Random(1)
    mentors = [person(rng, i, mentor=True) for i in range(args.mentors)]
    mentees = [person(rng, args.mentors + i, mentor=False) for i in range(QUERIES)]

    start = time.perf_counter()
    index = MentorIndex(mentors, now=NOW)
    build_s = time.perf_counter() - start

    tracemalloc.start()
    traced = MentorIndex(mentors, now=NOW)
    retained, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del traced

    for mentee in mentees[:5]:
        index.score(mentee, limit=LIMIT)
    timings = []
    for mentee in mentees:
        start = time.perf_counter()
        index.score(mentee, limit=LIMIT)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p50, p95 = percentile(timings, 0.50), percentile(timings, 0.95)

    start = time.perf_counter()
    matrix = index.score_matrix(mentees)
    matrix_ms = (time.perf_counter() - start) * 1000

    start = time.perf_counter()
    everyone = index.score(mentees[0], include_ineligible=True)
    unlimited_ms = (time.perf_counter() - start) * 1000

    start = time.perf_counter()
    for mentor in mentors[:200]:
        score_pair(mentees[0], mentor, index=index)
    pair_ms = (time.perf_counter() - start) * 1000 / 200

    words = sum(len(m["expertise_text"].split()) for m in mentors) / len(mentors)
    mean = statistics.fmean(timings)
    print(f"{len(mentors)} mentors (about {words:.0f} words of expertise text each), {QUERIES} mentees")
    print(f"index build      {build_s * 1000:.0f} ms")
    print(f"index memory     {retained / 2**20:.1f} MiB retained, {peak / 2**20:.1f} MiB peak while building")
    print(f"score(limit={LIMIT})  p50 {p50:.2f} ms, p95 {p95:.2f} ms, max {timings[-1]:.2f} ms, mean {mean:.2f} ms")
    print(f"p95 is {p95 / BUDGET_MS:.1%} of the {BUDGET_MS:g} ms budget (p50 {p50 / BUDGET_MS:.1%})")
    rows, cols = matrix.shape
    print(f"score_matrix     {rows} x {cols} in {matrix_ms:.0f} ms ({matrix_ms / rows:.2f} ms per mentee)")
    print(f"score, no limit  {len(everyone)} matches with reasons in {unlimited_ms:.0f} ms")
    print(f"score_pair       {pair_ms:.2f} ms per pair with index=")


if __name__ == "__main__":
    main()
