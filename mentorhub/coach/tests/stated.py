"""Assertions for a coach's reading of one phrasing."""


def stated_or_asked(result, label: str, value: bool) -> bool:
    """The coach states `value` for `label`, or asks about it. Where a coach's learned reading outweighs the rules'
    reading of a phrasing, it asks rather than states (the weighing in feedback.assess_feedback and
    outreach.assess_message); retraining moves that weight, so a test of a phrasing the rules read asks only that
    the coach never states the opposite."""
    return getattr(result, label) is value or label in result.unsure
