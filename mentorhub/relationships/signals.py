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
relationship_closed = Signal()
relationship_cancelled = Signal()  # a start undone before anyone acted: not a close (no survey, no reflection)
relationship_stay_in_touch = Signal()
relationship_stay_in_touch_ended = Signal()
