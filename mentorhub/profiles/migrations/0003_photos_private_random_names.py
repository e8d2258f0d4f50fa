import mentorhub.profiles.photos
from django.db import migrations, models


def clean_and_rename_existing_photos(apps, schema_editor):
    """Photos uploaded before kept their metadata and their uploaded names: clean each one as an upload would be,
    under a random name, and delete the original. A file that is gone or unreadable could not be shown anyway."""
    Profile = apps.get_model("profiles", "Profile")
    for profile in Profile.objects.exclude(photo="").iterator():
        old = profile.photo.name
        try:
            with profile.photo.open("rb") as original:
                profile.photo = mentorhub.profiles.photos.clean(original)
        except Exception:
            profile.photo = ""
        profile.save(update_fields=["photo"])
        mentorhub.profiles.photos.forget(old)


class Migration(migrations.Migration):

    dependencies = [
        ('profiles', '0002_profile_mentors_changed_idx'),
    ]

    operations = [
        migrations.AlterField(
            model_name='profile',
            name='photo',
            field=models.ImageField(blank=True, db_index=True, storage=mentorhub.profiles.photos.photo_storage, upload_to=mentorhub.profiles.photos.photo_path),
        ),
        migrations.RunPython(clean_and_rename_existing_photos, migrations.RunPython.noop),
    ]
