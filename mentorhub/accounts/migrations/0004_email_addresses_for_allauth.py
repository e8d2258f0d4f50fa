"""Every person gets the primary address allauth logs them in by, verified as our own flag says; their password
hash is untouched, so they log in as before (tests/test_allauth_migration.py)."""

from django.db import migrations


def forwards(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    EmailAddress = apps.get_model("account", "EmailAddress")
    have = set(EmailAddress.objects.filter(primary=True).values_list("user_id", flat=True))
    people = User.objects.exclude(pk__in=have).values_list("pk", "email", "email_verified")
    EmailAddress.objects.bulk_create(
        [EmailAddress(user_id=pk, email=email.lower(), primary=True, verified=verified) for pk, email, verified in people.iterator()],
        batch_size=1000,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_cache_table"),
        ("account", "0009_emailaddress_unique_primary_email"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
