"""Exact cohort matching: the most total weight under capacities, with a proof that nothing better exists.

Plain numpy in, plain numpy out, no Django, so a program's match run and ``benchmarks/matching.py`` share it.
docs/programs.md ("Automatic matching") explains the method to coordinators.

The problem is a bipartite b-matching: mentee *i* gets at most ``per_mentee`` mentors, mentor *j* at most
``capacity[j]`` mentees, a pair at most once, and the total weight of the chosen pairs is maximised. Pairs with a
negative weight are forbidden. Its linear programme has a totally unimodular matrix, so a simplex vertex is a
whole-number matching, and its dual gives a bound:

    for any mentor prices v >= 0:
        optimum <= sum_j capacity_j * v_j + sum_i (the best per_mentee values of w_ij - v_j that are > 0)

Solving the LP over all n x m pairs is slow (80 million columns at 20,000 x 4,000). So we solve it on a few
candidate pairs per mentee, take the mentor prices (the LP duals, the flow's node potentials) and evaluate the bound
above over *every* pair. Where a mentee's bound beats its value in the restricted LP, a pruned pair could improve
the total: we add that mentee's best pairs at the current prices and re-solve, warm-started from the last basis.
When no mentee gains, the restricted optimum equals a bound computed over all pairs, so it is optimal.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from .highs import load_highs

highs = load_highs()

# A mentee whose bound beats its restricted value by less than this is taken as satisfied (float noise).
TOLERANCE = 1e-4
# The candidate and bound passes read the matrix in slices of about this many cells, to keep memory flat.
BLOCK_CELLS = 1 << 22
# Above this many mentees, mentor prices are first estimated on a random sample, so the first candidates are
# chosen at nearly the right prices and few rounds are needed.
SAMPLE_ABOVE = 6000
SAMPLE_SIZE = 1500
# Candidates per mentee, and per mentor this many times its places (see _first_candidates).
CANDIDATES = 3
COVER = 6
# Column generation stops here even if pruned pairs could still improve the total; the bound then says how far
# from the best the answer can be.
MAX_ROUNDS = 100


@dataclass
class Solution:
    mentees: np.ndarray  # pair k is (mentees[k], mentors[k]), ordered by mentee
    mentors: np.ndarray
    objective: float  # total weight of the chosen pairs, summed in float64
    upper_bound: float  # no matching has a larger total weight: the dual bound at ``prices`` over every pair
    prices: np.ndarray  # mentor prices (LP duals) that prove the bound
    rounds: int
    candidates: int  # pairs the last restricted LP held
    seconds: float
    size: int  # mentees

    @property
    def proven_optimal(self) -> bool:
        """The bound, computed over every pair, leaves no room for a better matching beyond float noise."""
        return self.upper_bound - self.objective <= TOLERANCE * max(1, self.size)

    @property
    def matched(self) -> int:
        return len(np.unique(self.mentees))

    @property
    def gap(self) -> float:
        """Relative distance to the bound: 0 means proven optimal."""
        return max(0.0, (self.upper_bound - self.objective) / self.upper_bound) if self.upper_bound > 0 else 0.0


def _blocks(n: int, m: int):
    size = max(1, BLOCK_CELLS // max(m, 1))
    for start in range(0, n, size):
        yield slice(start, min(n, start + size))


def _row_values(reduced: np.ndarray, per_mentee: int) -> np.ndarray:
    """Each row's best ``per_mentee`` positive entries, summed: a mentee's value at given mentor prices."""
    if per_mentee == 1:
        return np.maximum(reduced.max(axis=1), 0).astype(np.float64)
    k = min(per_mentee, reduced.shape[1])
    top = np.partition(reduced, reduced.shape[1] - k, axis=1)[:, -k:]
    return np.maximum(top, 0).sum(axis=1, dtype=np.float64)


def _top(reduced: np.ndarray, k: int) -> np.ndarray:
    k = min(k, reduced.shape[1])
    return np.argpartition(reduced, reduced.shape[1] - k, axis=1)[:, -k:]


class _RestrictedLP:
    """The b-matching LP over a growing set of candidate pairs, kept warm between rounds."""

    def __init__(self, weights, capacities, per_mentee):
        self.weights = weights
        self.n, self.m = weights.shape
        self.keys = np.empty(0, dtype=np.int64)  # mentee * m + mentor, sorted
        self.rows = np.empty(0, dtype=np.int64)
        self.cols = np.empty(0, dtype=np.int64)
        lp = highs.HighsLp()
        lp.num_col_ = lp.a_matrix_.num_col_ = 0
        lp.num_row_ = self.n + self.m
        lp.row_lower_ = np.full(self.n + self.m, -np.inf)
        lp.row_upper_ = np.concatenate([np.full(self.n, float(per_mentee)), np.asarray(capacities, dtype=float)])
        lp.a_matrix_.num_row_ = self.n + self.m
        lp.a_matrix_.format_ = highs.MatrixFormat.kColwise
        lp.a_matrix_.start_ = np.zeros(1, dtype=np.int32)
        self.model = highs._Highs()
        self.model.setOptionValue("output_flag", False)
        self.model.setOptionValue("solver", "simplex")
        # Presolve finds nothing to remove in a matching LP (measured: the same iterations, 13 % more time).
        self.model.setOptionValue("presolve", "off")
        self.model.passModel(lp)

    def add(self, rows: np.ndarray, cols: np.ndarray) -> int:
        keys = np.unique(rows.astype(np.int64) * self.m + cols)
        keys = keys[self.weights[keys // self.m, keys % self.m] >= 0]
        keys = np.setdiff1d(keys, self.keys, assume_unique=True)
        if len(keys):
            rows, cols = keys // self.m, keys % self.m
            count = len(keys)
            index = np.empty(2 * count, dtype=np.int32)
            index[0::2], index[1::2] = rows, self.n + cols
            starts = np.arange(0, 2 * count, 2, dtype=np.int32)
            cost = -self.weights[rows, cols].astype(np.float64)
            self.model.addCols(
                count, cost, np.zeros(count), np.ones(count), 2 * count, starts, index, np.ones(2 * count)
            )
            self.keys = np.union1d(self.keys, keys)
            self.rows, self.cols = np.concatenate([self.rows, rows]), np.concatenate([self.cols, cols])
        return len(keys)

    def solve(self):
        """(x per candidate, objective, mentor prices)."""
        if not len(self.rows):
            return np.zeros(0), 0.0, np.zeros(self.m)
        self.model.run()
        status = self.model.getModelStatus()
        if status != highs.HighsModelStatus.kOptimal:
            raise RuntimeError(f"the matching LP ended with {self.model.modelStatusToString(status)}")
        solution = self.model.getSolution()
        prices = np.maximum(-np.asarray(solution.row_dual)[self.n :], 0.0)
        return np.asarray(solution.col_value), -self.model.getInfo().objective_function_value, prices

    def row_values(self, prices: np.ndarray, per_mentee: int) -> np.ndarray:
        """Each mentee's value at these prices over its candidates only (the restricted side of the bound)."""
        values = np.zeros(self.n)
        if not len(self.rows):
            return values
        reduced = self.weights[self.rows, self.cols] - prices[self.cols]
        order = np.lexsort((-reduced, self.rows))
        rows, reduced = self.rows[order], np.maximum(reduced[order], 0)
        first = np.searchsorted(rows, rows)
        keep = np.arange(len(rows)) - first < per_mentee
        np.add.at(values, rows[keep], reduced[keep])
        return values


