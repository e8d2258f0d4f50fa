"""How often a confident feedback verdict is right on text the rules were not tuned on.

Each training round `raw/feedback_train_<x>.txt` was scored before it was read and fixed, so the coach as it
stood before the commit that added a round is a coach that never saw that round. This replays every round through
that coach (from git history) and reports how often its confident verdicts were right on every label, then the
same with the gates the coach uses now: a label found absent is stated only on a text of at most
`MAX_WORDS_FOR_SURE_ABSENCE` words (on longer ones the coach asks), and "about what was done" is not stated beside a
word about the person ("you seemed nervous"):

    python benchmarks/coach_eval/calibrate.py

The labels are today's (`feedback.jsonl`, after the slips found when rounds were read were corrected). The old
coaches are weaker than today's, so these figures are a pessimistic estimate for the verdicts today's coach makes.
"""

import json
import pathlib
import subprocess
import sys
import types

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from mentorhub.coach.feedback import (  # noqa: E402
    LABELS,
    MAX_CONFIDENT_WORDS,
    MAX_WORDS_FOR_SURE_ABSENCE,
    PERSON_PREDICATE,
    normalise,
)

COACH = "mentorhub/coach/feedback.py"


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def coach_before(path: pathlib.Path):
    added = git("log", "--diff-filter=A", "--format=%H", "--", str(path.relative_to(ROOT))).split()[-1]
    name = f"feedback_before_{added[:8]}"
    module = types.ModuleType(name)
    # dataclasses look their module up in sys.modules.
    sys.modules[name] = module
    # Beside no weights file, so a coach that has a learned reading replays its rules alone: the model is replayed
    # separately, trained without the round (train_feedback_model.py --replay).
    module.__file__ = str(HERE / "raw" / "feedback.py")
    source = git("show", f"{added}^:{COACH}")
    # Session 5's coach took gettext_noop from a module of its own branch; main keeps it in mentorhub.coach.
    source = source.replace("from mentorhub.coach.marks import", "from mentorhub.coach import")
    exec(compile(source, name, "exec"), module.__dict__)
    # The rules alone: the weighing reads the learned reading, which is replayed apart, trained without the round.
    module._WEIGHING = {}
    return module.assess_feedback


def replay() -> list[dict]:
    gold = {}
    for line in (HERE / "feedback.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold[row["text"]] = row
    verdicts = []
    for path in sorted((HERE / "raw").glob("feedback_train_*.txt")):
        assess = coach_before(path)
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.split("|", 1)[1] if "|" in line else None
            if text not in gold:
                continue
            verdict = assess(text).to_dict()
            verdicts.append({"round": path.stem.removeprefix("feedback_train_"), "row": gold[text], "verdict": verdict})
    return verdicts


def right(item: dict) -> bool:
    row, verdict = item["row"], item["verdict"]
    return all(row[label] is None or bool(verdict[label]) == row[label] for label in LABELS)


def gated(item: dict) -> bool:
    verdict = item["verdict"]
    about_the_person = verdict["behavioural"] and PERSON_PREDICATE.search(normalise(item["row"]["text"]))
    return (
        verdict["confident"]
        and verdict["word_count"] <= MAX_CONFIDENT_WORDS
        and not about_the_person
        and (verdict["word_count"] <= MAX_WORDS_FOR_SURE_ABSENCE or all(verdict[label] for label in LABELS))
    )


def share(items: list[dict]) -> str:
    good = sum(right(i) for i in items)
    return f"{good}/{len(items)} = {good / len(items):.1%}" if items else "-"


def main() -> None:
    verdicts = replay()
    print("round  texts  confident then right      with today's gate right")
    for round_ in sorted({v["round"] for v in verdicts}):
        items = [v for v in verdicts if v["round"] == round_]
        then = [v for v in items if v["verdict"]["confident"]]
        print(f"{round_:5s}  {len(items):5d}  {share(then):24s}  {share([v for v in items if gated(v)])}")
    then = [v for v in verdicts if v["verdict"]["confident"]]
    print(f"all    {len(verdicts):5d}  {share(then):24s}  {share([v for v in verdicts if gated(v)])}")
    short = [v for v in verdicts if gated(v) and v["verdict"]["word_count"] <= MAX_WORDS_FOR_SURE_ABSENCE]
    long = [v for v in verdicts if gated(v) and v["verdict"]["word_count"] > MAX_WORDS_FOR_SURE_ABSENCE]
    print(f"gated, at most {MAX_WORDS_FOR_SURE_ABSENCE} words: {share(short)}")
    print(f"gated, longer, every label found: {share(long)}")


if __name__ == "__main__":
    main()
