"""At most one agreement draft per relationship; the migration that adds the constraint keeps each relationship's
newest draft, as a new proposal would have, and every confirmed version."""

import pytest
from django.db import IntegrityError, connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from mentorhub.relationships.models import AgreementVersion


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_the_newest_draft_and_every_confirmed_version():
    old = migrate([("relationships", "0004_relationship_check_in_days")])
    User, Version = old.get_model("accounts", "User"), old.get_model("relationships", "AgreementVersion")
    mentee = User.objects.create(email="mentee@test.example", password="!")
    mentor = User.objects.create(email="mentor@test.example", password="!")
    relationship = old.get_model("relationships", "Relationship").objects.create(mentee=mentee, mentor=mentor)
    now = timezone.now()
    Version.objects.create(relationship=relationship, number=1, confirmed_by_mentee_at=now, confirmed_by_mentor_at=now)
    Version.objects.create(relationship=relationship, number=2, cadence="weekly")
    Version.objects.create(relationship=relationship, number=3, cadence="fortnightly")

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    versions = AgreementVersion.objects.filter(relationship_id=relationship.pk).order_by("number")
    kept = [(v.number, v.cadence, v.is_confirmed) for v in versions]
    assert kept == [(1, "monthly", True), (3, "fortnightly", False)]
    with pytest.raises(IntegrityError):
        AgreementVersion.objects.create(relationship_id=relationship.pk, number=4)