def _first_candidates(weights, capacities, prices, candidates):
    """Each mentee's best mentors at these prices, and each mentor's nearest-to-indifferent mentees.

    The second half matters: a mentor who is nobody's top few would get no candidates, be priced at 0 by the
    restricted LP, and make every mentee's bound look better than it is, costing rounds.
    """
    n, m = weights.shape
    price = prices.astype(weights.dtype)
    places = np.asarray(capacities, dtype=float)
    rows, cols = [], []
    for block in _blocks(n, m):
        size = block.stop - block.start
        reduced = weights[block] - price
        top = _top(reduced, candidates)
        rows.append(np.repeat(np.arange(block.start, block.stop), top.shape[1]))
        cols.append(top.ravel())
        # Per block, each mentor takes its share of COVER x places mentees, those who lose least by taking it.
        want = np.ceil(COVER * places * size / n).astype(np.int64)
        depth = int(min(size, want.max(initial=0)))
        if depth:
            reduced -= np.maximum(reduced.max(axis=1, keepdims=True), 0)
            by_mentor = np.ascontiguousarray(reduced.T)
            best = _top(by_mentor, depth)
            order = np.argsort(-np.take_along_axis(by_mentor, best, axis=1), axis=1)
            best = np.take_along_axis(best, order, axis=1)
            keep = np.arange(depth)[None, :] < want[:, None]
            rows.append(best[keep] + block.start)
            cols.append(np.broadcast_to(np.arange(m)[:, None], best.shape)[keep])
    return np.concatenate(rows), np.concatenate(cols)


