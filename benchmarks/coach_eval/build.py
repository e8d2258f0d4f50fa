"""Build the evaluation sets from the two labelling passes.

raw/<kind>_*.txt holds the first pass ("labels|text", one character per label: 1, 0 or ? for undecided), written
with the texts; raw/<kind>.pass2 holds the second pass, done later on the texts alone in a shuffled order
("id labels"). raw/<kind>.resolved settles each disagreement after rereading the definitions ("id labels";
? marks a label people could fairly read either way, which is then left out of every figure as null).

The split is fixed by a seeded hash of the id, so adding texts never moves an old one between dev and test.
raw/<kind>_train_*.txt are training texts written later, after the coaches had been tuned, to find readings that do
not generalise: they always go to dev (never to the held-out test split) and were labelled while written, then
reread once against the definitions (the corrected label is the one in the file).
raw/<kind>_heldout_*.txt are held-out texts written later still, labelled twice like the first sets before any coach
ran on them: they always go to the test split, to make it larger without moving an old text.

Run: python benchmarks/coach_eval/build.py   (writes goals.jsonl, outreach.jsonl, feedback.jsonl here)
     python benchmarks/coach_eval/build.py --blind goals   (ids and texts only, shuffled: the second pass)
"""

import hashlib
import json
import pathlib
import random
import sys

HERE = pathlib.Path(__file__).resolve().parent
RAW = HERE / "raw"
LABELS = {
    "goals": ("specific", "measurable", "time_bound"),
    "outreach": ("personalization", "clear_ask", "flexibility", "gratitude", "premature_ask"),
    "feedback": ("specific", "actionable", "behavioural", "balanced"),
}
SEED = "mentorhub-coach-eval-1"
TEST_SHARE = 50  # per cent


def text_id(kind: str, text: str) -> str:
    return kind[0] + hashlib.sha1(text.encode()).hexdigest()[:7]


def split_of(item_id: str) -> str:
    bucket = int(hashlib.sha256(f"{SEED}:{item_id}".encode()).hexdigest(), 16) % 100
    return "test" if bucket < TEST_SHARE else "dev"


def read_pass(path: pathlib.Path) -> dict[str, str]:
    if not path.exists():
        return {}
    return dict(line.split() for line in path.read_text().splitlines() if line.strip())


def value(char: str):
    return None if char == "?" else char == "1"


def build(kind: str) -> tuple[list[dict], list[str]]:
    first = first_pass(kind)
    second = read_pass(RAW / f"{kind}.pass2")
    resolved = read_pass(RAW / f"{kind}.resolved")
    rows, open_questions = [], []
    for item_id, (labels, text, training) in first.items():
        if training:
            row = {"id": item_id, "text": text, "split": "dev"}
            row.update({name: value(c) for name, c in zip(LABELS[kind], labels, strict=True)})
            rows.append(row)
            continue
        other = second.get(item_id)
        if other is None:
            open_questions.append(f"{item_id} has no second-pass label: {text}")
            continue
        final = resolved.get(item_id)
        if final is None:
            if labels != other:
                diff = [n for n, a, b in zip(LABELS[kind], labels, other, strict=True) if a != b]
                if all(other[i] == "?" for i, n in enumerate(LABELS[kind]) if n in diff):
                    final = other
                else:
                    open_questions.append(f"{item_id} pass1={labels} pass2={other} {diff}: {text}")
                    continue
            else:
                final = labels
        row = {"id": item_id, "text": text, "split": "test" if heldout(item_id) else split_of(item_id)}
        row.update({name: value(c) for name, c in zip(LABELS[kind], final, strict=True)})
        rows.append(row)
    return rows, open_questions


HELDOUT: set[str] = set()


def heldout(item_id: str) -> bool:
    return item_id in HELDOUT


def first_pass(kind: str) -> dict[str, tuple[str, str, bool]]:
    first: dict[str, tuple[str, str, bool]] = {}
    for path in sorted(RAW.glob(f"{kind}_*.txt")):
        for line in path.read_text().splitlines():
            if line.strip():
                labels, text = line.split("|", 1)
                first.setdefault(text_id(kind, text), (labels, text, "_train_" in path.name))
                if "_heldout_" in path.name:
                    HELDOUT.add(text_id(kind, text))
    return first


def main() -> int:
    if sys.argv[1:2] == ["--blind"]:
        done = read_pass(RAW / f"{sys.argv[2]}.pass2")
        items = [
            (item_id, text)
            for item_id, (_, text, training) in first_pass(sys.argv[2]).items()
            if not training and item_id not in done
        ]
        random.Random(7).shuffle(items)
        for item_id, text in items:
            print(item_id, text)
        return 0
    problems = []
    for kind in LABELS:
        rows, questions = build(kind)
        problems += questions
        with (HERE / f"{kind}.jsonl").open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        test = sum(r["split"] == "test" for r in rows)
        print(f"{kind}: {len(rows)} texts ({len(rows) - test} dev, {test} test)")
    for question in problems:
        print("  unresolved:", question)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
