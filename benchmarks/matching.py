"""Program matching at scale: a realistic random cohort, solved exactly, with a proven bound and greedy beside it.

    python benchmarks/matching.py --mentees 5000 --mentors 1000 --json
    python benchmarks/matching.py --mentees 20000 --mentors 4000 --json

The instance looks like a real cohort: demand for skills follows a steep power law (a few skills everyone wants),
supply a flat one; some mentors are far more attractive than others; people live in a dozen timezones and speak
English or not plus a local language; capacities run from 1 to 5, mostly 1-2. Hard rules, as a program applies
them: a shared language, at most MAX_HOURS_APART hours apart, never the same department. Scores are 0-100 like
the MatchScore (skills cover most of it, then time overlap, the mentor's appeal and shared interests).

`upper_bound` is the dual bound of the LP relaxation evaluated over all n x m pairs at the solver's mentor prices
(solver.py's docstring): it holds for any matching whatever the candidates were, so `total_score <= upper_bound`
proves the gap. `seconds` is the solve alone (candidates, LP rounds, bound), wall clock; `cpu_seconds` the same in
CPU time, which a busy shared machine inflates less. Building the instance and the greedy baseline are timed apart.
`peak_mb` is the process's peak resident memory, interpreter and libraries included.
"""

import argparse
import json
import resource
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentorhub.programs import solver  # a pure module: no Django settings needed

SKILLS = 80
LANGUAGES = 8  # 0 is English
DEPARTMENTS = 25
INTERESTS = 8
MAX_HOURS_APART = 6.0
# (UTC offset, share of people): the Americas, Europe and Africa, Asia, Oceania.
ZONES = [(-8, 0.10), (-6, 0.06), (-5, 0.12), (-3, 0.06), (0, 0.14), (1, 0.18), (2, 0.08), (3, 0.04), (5.5, 0.09),
         (8, 0.06), (9, 0.04), (10, 0.03)]  # fmt: skip
CAPACITIES = ([1, 2, 3, 4, 5], [0.35, 0.30, 0.18, 0.10, 0.07])


def _people_skills(rng, count, popularity, low, high, levels=None):
    """A (count, SKILLS) matrix of each person's skills: `low`..`high` of them, drawn by `popularity`."""
    matrix = np.zeros((count, SKILLS), dtype=np.float32)
    sizes = rng.integers(low, high + 1, count)
    for row, size in enumerate(sizes):
        chosen = rng.choice(SKILLS, size, replace=False, p=popularity)
        matrix[row, chosen] = 1.0 if levels is None else rng.choice(levels, size)
    return matrix


def _attributes(rng, count, english_share):
    offsets = np.array([z for z, _ in ZONES], dtype=np.float32)
    shares = np.array([s for _, s in ZONES])
    zone = rng.choice(len(ZONES), count, p=shares / shares.sum())
    local = rng.integers(1, LANGUAGES, count)
    # A local language mostly follows the region, so a Portuguese speaker without English is hard to place.
    local = np.where(rng.random(count) < 0.7, 1 + zone % (LANGUAGES - 1), local)
    languages = (1 << local) | np.where(rng.random(count) < english_share, 1, 0)
    interests = rng.normal(size=(count, INTERESTS)).astype(np.float32)
    interests /= np.linalg.norm(interests, axis=1, keepdims=True)
    return offsets[zone], languages.astype(np.int64), rng.integers(0, DEPARTMENTS, count), interests


def build(mentees: int, mentors: int, seed: int = 1):
    """(scores, capacities): scores (mentees, mentors) float32 in 0-100, -1 where a hard rule forbids the pair."""
    rng = np.random.default_rng(seed)
    demand = 1 / np.arange(1, SKILLS + 1) ** 1.2
    supply = (1 / np.arange(1, SKILLS + 1) ** 0.3)[rng.permutation(SKILLS)]
    gaps = _people_skills(rng, mentees, demand / demand.sum(), 1, 3)
    gaps /= gaps.sum(axis=1, keepdims=True)
    offered = _people_skills(rng, mentors, supply / supply.sum(), 2, 6, levels=[0.3, 0.6, 0.85, 1.0])
    appeal = np.clip(rng.lognormal(0, 0.7, mentors) / 4, 0, 1).astype(np.float32)
    e_zone, e_lang, e_dept, e_int = _attributes(rng, mentees, 0.8)
    m_zone, m_lang, m_dept, m_int = _attributes(rng, mentors, 0.9)
    capacities = rng.choice(CAPACITIES[0], mentors, p=CAPACITIES[1])
    scores = np.empty((mentees, mentors), dtype=np.float32)
    step = max(1, (1 << 22) // max(mentors, 1))
    for start in range(0, mentees, step):
        rows = slice(start, start + step)
        block = gaps[rows] @ offered.T
        block *= 55.0
        apart = np.abs(e_zone[rows, None] - m_zone[None, :])
        block += 20.0 * np.clip((10.0 - apart) / 8.0, 0.0, 1.0)
        block += 15.0 * appeal
        block += 5.0 * (1.0 + e_int[rows] @ m_int.T)
        forbidden = (e_lang[rows, None] & m_lang[None, :]) == 0
        forbidden |= apart > MAX_HOURS_APART
        forbidden |= e_dept[rows, None] == m_dept[None, :]
        block[forbidden] = -1.0
        scores[rows] = block
    return scores, capacities


def run(mentees: int, mentors: int, seed: int = 1) -> dict:
    started = time.perf_counter()
    scores, capacities = build(mentees, mentors, seed)
    built = time.perf_counter()
    cpu = time.process_time()
    solution = solver.solve(scores, capacities)
    solved = time.perf_counter()
    cpu = time.process_time() - cpu
    greedy_mentees, greedy_mentors = solver.greedy(scores, capacities)
    greedy_done = time.perf_counter()
    greedy_score = float(scores[greedy_mentees, greedy_mentors].sum(dtype=np.float64))
    total = float(scores[solution.mentees, solution.mentors].sum(dtype=np.float64))
    return {
        "mentees": mentees,
        "mentors": mentors,
        "places": int(capacities.sum()),
        "eligible_pairs": int(np.count_nonzero(scores >= 0)),
        "seconds": round(solved - built, 3),
        "cpu_seconds": round(cpu, 3),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "total_score": round(total, 3),
        "upper_bound": round(solution.upper_bound, 3),
        "gap_percent": round(100 * (solution.upper_bound - total) / solution.upper_bound, 6),
        "matched": solution.matched,
        "greedy_score": round(greedy_score, 3),
        "greedy_matched": len(np.unique(greedy_mentees)),
        "gain_over_greedy_percent": round(100 * (total - greedy_score) / greedy_score, 2) if greedy_score else None,
        "rounds": solution.rounds,
        "candidate_pairs": solution.candidates,
        "build_seconds": round(built - started, 3),
        "greedy_seconds": round(greedy_done - solved, 3),
    }


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mentees", type=int, default=5000)
    parser.add_argument("--mentors", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    result = run(args.mentees, args.mentors, args.seed)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>26}: {value}")


if __name__ == "__main__":
    main()
