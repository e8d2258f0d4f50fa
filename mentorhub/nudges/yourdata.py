"""A person's check-ins, notifications and delivery preferences: exported, and erased when they leave."""

from mentorhub.lib.yourdata import rows

from .models import Audit, DeliveryPreferences, Notification, Nudge, Pulse


def export(person):
    return {
        "check_ins.json": {
            "pulses": rows(Pulse.objects.filter(person=person)),
            "audits": rows(Audit.objects.filter(person=person)),
        },
        "notifications.json": {
            "notifications": rows(Notification.objects.filter(person=person), exclude=["nudge"]),
            "nudges": rows(Nudge.objects.filter(person=person), exclude=["claim_token", "last_error"]),
            "delivery_preferences": rows(
                DeliveryPreferences.objects.filter(person=person), exclude=["unsubscribe_token"]
            ),
        },
    }


def erase(person):
    Pulse.objects.filter(person=person).delete()
    Audit.objects.filter(person=person).delete()
    Nudge.objects.filter(person=person).delete()
    Notification.objects.filter(person=person).delete()
    DeliveryPreferences.objects.filter(person=person).delete()
