"""The optimiser against brute force, and its bound."""

import itertools

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from mentorhub.programs import solver


def brute_force(weights, capacities, per_mentee=1):
    """Best total over every assignment (tiny instances only)."""
    n, m = weights.shape
    options = [
        [c for size in range(per_mentee + 1) for c in itertools.combinations(range(m), size)
         if all(weights[i, j] >= 0 for j in c)]
        for i in range(n)
    ]  # fmt: skip
    best = 0.0
    for choice in itertools.product(*options):
        load = np.bincount([j for c in choice for j in c], minlength=m)
        if np.all(load <= capacities):
            best = max(best, sum(weights[i, j] for i, c in enumerate(choice) for j in c))
    return best


@pytest.mark.parametrize("seed", range(40))
def test_the_solver_finds_the_best_total_and_proves_it(seed):
    rng = np.random.default_rng(seed)
    n, m = rng.integers(1, 6), rng.integers(1, 4)
    weights = np.round(rng.random((n, m)) * 100, 1)
    weights[rng.random((n, m)) < 0.3] = -1
    capacities = rng.integers(0, 3, m)
    per_mentee = 1 + seed % 2
    solution = solver.solve(weights, capacities, per_mentee=per_mentee, candidates=1)
    assert solution.objective == pytest.approx(brute_force(weights, capacities, per_mentee))
    assert solution.upper_bound == pytest.approx(solution.objective, abs=1e-3)
    assert np.all(np.bincount(solution.mentors, minlength=m) <= capacities)
    assert np.all(np.bincount(solution.mentees, minlength=n) <= per_mentee)
    assert np.all(weights[solution.mentees, solution.mentors] >= 0)


def test_the_solver_matches_the_assignment_recipe_on_a_larger_cohort():
    """docs/matching.md's linear_sum_assignment recipe is exact too: both must agree."""
    rng = np.random.default_rng(7)
    weights = rng.random((300, 60)) * 100
    weights[rng.random(weights.shape) < 0.4] = -1
    capacities = rng.integers(1, 4, 60)
    places = np.repeat(np.arange(60), capacities)
    cost = np.where(weights[:, places] < 0, -1e6, weights[:, places])
    rows, cols = linear_sum_assignment(cost, maximize=True)
    expected = sum(cost[r, c] for r, c in zip(rows, cols, strict=True) if cost[r, c] >= 0)
    solution = solver.solve(weights, capacities, candidates=2)
    assert solution.objective == pytest.approx(expected)
    assert solution.gap < 1e-6 and solution.rounds >= 1


def test_prices_from_a_sample_do_not_change_the_answer(monkeypatch):
    rng = np.random.default_rng(3)
    weights = rng.random((400, 50)).astype(np.float32) * 100
    capacities = rng.integers(1, 5, 50)
    direct = solver.solve(weights, capacities)
    monkeypatch.setattr(solver, "SAMPLE_ABOVE", 100)
    monkeypatch.setattr(solver, "SAMPLE_SIZE", 80)
    sampled = solver.solve(weights, capacities)
    assert sampled.objective == pytest.approx(direct.objective, rel=1e-6)
    assert sampled.gap < 1e-6


def test_greedy_is_first_come_first_served():
    weights = np.array([[50.0, 40.0], [90.0, 10.0]])
    mentees, mentors = solver.greedy(weights, [1, 1])
    # The first mentee takes the mentor the second needed more: 50 + 10, where 40 + 90 was possible.
    assert list(zip(mentees, mentors, strict=True)) == [(0, 0), (1, 1)]
    assert solver.solve(weights, [1, 1]).objective == pytest.approx(130)


def test_empty_cohorts():
    assert solver.solve(np.zeros((0, 3)), [1, 1, 1]).matched == 0
    assert solver.solve(np.zeros((3, 0)), []).matched == 0
    assert len(solver.greedy(np.zeros((3, 0)), [])[0]) == 0


def needs_rounds():
    """A cohort where one candidate per mentee is not enough: the optimum takes three rounds to prove."""
    rng = np.random.default_rng(4)
    return (rng.random((300, 40)) * 100).astype(np.float32), rng.integers(1, 3, 40)


def independent_bound(weights, capacities, prices):
    """The dual bound for one mentor per mentee, written out plainly in float64."""
    reduced = weights.astype(np.float64) - prices
    return float(capacities @ prices + np.maximum(reduced.max(axis=1), 0).sum())


def test_a_cohort_that_needs_several_rounds_is_solved_and_proven():
    weights, capacities = needs_rounds()
    solution = solver.solve(weights, capacities, candidates=1)
    assert solution.rounds == 3
    assert solution.proven_optimal
    chosen = weights[solution.mentees, solution.mentors].astype(np.float64)
    assert solution.objective == chosen.sum()
    assert solution.upper_bound == pytest.approx(independent_bound(weights, capacities, solution.prices), abs=1e-9)
    assert solution.upper_bound >= solution.objective - 1e-9


@pytest.mark.parametrize("max_rounds", [1, 2])
def test_stopping_early_reports_a_valid_matching_and_an_honest_bound(max_rounds):
    weights, capacities = needs_rounds()
    best = solver.solve(weights, capacities, candidates=1).objective
    early = solver.solve(weights, capacities, candidates=1, max_rounds=max_rounds)
    assert early.rounds == max_rounds
    assert np.all(np.bincount(early.mentors, minlength=40) <= capacities)
    assert len(np.unique(early.mentees)) == len(early.mentees)
    assert early.objective == weights[early.mentees, early.mentors].astype(np.float64).sum()
    assert early.objective <= best
    # The bound is recomputed from the prices, not raised to the objective: it must still cover the true best.
    assert early.upper_bound == pytest.approx(independent_bound(weights, capacities, early.prices), abs=1e-9)
    assert early.upper_bound >= best
    assert not early.proven_optimal
    assert 0 < early.gap < 0.01
