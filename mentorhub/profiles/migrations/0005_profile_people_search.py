"""People search (profiles/search.py): the folded words on each profile, and an index over them.

SQLite: an FTS5 table over `search_text`, kept in step by triggers, so that every way of writing a profile (save,
bulk_create, update, delete by cascade) keeps the index right. A later migration that makes SQLite rebuild the
profiles table drops these triggers with the old table: test_people_search.py checks that they exist.
PostgreSQL: a GIN index over the same expression the search uses.
"""

from django.db import migrations, models

from mentorhub.profiles.search import document

SQLITE = [
    "CREATE VIRTUAL TABLE profiles_search USING fts5(search_text, content='profiles_profile', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')",
    "CREATE TRIGGER profiles_search_insert AFTER INSERT ON profiles_profile BEGIN "
    "INSERT INTO profiles_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER profiles_search_delete AFTER DELETE ON profiles_profile BEGIN "
    "INSERT INTO profiles_search(profiles_search, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER profiles_search_update AFTER UPDATE OF search_text ON profiles_profile BEGIN "
    "INSERT INTO profiles_search(profiles_search, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO profiles_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO profiles_search(profiles_search) VALUES ('rebuild')",
]
SQLITE_UNDO = [
    "DROP TRIGGER IF EXISTS profiles_search_insert",
    "DROP TRIGGER IF EXISTS profiles_search_delete",
    "DROP TRIGGER IF EXISTS profiles_search_update",
    "DROP TABLE IF EXISTS profiles_search",
]
POSTGRESQL = ["CREATE INDEX profile_search_idx ON profiles_profile USING gin (to_tsvector('simple', search_text))"]
POSTGRESQL_UNDO = ["DROP INDEX IF EXISTS profile_search_idx"]


def fill(apps, schema_editor):
    Profile = apps.get_model("profiles", "Profile")
    profiles = list(Profile.objects.only("name", "headline", "bio", "skills_offered"))
    for profile in profiles:
        profile.search_text = document(profile.name, profile.headline, profile.bio, profile.skills_offered)
    Profile.objects.bulk_update(profiles, ["search_text"], batch_size=1000)


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
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRESQL}), run({"sqlite": SQLITE_UNDO, "postgresql": POSTGRESQL_UNDO})
        ),
    ]
