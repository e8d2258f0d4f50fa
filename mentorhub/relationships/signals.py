"""What a relationship's lifecycle announces.

Only `lifecycle.py` sends the relationship signals, each with `relationship` and `actor` (None for the system).
They are sent inside the lifecycle's transaction, so what a receiver writes (nudges, webhook deliveries, history)
commits or rolls back with the change itself; nothing leaves the process until a sweeper delivers those rows after
the commit. A receiver that sends something itself wraps it in `transaction.on_commit`.
"""

from django.dispatch import Signal

relationship_started = Signal()  # also `request`: the accepted request, or None for a coordinator's match
relationship_paused = Signal()
relationship_resumed = Signal()
relationship_phase_changed = Signal()  # also `before`: the previous phase
relationship_extended = Signal()  # also `before`: the previous review date
relationship_closed = Signal()
relationship_cancelled = Signal()  # a start undone before anyone acted: not a close (no survey, no reflection)
relationship_stay_in_touch = Signal()
relationship_stay_in_touch_ended = Signal()

# What happens to a mentorship request that the other person reads as part of a conversation, each with `request`,
# `actor` and `text` (the question, the answer, or the decline in words with its referral). Sent by
# services/requests.py inside its transaction.
request_question_asked = Signal()
request_question_answered = Signal()
request_declined = Signal()