def _column_generation(weights, capacities, per_mentee, prices, candidates, max_rounds):
    """(restricted LP, its solution x aligned with the LP's pairs, mentor prices, rounds)."""
    n, m = weights.shape
    lp = _RestrictedLP(weights, capacities, per_mentee)
    lp.add(*_first_candidates(weights, capacities, prices, candidates))
    rounds = 0
    while True:
        rounds += 1
        x, _, prices = lp.solve()
        # Stop before adding pairs the solution x knows nothing about.
        if rounds >= max_rounds:
            return lp, x, prices, rounds
        restricted = lp.row_values(prices, per_mentee)
        price32 = prices.astype(weights.dtype)
        new_rows, new_cols = [], []
        for block in _blocks(n, m):
            reduced = weights[block] - price32
            gaining = np.flatnonzero(_row_values(reduced, per_mentee) > restricted[block] + TOLERANCE)
            if len(gaining):
                top = _top(reduced[gaining], per_mentee + candidates)
                new_rows.append(np.repeat(gaining + block.start, top.shape[1]))
                new_cols.append(top.ravel())
        if not (lp.add(np.concatenate(new_rows), np.concatenate(new_cols)) if new_rows else 0):
            return lp, x, prices, rounds


def dual_bound(weights, capacities, prices, per_mentee) -> float:
    """The bound in the module docstring, over every pair, in float64: valid for any prices >= 0."""
    n, m = weights.shape
    prices = np.maximum(np.asarray(prices, dtype=np.float64), 0.0)
    bound = float(np.dot(np.asarray(capacities, dtype=np.float64), prices))
    for block in _blocks(n, m):
        bound += float(_row_values(weights[block].astype(np.float64) - prices, per_mentee).sum())
    return bound


def _sample_prices(weights, capacities, per_mentee, candidates, rng):
    """Mentor prices of a random sample of mentees facing proportionally smaller capacities."""
    n = weights.shape[0]
    rows = np.sort(rng.choice(n, SAMPLE_SIZE, replace=False))
    scaled = np.asarray(capacities, dtype=float) * SAMPLE_SIZE / n
    _, _, prices, _ = _column_generation(weights[rows], scaled, per_mentee, np.zeros(weights.shape[1]), candidates, 50)
    return prices


def solve(
    weights,
    capacities,
    *,
    per_mentee: int = 1,
    candidates: int = CANDIDATES,
    max_rounds: int | None = None,
    seed: int = 0,
):
    """Maximise the total weight; ``weights`` is (mentees, mentors), negative = forbidden pair.

    ``capacities`` are whole numbers of places per mentor. The result's ``upper_bound`` is computed over every
    pair, not only the candidates, so ``gap`` proves how far from optimal the answer can be (0 when it is).
    """
    started = time.perf_counter()
    weights = np.asarray(weights)
    if weights.dtype not in (np.float32, np.float64):
        weights = weights.astype(np.float64)
    n, m = weights.shape
    capacities = np.asarray(capacities, dtype=np.int64)
    if len(capacities) != m:
        raise ValueError(f"{m} mentors but {len(capacities)} capacities")
    if n == 0 or m == 0:
        empty = np.empty(0, dtype=np.int64)
        return Solution(empty, empty, 0.0, 0.0, np.zeros(m), 0, 0, time.perf_counter() - started, n)
    prices = np.zeros(m)
    if n > SAMPLE_ABOVE:
        prices = _sample_prices(weights, capacities, per_mentee, candidates, np.random.default_rng(seed))
    lp, x, prices, rounds = _column_generation(
        weights, capacities, per_mentee, prices, candidates, max_rounds or MAX_ROUNDS
    )
    chosen = x > 0.5
    if np.any(np.abs(x - chosen) > 1e-6):
        raise RuntimeError("the matching LP returned a fractional vertex")
    order = np.lexsort((lp.cols[chosen], lp.rows[chosen]))
    mentees, mentors = lp.rows[chosen][order], lp.cols[chosen][order]
    # Both figures are recomputed from what is reported, not taken from the LP: the proof checks itself.
    return Solution(
        mentees=mentees,
        mentors=mentors,
        objective=float(weights[mentees, mentors].sum(dtype=np.float64)),
        upper_bound=dual_bound(weights, capacities, prices, per_mentee),
        prices=prices,
        rounds=rounds,
        candidates=len(lp.rows),
        seconds=time.perf_counter() - started,
        size=n,
    )


def greedy(weights, capacities, *, per_mentee: int = 1):
    """First come, first served: each mentee in turn takes the best mentors still free. The baseline a coordinator
    would get by letting people pick in the order they enrolled; (mentees, mentors) arrays."""
    weights = np.asarray(weights)
    left = np.asarray(capacities, dtype=np.int64).copy()
    full = left <= 0
    mentees, mentors = [], []
    for i in range(weights.shape[0] if weights.shape[1] else 0):
        row = np.where(full, -1, weights[i])
        for _ in range(per_mentee):
            j = int(row.argmax())
            if row[j] < 0:
                break
            mentees.append(i)
            mentors.append(j)
            row[j] = -1
            left[j] -= 1
            if left[j] == 0:
                full[j] = True
                row[j] = -1
    return np.asarray(mentees, dtype=np.int64), np.asarray(mentors, dtype=np.int64)
