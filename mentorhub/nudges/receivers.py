"""The check-ins a relationship's lifecycle makes due or cancels (the rules are in rules.py and docs/nudges.md)."""

from django.dispatch import receiver

from mentorhub.relationships.signals import (
    relationship_closed,
    relationship_started,
    relationship_stay_in_touch,
    relationship_stay_in_touch_ended,
)

from . import rules


@receiver(relationship_started, dispatch_uid="nudges.started")
def schedule_check_ins(sender, relationship, **kwargs):
    rules.on_relationship_started(relationship)


@receiver(relationship_closed, dispatch_uid="nudges.closed")
def cancel_check_ins(sender, relationship, **kwargs):
    rules.on_relationship_closed(relationship)


@receiver(relationship_stay_in_touch, dispatch_uid="nudges.stay_in_touch")
def schedule_stay_in_touch(sender, relationship, **kwargs):
    rules.on_stay_in_touch(relationship)


@receiver(relationship_stay_in_touch_ended, dispatch_uid="nudges.stay_in_touch_ended")
def cancel_stay_in_touch(sender, relationship, **kwargs):
    rules.on_out_of_touch(relationship)
