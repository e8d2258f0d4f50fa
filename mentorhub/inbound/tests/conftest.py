import pytest

from mentorhub.inbound import handlers
from mentorhub.lib.errors import DomainError
from mentorhub.meetings.models import ProgressUpdate
from mentorhub.meetings.services.progress import post_progress_update
from mentorhub.relationships import services as relationships
from mentorhub.relationships.models import Relationship
from mentorhub.relationships.services.access import get_relationship_for_user

DOMAIN = "replies.test.example"


def post_progress_by_email(person, object_id, text, message_id):
    """A topic for the tests only: a mentee's reply becomes a progress update in their relationship, through the
    relationships app's own door and the meetings app's own service, as the conversations app will do."""
    if len(text) > 4000:
        raise DomainError("A progress update holds at most 4,000 characters.", field="text")
    post_progress_update(get_relationship_for_user(person, object_id), person, text)


@pytest.fixture(autouse=True)
def inbound_settings(settings):
    settings.INBOUND_EMAIL_DOMAIN = DOMAIN
    settings.INBOUND_EMAIL_SECRET = "s3cret-for-the-relay"
    settings.INBOUND_EMAIL_MAX_BYTES = 64 * 1024
    return settings


@pytest.fixture(autouse=True)
def progress_topic():
    handlers.register("progress", post_progress_by_email)
    yield "progress"
    handlers.registered.pop("progress", None)


@pytest.fixture
def relationship(personas):
    request = relationships.send_request(personas.mentee, personas.mentor, message="Thanks for considering a call.")
    return Relationship.objects.get(pk=relationships.accept_request(request.pk, personas.mentor).pk)


@pytest.fixture
def updates():
    return lambda: list(ProgressUpdate.objects.values_list("text", flat=True))
