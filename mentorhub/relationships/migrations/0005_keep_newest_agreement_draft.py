from django.conf import settings
from django.db import migrations
from django.db.models import Q

DRAFT = Q(confirmed_by_mentee_at__isnull=True) | Q(confirmed_by_mentor_at__isnull=True)


def keep_the_newest_draft(apps, schema_editor):
    """Two proposals at once could each leave a draft. A newer proposal replaces a draft (services.propose_agreement),
    so only each relationship's newest draft is still on the table; the older ones go, as the service would have."""
    AgreementVersion = apps.get_model("relationships", "AgreementVersion")
    newest = {}
    for version in AgreementVersion.objects.filter(DRAFT).order_by("-number", "-pk"):
        if newest.setdefault(version.relationship_id, version.pk) != version.pk:
            version.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("goals", "0001_initial"),
        ("relationships", "0004_relationship_check_in_days"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(keep_the_newest_draft, migrations.RunPython.noop),
    ]
