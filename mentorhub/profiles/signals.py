"""Sent by availability.py when a person stops or starts accepting mentees (with `person`)."""

from django.dispatch import Signal

accepting_paused = Signal()
accepting_resumed = Signal()
