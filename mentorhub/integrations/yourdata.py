"""A person's webhook subscriptions (without their secrets) in their export; the subscriptions go when they leave."""

from mentorhub.lib.yourdata import rows

from .models import WebhookSubscription


def export(person):
    return {"access.json": {"webhooks": rows(WebhookSubscription.objects.filter(owner=person), exclude=["secret"])}}


def erase(person):
    WebhookSubscription.objects.filter(owner=person).delete()
