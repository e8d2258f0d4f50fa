"""People search (profiles/search.py): the folded words on each profile, and an index over them.

SQLite: an FTS5 table over `search_text`, kept in step by triggers, so that every way of writing a profile (save,
bulk_create, update, delete by cascade) keeps the index right. PostgreSQL: a GIN index over the same expression the
search uses. Both are made by `search.create_index`, which the app also runs after every `migrate`: a later
migration that makes SQLite rebuild the profiles table drops the triggers with the old table.
"""

from django.db import migrations, models

from mentorhub.profiles import search

SQLITE_UNDO = [
    "DROP TRIGGER IF EXISTS profiles_search_insert",
    "DROP TRIGGER IF EXISTS profiles_search_delete",
    "DROP TRIGGER IF EXISTS profiles_search_update",
    "DROP TABLE IF EXISTS profiles_search",
]
POSTGRESQL_UNDO = ["DROP INDEX IF EXISTS profile_search_idx"]


def fill(apps, schema_editor):
    Profile = apps.get_model("profiles", "Profile")
    profiles = list(Profile.objects.only("name", "headline", "bio", "skills_offered"))
    for profile in profiles:
        profile.search_text = search.document(profile.name, profile.headline, profile.bio, profile.skills_offered)
    Profile.objects.bulk_update(profiles, ["search_text"], batch_size=1000)


def create(apps, schema_editor):
    search.create_index(schema_editor.connection)


def run(statements):
    def operation(apps, schema_editor):
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql, params=None)

    return operation


class Migration(migrations.Migration):
    dependencies = [("profiles", "0004_profile_default_video_link")]

    operations = [
        migrations.AddField(
            model_name="profile",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddIndex(
            model_name="profile",
            index=models.Index(fields=["name", "id"], name="profile_name_idx"),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(create, run({"sqlite": SQLITE_UNDO, "postgresql": POSTGRESQL_UNDO})),
    ]
