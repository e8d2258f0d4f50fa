"""Train the feedback coach's second reading: logistic regression over words and word pairs, one per label.

The rules state a label when their evidence is plain; where they are unsure (the panel asks a question) this model
picks the tick or the cross instead. Trained on the dev split only (never the held-out test split), deterministic
(fixed shuffle seed), pure Python; the weights go to mentorhub/coach/feedback_model.json.

    python benchmarks/coach_eval/train_feedback_model.py            # train and write the weights
    python benchmarks/coach_eval/train_feedback_model.py --replay   # out-of-sample check, writes nothing
    python benchmarks/coach_eval/train_feedback_model.py --rounds za zb   # today's coach, model without each round

`--replay` holds out each training round in turn, trains on the rest of dev, and compares on that round the
verdicts of the coach as it stood before the round was read (calibrate.py) with the same verdicts where the model
decides the labels the rules were unsure of; and, over every round, how often a verdict was right when the
coach would call it confident today (today's gates, and the model, trained without that round, agreeing on every
label, `actionable` included, with a margin of at least FIRM_MARGIN). For `actionable` the model picks a verdict
only with a margin of at least DECIDING_MARGIN, and over a long text's stated absence only with ABSENCE_MARGIN, as
the coach does.
"""

import argparse
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

import calibrate  # noqa: E402
import logistic  # noqa: E402

from mentorhub.coach import feedback  # noqa: E402
from mentorhub.coach.feedback import (  # noqa: E402
    DECIDING_MARGIN,
    FIRM_MARGIN,
    LABELS,
    MAX_WORDS_FOR_SURE_ABSENCE,
    MODEL_LABELS,
    MODEL_PATH,
    PERSON_PREDICATE,
    deciding_margin,
    model_features,
    model_margin,
    normalise,
)

# Smaller weights barely move a verdict (the --replay figures are the same with or without them); dropping them
# keeps the file at about 30 KB.
KEEP = 0.3


def train(rows: list[dict], label: str) -> dict:
    return logistic.train([(model_features(r["text"]), r[label]) for r in rows if r[label] is not None], KEEP)


def says(model: dict, text: str) -> bool:
    return model_margin(model, model_features(text)) > 0


def firmly_agrees(model: dict, text: str, verdict: bool) -> bool:
    margin = model_margin(model, model_features(text))
    return (margin > 0) == verdict and abs(margin) >= FIRM_MARGIN


def dev_rows() -> list[dict]:
    lines = (HERE / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
    return [row for row in map(json.loads, filter(str.strip, lines)) if row["split"] == "dev"]


def margin_needed(item: dict, label: str) -> float | None:
    """feedback.deciding_margin, today's gate, applied to the old coach's verdict: sure unless it asked, or it
    stated "about what was done" beside a word about the person (which today's coach asks about)."""
    verdict = item["verdict"]
    text = normalise(item["row"]["text"])
    sure = label not in (verdict.get("unsure") or ()) and not (
        label == "behavioural" and verdict["behavioural"] and PERSON_PREDICATE.search(text)
    )
    long = verdict["word_count"] > MAX_WORDS_FOR_SURE_ABSENCE
    return deciding_margin(label, bool(verdict[label]), sure, long, text)


def replay() -> None:
    rows = dev_rows()
    every_round = calibrate.replay()
    margins = []
    for round_ in sorted({v["round"] for v in every_round}):
        held = [v for v in every_round if v["round"] == round_]
        texts = {v["row"]["text"] for v in held}
        models = {label: train([r for r in rows if r["text"] not in texts], label) for label in LABELS}
        margins += [
            {label: model_margin(models[label], model_features(v["row"]["text"])) for label in LABELS} for v in held
        ]
    gated = [(v, m) for v, m in zip(every_round, margins, strict=True) if calibrate.gated(v)]
    agreed = [v for v, m in gated if all((m[label] > 0) == bool(v["verdict"][label]) for label in MODEL_LABELS)]
    firm = [
        v
        for v, m in gated
        if all((m[label] > 0) == bool(v["verdict"][label]) and abs(m[label]) >= FIRM_MARGIN for label in LABELS)
    ]
    print(
        f"confident with today's gates and the model agreeing on {', '.join(MODEL_LABELS)}: {calibrate.share(agreed)}"
    )
    print(f"... and agreeing on every label with a margin of at least {FIRM_MARGIN}: {calibrate.share(firm)}")
    print(f"labels where the two readings agree, wrong below / at least a margin of {FIRM_MARGIN}, every round:")
    for label in LABELS:
        counts = {True: [0, 0], False: [0, 0]}
        for v, m in zip(every_round, margins, strict=True):
            truth, verdict = v["row"][label], bool(v["verdict"][label])
            if truth is not None and (m[label] > 0) == verdict:
                counts[abs(m[label]) >= FIRM_MARGIN][0] += verdict != truth
                counts[abs(m[label]) >= FIRM_MARGIN][1] += 1
        print(f"  {label:12s} {counts[False][0]}/{counts[False][1]}  {counts[True][0]}/{counts[True][1]}")
    for label in DECIDING_MARGIN:
        rules = combined = total = 0
        for item, m in zip(every_round, margins, strict=True):
            truth = item["row"][label]
            if item["round"] < "l" or truth is None:
                continue
            rule = bool(item["verdict"][label])
            total += 1
            rules += rule == truth
            needed = margin_needed(item, label)
            decides = needed is not None and abs(m[label]) >= needed
            combined += ((m[label] > 0) if decides else rule) == truth
        print(
            f"{label:12s} rounds l on: rules alone {rules}/{total} = {rules / total:.1%}",
            f"  with the model {combined / total:.1%}",
        )


def rounds(names: list[str]) -> None:
    """Today's whole coach on each named round, with the learned reading trained without that round: the check for a
    change to the rules made from a round's misses, beside the same figures for the commit before it."""
    rows = dev_rows()
    for name in names:
        path = HERE / "raw" / f"feedback_train_{name}.txt"
        texts = {line.split("|", 1)[1] for line in path.read_text(encoding="utf-8").splitlines() if "|" in line}
        feedback._MODEL = {label: train([r for r in rows if r["text"] not in texts], label) for label in LABELS}
        held = [r for r in rows if r["text"] in texts]
        good = dict.fromkeys(LABELS, 0)
        total = dict.fromkeys(LABELS, 0)
        confident = right = 0
        for row in held:
            verdict = feedback.assess_feedback(row["text"]).to_dict()
            known = [label for label in LABELS if row[label] is not None]
            for label in known:
                total[label] += 1
                good[label] += verdict[label] == row[label]
            confident += verdict["confident"]
            right += verdict["confident"] and all(verdict[label] == row[label] for label in known)
        figures = "  ".join(f"{label} {good[label]}/{total[label]}" for label in LABELS)
        print(f"{name:3s} {len(held):3d} texts  {figures}  confident right {right}/{confident}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--replay", action="store_true")
    parser.add_argument("--rounds", nargs="+", metavar="ROUND")
    args = parser.parse_args()
    if args.replay:
        replay()
        return
    if args.rounds:
        rounds(args.rounds)
        return
    rows = dev_rows()
    models = {label: train(rows, label) for label in LABELS}
    MODEL_PATH.write_text(json.dumps(models, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{MODEL_PATH}: {sum(len(m['weights']) for m in models.values())} weights from {len(rows)} dev texts")


if __name__ == "__main__":
    main()
