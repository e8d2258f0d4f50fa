"""Assertions for the feedback coach's reading of one phrasing."""

from mentorhub.coach.feedback import assess_feedback


def stated_or_asked(text: str, label: str, value: bool) -> bool:
    """The coach states `value` for `label`, or asks about it. Where the learned reading outweighs the rules'
    reading of a phrasing, the coach asks rather than states (feedback.assess_feedback); retraining moves that
    weight, so a test of a phrasing the rules read asks only that the coach never states the opposite."""
    result = assess_feedback(text)
    return getattr(result, label) is value or label in result.unsure
