"""Train the second reading of the goal and outreach coaches (mentorhub/coach/second_reading.py) on the dev split.

    python benchmarks/coach_eval/train_coach_models.py goals outreach     # writes mentorhub/coach/<kind>_model.json
                                                                          # and outreach_weighing.json
    python benchmarks/coach_eval/train_coach_models.py outreach --replay  # out-of-sample check, writes nothing
    python benchmarks/coach_eval/train_coach_models.py outreach --replay --agree-at 0.6 0.85  # confident per threshold

`--replay` takes every training round's verdicts from the coach as it stood before that round (replay_rounds.py),
trains the model on the rest of dev (that round held out) and reports, per label, the rules alone against the model
overruling them where they are unsure and it is firm (second_reading.OVERRULE_AT; the coach does that only for the
labels in its OVERRULE), and how often a verdict would be right when the coach calls it confident today
(second_reading.decide: the rules sure and the model agreeing on every label not settled by a dated deadline).
For first messages it also fits the weighing (second_reading.weighing_features) that turns the rules' verdict and
the second reading into the final one, on those same out-of-sample verdicts; `--replay` then also reports it with
each fold of rounds held out of its fitting.
Deterministic (fixed shuffle seed), pure Python, never the test split.
"""

import argparse
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

import logistic  # noqa: E402
import replay_rounds  # noqa: E402
from evaluate import LABELS, load  # noqa: E402

from mentorhub.coach import outreach, second_reading  # noqa: E402

# Weights this small barely move a verdict; dropping them keeps each file small.
KEEP = 0.2
KINDS = ("goals", "outreach")
# The kinds whose final verdict is a fitted weighing of the rules and the second reading.
WEIGHED = {"outreach": outreach.WEIGHING_LENGTHS}
# Rounds dealt round-robin into this many folds for --replay's check of the weighing.
FOLDS = 6


def train(rows: list[dict], label: str) -> dict:
    examples = [(sorted(second_reading.features(r["text"])), r[label]) for r in rows if r[label] is not None]
    return logistic.train(examples, KEEP)


def dev_rows(kind: str) -> list[dict]:
    return [row for row in load(kind) if row["split"] == "dev"]


def share(good: int, n: int) -> str:
    return f"{good}/{n} = {good / n:.1%}" if n else "-"


def decided(
    kind: str, item: dict, overrule: tuple[str, ...], agree_at: float | None = None
) -> tuple[dict[str, bool], list[str]]:
    verdict = item["verdict"]
    rules = {label: bool(verdict[label]) for label in LABELS[kind]}
    settled = ("time_bound",) if kind == "goals" and verdict["time_bound"] and verdict["deadline"] else ()
    agree_at = second_reading.AGREE_AT[kind] if agree_at is None else agree_at
    return second_reading.decide(rules, verdict.get("unsure") or [], item["p"], overrule, settled, agree_at=agree_at)


def right(kind: str, item: dict, final: dict[str, bool]) -> bool:
    return all(item["row"][label] is None or final[label] == item["row"][label] for label in LABELS[kind])


def replayed(kind: str) -> list[dict]:
    """Every training round's verdicts from the coach as it stood before the round, each with the second reading's
    log-odds ("margin") and chances ("p") from a model trained without that round."""
    rows = dev_rows(kind)
    verdicts = replay_rounds.replay(kind)
    for round_ in sorted({v["round"] for v in verdicts}):
        held = [v for v in verdicts if v["round"] == round_]
        texts = {v["row"]["text"] for v in held}
        models = {label: train([r for r in rows if r["text"] not in texts], label) for label in LABELS[kind]}
        for item in held:
            item["margin"] = second_reading.margins(models, item["row"]["text"])
            item["p"] = {label: second_reading.chance_of(m) for label, m in item["margin"].items()}
    return verdicts


def weighed(kind: str, item: dict, label: str) -> dict[str, float]:
    verdict = item["verdict"]
    asked = label in (verdict.get("unsure") or ())
    return second_reading.weighing_features(
        bool(verdict[label]), asked, verdict["word_count"], item["margin"][label], **WEIGHED[kind]
    )


def fit_weighing(kind: str, verdicts: list[dict]) -> dict[str, dict[str, float]]:
    return {
        label: logistic.train_weights(
            [(weighed(kind, item, label), item["row"][label]) for item in verdicts if item["row"][label] is not None]
        )
        for label in LABELS[kind]
    }


