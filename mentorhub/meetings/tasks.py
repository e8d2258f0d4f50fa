from django.tasks import task

from . import ics


@task
def send_invitation(meeting_id: int, person_id: int, sequence: int) -> None:
    """A task so that a slow SMTP server never slows the page that scheduled the meeting."""
    ics.send_invitation_email(meeting_id, person_id, sequence)
