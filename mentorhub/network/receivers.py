"""A mentorship that starts, however it starts, moves the mentee's contact for that mentor to "mentoring"."""

from django.dispatch import receiver

from mentorhub.relationships.signals import relationship_started

from . import services


@receiver(relationship_started, dispatch_uid="network.link_relationship")
def link_contact(sender, relationship, **kwargs):
    services.link_relationship(relationship)
