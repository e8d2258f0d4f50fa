"""seed_demo writes its people in bulk (lib/bulk.py), past the ORM's save(): they must still be whole people."""

import pytest
from django.core.management import call_command
from django.db import connection

from conftest import make_person
from mentorhub.accounts.models import User
from mentorhub.lib import demo_data

pytestmark = pytest.mark.django_db


def test_demo_people_are_found_by_search_and_sign_ups_after_them_get_their_own_ids(client_for):
    early = make_person("early@example.org", "Early Bird")
    call_command("seed_demo", size=30)
    demo = User.objects.get(email="mentee@example.com")
    assert demo.pk > early.pk and demo.profile.user_id == demo.pk
    later = make_person("later@example.org", "Late Comer")  # the id sequence was moved past the demo's ids
    assert later.pk > User.objects.exclude(pk=later.pk).order_by("-pk").first().pk
    body = client_for(later).get("/api/profiles", {"q": demo.profile.name}).json()
    assert demo.profile.name in [p["name"] for p in body["items"]]
    assert demo.check_password(demo_data.DEMO_PASSWORD)


@pytest.mark.django_db(transaction=True)
def test_the_planner_knows_the_demo_tables_as_soon_as_the_seed_is_committed():
    """Without fresh statistics the first visitors after a seed get plans made for empty tables (slow searches)."""
    call_command("seed_demo", size=30)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT last_vacuum IS NOT NULL AND last_analyze IS NOT NULL FROM pg_stat_user_tables "
                "WHERE relname = 'profiles_profile'"
            )
        else:
            cursor.execute("SELECT COUNT(*) > 0 FROM sqlite_stat1 WHERE tbl = 'profiles_profile'")
        assert cursor.fetchone()[0]
