import pytest
from django.utils import timezone

from mentorhub.relationships.models import Relationship


@pytest.fixture
def relationship(personas):
    return Relationship.objects.create(
        mentee=personas.mentee, mentor=personas.mentor, program=personas.program, started_on=timezone.now().date()
    )
