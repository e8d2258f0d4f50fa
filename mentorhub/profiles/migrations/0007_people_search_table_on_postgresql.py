"""People search on PostgreSQL reads a narrow table of each profile's words (`profiles_search`, kept in step by
triggers, as SQLite's FTS5 table is) instead of a GIN index over `to_tsvector(search_text)` of the wide profile row:
see profiles/search.py. Nothing changes on SQLite."""

from django.db import migrations

from mentorhub.profiles import search


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    search.create_index(schema_editor.connection)
    schema_editor.execute("DROP INDEX IF EXISTS profile_search_idx")


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in search.POSTGRESQL_TRIGGERS:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON profiles_profile")
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {name}()")
    schema_editor.execute("DROP TABLE IF EXISTS profiles_search")
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS profile_search_idx ON profiles_profile USING gin (to_tsvector('simple', search_text))"
    )


class Migration(migrations.Migration):
    dependencies = [("profiles", "0006_profile_site_language")]

    operations = [migrations.RunPython(forward, backward)]
