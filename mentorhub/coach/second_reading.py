"""A second, learned reading of a goal or a first message, beside the rules: logistic regression over words, word
pairs and a length band, one per label, trained offline on the dev split
(benchmarks/coach_eval/train_coach_models.py) and shipped as JSON. Pure Python and deterministic.

Replayed on every training round through the coach as it stood before that round (replay_rounds.py), the rules'
confident verdicts were right about 4 times in 5; where this reading agreed firmly they were right about 49 times
in 50. It looks at words only, not at the rules' own readings: trained on the dev split, where the rules were tuned,
a model that saw them would learn to copy them.
"""

import json
import math
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
_TOKEN = re.compile(r"[a-z0-9']+|\?")


def features(text: str) -> set[str]:
    words = _TOKEN.findall(text.lower())
    found = {"w:" + w for w in words} | {f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
    found.add("len:" + ("s" if len(words) <= 12 else "m" if len(words) <= 30 else "l"))
    return found


def path_for(kind: str) -> pathlib.Path:
    return HERE / f"{kind}_model.json"


def load(kind: str) -> dict:
    """Empty while the trainer writes a model for the first time and when old coaches are replayed."""
    path = path_for(kind)
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def probability(model: dict, found: set[str]) -> float:
    z = model["bias"] + sum(model["weights"].get(f, 0.0) for f in found)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def probabilities(models: dict, text: str) -> dict[str, float]:
    found = features(text)
    return {label: probability(model, found) for label, model in models.items()}
