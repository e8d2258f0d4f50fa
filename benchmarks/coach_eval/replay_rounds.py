"""Replay every training round of the goal or outreach coach through the coach as it stood before that round.

Each round `raw/<kind>_train_<x>.txt` was scored before it was read and fixed, and the commit that added it also
holds its fixes, so the coach at that commit's parent never saw the round: its verdicts are out of sample, the
closest we have to text by people the coach has never met. `confident` is calibrated on these verdicts, never on
the test split.

    python benchmarks/coach_eval/replay_rounds.py outreach        # per round: labels, confident then right
    python benchmarks/coach_eval/replay_rounds.py goals --from n  # rounds n onwards only
"""

import argparse
import json
import pathlib
import subprocess
import sys
import types

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

from evaluate import COACHES, LABELS, load  # noqa: E402

SOURCES = {"goals": "mentorhub/coach/goals.py", "outreach": "mentorhub/coach/outreach.py"}


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def module_at(commit: str, path: str, name: str, **extra) -> types.ModuleType:
    module = types.ModuleType(name)
    # dataclasses look their module up in sys.modules.
    sys.modules[name] = module
    module.__file__ = str(ROOT / path)
    module.__dict__.update(extra)
    source = git("show", f"{commit}:{path}")
    if extra:
        # The old goal coach reads the periods module of its own commit, not today's.
        source = source.replace(
            "from mentorhub.coach import gettext_noop, periods", "from mentorhub.coach import gettext_noop"
        )
    exec(compile(source, name, "exec"), module.__dict__)
    if "_SECOND" in module.__dict__:
        # The rules as they stood: today's second reading has seen the round, and is replayed without it apart
        # (train_coach_models.py --replay).
        module._SECOND = {}
    return module


def coach_before(kind: str, path: pathlib.Path):
    added = git("log", "--diff-filter=A", "--format=%H", "--", str(path.relative_to(ROOT))).split()[-1]
    parent = f"{added}^"
    extra = {}
    if kind == "goals" and "periods" in git("show", f"{parent}:{SOURCES[kind]}"):
        extra["periods"] = module_at(parent, "mentorhub/coach/periods.py", f"periods_{added[:8]}")
    module = module_at(parent, SOURCES[kind], f"{kind}_before_{added[:8]}", **extra)
    _, name, kwargs = COACHES[kind]
    assess = getattr(module, name)
    return lambda text: assess(text, **kwargs).to_dict()


def replay(kind: str, first: str = "e") -> list[dict]:
    gold = {row["text"]: row for row in load(kind)}
    verdicts = []
    for path in sorted((HERE / "raw").glob(f"{kind}_train_*.txt")):
        round_ = path.stem.rsplit("_", 1)[1]
        if round_ < first:
            continue
        assess = coach_before(kind, path)
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.split("|", 1)[1] if "|" in line else None
            if text in gold:
                verdicts.append({"round": round_, "row": gold[text], "verdict": assess(text)})
    return verdicts


def right(kind: str, item: dict) -> bool:
    row, verdict = item["row"], item["verdict"]
    return all(row[label] is None or bool(verdict[label]) == row[label] for label in LABELS[kind])


def label_share(items: list[dict], label: str) -> str:
    known = [v for v in items if v["row"][label] is not None]
    return f"{sum(bool(v['verdict'][label]) == v['row'][label] for v in known) / max(1, len(known)):.0%}"


def share(good: int, n: int) -> str:
    return f"{good}/{n} = {good / n:.1%}" if n else "-"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=sorted(SOURCES))
    parser.add_argument("--from", dest="first", default="e")
    parser.add_argument("--dump", help="write the replayed verdicts to this JSON file")
    args = parser.parse_args()
    verdicts = replay(args.kind, args.first)
    if args.dump:
        pathlib.Path(args.dump).write_text(json.dumps(verdicts, ensure_ascii=False))
    for round_ in [*sorted({v["round"] for v in verdicts}), "all"]:
        items = [v for v in verdicts if round_ in ("all", v["round"])]
        labels = " / ".join(label_share(items, lab) for lab in LABELS[args.kind])
        sure = [v for v in items if v["verdict"]["confident"]]
        good = sum(right(args.kind, v) for v in sure)
        print(f"{round_:4s} {len(items):4d} texts  {labels}  confident right {share(good, len(sure))}")


if __name__ == "__main__":
    main()
