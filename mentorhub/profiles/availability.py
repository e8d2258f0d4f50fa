"""Accepting mentees: the one switch behind the Relationships page, the profile form, the API and programs.

Pausing tells the apps that hold requests (signals.py) so that open requests are declined after a grace period;
resuming, from wherever, cancels that. A switch written in several places once left a resumed mentor "accepting"
while their requests were still declined a day later.
"""

from django.db import transaction

from .models import Profile
from .signals import accepting_paused, accepting_resumed


@transaction.atomic
def pause_accepting(person) -> None:
    Profile.objects.filter(user=person).update(accepting_mentees=False)
    person.profile.accepting_mentees = False
    accepting_paused.send(Profile, person=person)


@transaction.atomic
def resume_accepting(person) -> None:
    Profile.objects.filter(user=person).update(accepting_mentees=True)
    person.profile.accepting_mentees = True
    accepting_resumed.send(Profile, person=person)


def set_accepting(person, accepting: bool) -> None:
    """From a form or an API that sends the whole profile: only a change counts, so saving an unrelated field
    never restarts a grace period."""
    if accepting == Profile.objects.filter(user=person).values_list("accepting_mentees", flat=True).get():
        return
    (resume_accepting if accepting else pause_accepting)(person)
