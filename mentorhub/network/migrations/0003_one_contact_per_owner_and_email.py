import django.db.models.functions.text
from django.db import migrations, models

# Apart from the merge (0002): PostgreSQL refuses to build an index in the transaction that changed rows under
# deferred foreign keys ("pending trigger events").


class Migration(migrations.Migration):
    dependencies = [("network", "0002_merge_twin_contacts")]

    operations = [
        migrations.AddConstraint(
            model_name="contact",
            constraint=models.UniqueConstraint(
                models.F("owner"),
                django.db.models.functions.text.Lower("email"),
                condition=models.Q(("email", ""), _negated=True),
                name="one_contact_per_owner_and_email",
            ),
        ),
    ]
