from datetime import UTC, datetime

from mentorhub.lib import dueitems


def test_home_gathers_every_registered_apps_due_items_soonest_first_undated_last(monkeypatch):
    monkeypatch.setattr(dueitems, "providers", [])
    soon, later = datetime(2027, 1, 2, tzinfo=UTC), datetime(2027, 3, 1, tzinfo=UTC)
    dueitems.register(lambda person: [{"title": "Answer Ana's request", "due": later}, {"title": "Say thanks"}])
    dueitems.register(lambda person: [{"title": f"Prepare the agenda, {person}", "due": soon}])
    assert [i["title"] for i in dueitems.due_for("Maya")] == [
        "Prepare the agenda, Maya",
        "Answer Ana's request",
        "Say thanks",
    ]


def test_the_apps_with_due_items_register_themselves():
    owners = {provider.__module__ for provider in dueitems.providers}
    assert {
        "mentorhub.network.services",
        "mentorhub.relationships.services.relationships",
        "mentorhub.meetings.services.reads",
    } <= owners
