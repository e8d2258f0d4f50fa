from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    # The rate limits count in the database cache; every install gets its table from `migrate`.
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_tokenusage")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
