from django.db import migrations, models


def forget_system_error_texts(apps, schema_editor):
    # Earlier deliveries stored the system's own error text, which could describe the server's network.
    apps.get_model("integrations", "WebhookDelivery").objects.exclude(last_error="").update(last_error="")


class Migration(migrations.Migration):

    dependencies = [
        ('integrations', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='webhookdelivery',
            name='last_duration_ms',
            field=models.PositiveIntegerField(blank=True, null=True),
        ),
        migrations.RunPython(forget_system_error_texts, migrations.RunPython.noop),
    ]