def weighed_verdicts(kind: str, item: dict, weights: dict) -> tuple[dict[str, bool], list[str]]:
    """As the coach decides: the weighing's verdict, asked where outreach.doubts_after_weighing says or the second
    reading gives it less than AGREE_AT."""
    verdict = item["verdict"]
    rules = {label: bool(verdict[label]) for label in LABELS[kind]}
    final = {label: second_reading.weigh(weights[label], weighed(kind, item, label)) > 0 for label in LABELS[kind]}
    unsure = outreach.doubts_after_weighing(rules, final, verdict.get("unsure") or [], verdict["word_count"])
    return second_reading.decide(final, unsure, item["p"], agree_at=second_reading.AGREE_AT[kind])


def replay_weighing(kind: str, verdicts: list[dict]) -> None:
    names = sorted({v["round"] for v in verdicts})
    fold = {name: i % FOLDS for i, name in enumerate(names)}
    decided_by = {}
    for k in range(FOLDS):
        weights = fit_weighing(kind, [v for v in verdicts if fold[v["round"]] != k])
        for i, item in enumerate(verdicts):
            if fold[item["round"]] == k:
                decided_by[i] = weighed_verdicts(kind, item, weights)
    print(f"the weighing, each of {FOLDS} folds of rounds held out of its fitting:")
    for label in LABELS[kind]:
        known = [i for i, item in enumerate(verdicts) if item["row"][label] is not None]
        good = sum(decided_by[i][0][label] == verdicts[i]["row"][label] for i in known)
        print(f"  {label:16s} {share(good, len(known))}")
    sure = [i for i, (_, asked) in decided_by.items() if not asked]
    print(f"  confident: right {share(sum(right(kind, verdicts[i], decided_by[i][0]) for i in sure), len(sure))}")


def replay(kind: str, thresholds: list[float]) -> None:
    verdicts = replayed(kind)
    for label in LABELS[kind]:
        known = [item for item in verdicts if item["row"][label] is not None]
        rules = sum(bool(item["verdict"][label]) == item["row"][label] for item in known)
        both = sum(decided(kind, item, (label,))[0][label] == item["row"][label] for item in known)
        print(f"{label:16s} rules alone {share(rules, len(known))}   overruled where unsure {share(both, len(known))}")
    then = [v for v in verdicts if v["verdict"]["confident"]]
    then_right = sum(right(kind, v, {label: bool(v["verdict"][label]) for label in LABELS[kind]}) for v in then)
    # The overrule only touches unsure labels, which are never confident, so it cannot change this figure.
    print(f"{len(verdicts)} replayed verdicts; confident then: right {share(then_right, len(then))}")
    for agree_at in thresholds or [second_reading.AGREE_AT[kind]]:
        now = [(v, final) for v in then for final, asked in [decided(kind, v, (), agree_at)] if not asked]
        right_now = sum(right(kind, v, f) for v, f in now)
        print(f"confident with the agreement gate at {agree_at:g}: right {share(right_now, len(now))}")
    if kind in WEIGHED:
        replay_weighing(kind, verdicts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kinds", nargs="+", choices=KINDS)
    parser.add_argument("--replay", action="store_true")
    # Where to set second_reading.AGREE_AT: the replay's confident figures at each of these thresholds.
    parser.add_argument("--agree-at", type=float, nargs="*", default=[])
    args = parser.parse_args()
    for kind in args.kinds:
        if args.replay:
            replay(kind, args.agree_at)
            continue
        rows = dev_rows(kind)
        models = {label: train(rows, label) for label in LABELS[kind]}
        path = second_reading.path_for(kind)
        path.write_text(json.dumps(models, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"{path}: {sum(len(m['weights']) for m in models.values())} weights from {len(rows)} dev texts")
        if kind in WEIGHED:
            verdicts = replayed(kind)
            path = second_reading.weighing_path(kind)
            path.write_text(json.dumps(fit_weighing(kind, verdicts), sort_keys=True, indent=1) + "\n", encoding="utf-8")
            print(f"{path}: fitted on {len(verdicts)} replayed verdicts")


if __name__ == "__main__":
    main()
