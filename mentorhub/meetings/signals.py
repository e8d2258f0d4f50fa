"""What meetings announce. `meeting_held` is sent inside the transaction that marks a meeting held or logs one,
with `meeting` and `actor`; coordination asks the fit check after a pair's first meeting from it."""

from django.dispatch import Signal

meeting_held = Signal()
