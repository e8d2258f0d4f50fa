from django.db import migrations, models
from django.db.models import Q

DRAFT = Q(confirmed_by_mentee_at__isnull=True) | Q(confirmed_by_mentor_at__isnull=True)

# Apart from the clean-up (0005): PostgreSQL refuses to build an index in the transaction that deleted rows under
# deferred foreign keys ("pending trigger events").


class Migration(migrations.Migration):
    dependencies = [("relationships", "0005_keep_newest_agreement_draft")]

    operations = [
        migrations.AddConstraint(
            model_name="agreementversion",
            constraint=models.UniqueConstraint(condition=DRAFT, fields=("relationship",), name="one_agreement_draft"),
        ),
    ]
