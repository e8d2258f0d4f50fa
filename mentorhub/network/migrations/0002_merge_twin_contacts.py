from django.conf import settings
from django.db import migrations
from django.db.models.functions import Lower

FILLED_FROM_DUPLICATE = ["organisation", "role", "introduced_by", "known_for", "values_fit", "person_id",
                         "relationship_id", "connected_on"]  # fmt: skip


def merge_duplicate_contacts(apps, schema_editor):
    """Concurrent imports could add one person twice. Each extra row merges into the oldest one: its encounters,
    messages, goals and skill gaps move over, and details the oldest lacks are taken from it, so nothing is lost."""
    Contact = apps.get_model("network", "Contact")
    Encounter = apps.get_model("network", "Encounter")
    OutreachMessage = apps.get_model("network", "OutreachMessage")
    keeper = {}
    for contact in Contact.objects.exclude(email="").annotate(key=Lower("email")).order_by("created_at", "pk"):
        kept = keeper.setdefault((contact.owner_id, contact.key), contact)
        if kept.pk == contact.pk:
            continue
        Encounter.objects.filter(contact=contact).update(contact=kept)
        OutreachMessage.objects.filter(contact=contact).update(contact=kept)
        kept.goals.add(*contact.goals.all())
        kept.skill_gaps.add(*contact.skill_gaps.all())
        for field in FILLED_FROM_DUPLICATE:
            if not getattr(kept, field) and getattr(contact, field):
                setattr(kept, field, getattr(contact, field))
        kept.links = list(dict.fromkeys([*kept.links, *contact.links]))
        if contact.research_notes.strip() and contact.research_notes not in kept.research_notes:
            kept.research_notes = "\n\n".join(n for n in (kept.research_notes, contact.research_notes) if n.strip())
        kept.save()
        contact.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("goals", "0001_initial"),
        ("network", "0001_initial"),
        ("relationships", "0004_relationship_check_in_days"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(merge_duplicate_contacts, migrations.RunPython.noop),
    ]
