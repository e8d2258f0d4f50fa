"""The one trainer behind the coaches' learned readings (train_coach_models.py for goals and outreach,
train_feedback_model.py for feedback): logistic regression by stochastic gradient descent over sets of text
features, with a fixed shuffle seed so that the weights written to the repo are the same on every run.
"""

import math
import random

EPOCHS = 30
RATE = 0.2
DECAY = 1e-3


def sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def train(examples: list[tuple[list[str], bool]], keep: float, decay: float = DECAY) -> dict:
    """Weights for one label from (features, truth) pairs; weights smaller than `keep` are left out of the file.
    `decay` pulls every weight towards nothing at each step (L2): the less of it, the more a rare word may weigh."""
    data = list(examples)
    weights: dict[str, float] = {}
    bias = 0.0
    shuffle = random.Random(1)
    for _ in range(EPOCHS):
        shuffle.shuffle(data)
        for features, truth in data:
            error = sigmoid(bias + sum(weights.get(f, 0.0) for f in features)) - truth
            bias -= RATE * error
            for f in features:
                weights[f] = weights.get(f, 0.0) - RATE * (error + decay * weights.get(f, 0.0))
    return {"bias": round(bias, 3), "weights": {f: round(w, 3) for f, w in sorted(weights.items()) if abs(w) >= keep}}


def train_weights(examples: list[tuple[dict[str, float], bool]], epochs: int = 200, rate: float = 0.05) -> dict:
    """Weights for one label from (named feature values, truth) pairs: for a handful of features with real values,
    such as the feedback coach's weighing of its two readings, where every weight is kept."""
    data = list(examples)
    weights: dict[str, float] = {}
    shuffle = random.Random(1)
    for _ in range(epochs):
        shuffle.shuffle(data)
        for features, truth in data:
            error = sigmoid(sum(weights.get(f, 0.0) * v for f, v in features.items())) - truth
            for f, v in features.items():
                weights[f] = weights.get(f, 0.0) - rate * (error * v + DECAY * weights.get(f, 0.0))
    return {f: round(w, 3) for f, w in sorted(weights.items())}
