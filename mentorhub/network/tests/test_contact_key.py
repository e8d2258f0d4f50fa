"""A contact's natural key (owner and email) is unique; the migration that adds it merges the twins concurrent
imports used to make, keeping everything attached to either."""

import pytest
from django.db import IntegrityError, connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from mentorhub.network.models import Contact, Encounter

BEFORE = [("network", "0001_initial")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_the_migration_merges_twin_contacts_and_keeps_their_encounters_and_details():
    old = migrate(BEFORE)
    User, OldContact = old.get_model("accounts", "User"), old.get_model("network", "Contact")
    owner = User.objects.create(email="owner@test.example", password="!")
    other = User.objects.create(email="other@test.example", password="!")
    first = OldContact.objects.create(owner=owner, name="Sofia Almeida", email="sofia@lumen.example")
    twin = OldContact.objects.create(
        owner=owner, name="Sofia A.", email="SOFIA@lumen.example", role="Product lead", links=["https://x.example/s"]
    )
    now = timezone.now()
    old.get_model("network", "Encounter").objects.create(
        owner=owner, contact=twin, where="ProductCamp", met_at=now, follow_up_due_at=now
    )
    OldContact.objects.create(owner=other, name="Sofia Almeida", email="sofia@lumen.example")

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    kept = Contact.objects.get(owner_id=owner.pk)
    assert kept.pk == first.pk and kept.name == "Sofia Almeida"
    assert (kept.role, kept.links) == ("Product lead", ["https://x.example/s"])
    assert Encounter.objects.get().contact_id == kept.pk
    assert Contact.objects.filter(owner_id=other.pk).count() == 1  # another person's contact is theirs alone
    with pytest.raises(IntegrityError):
        Contact.objects.create(owner_id=owner.pk, name="Sofia again", email="Sofia@Lumen.example")
