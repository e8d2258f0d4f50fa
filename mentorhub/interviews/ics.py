"""Informational interviews in people's own calendars (lib/ics.py, lib/calendars.py): the CalDAV copies, the .ics
download and the Add to Google / Outlook links.

An interview is given its time once and never moved (cancelled, it leaves the calendars), so its SEQUENCE stays 0;
its UID comes from its id and the site's host, the same in every copy and download.
"""

from datetime import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext

from mentorhub.lib import ics
from mentorhub.lib.calendars import Entry
from mentorhub.lib.i18n import in_language_of

from .models import InformationalInterview


def uid(interview: InformationalInterview) -> str:
    return f"interview-{interview.pk}@{urlsplit(settings.SITE_URL).hostname}"


def as_event(interview: InformationalInterview) -> ics.CalendarEvent:
    url = settings.SITE_URL + interview.get_absolute_url()
    join = [gettext("Join: {link}").format(link=interview.video_link)] if interview.video_link else []
    where = [gettext("Prep sheet, referrals and follow-up: {url}").format(url=url)]
    names = f"{interview.requester.profile.name} & {interview.interviewee.profile.name}"
    return ics.CalendarEvent(
        uid=uid(interview),
        sequence=0,
        starts_at=interview.starts_at,
        ends_at=interview.ends_at,
        summary=gettext("Informational interview: {names}").format(names=names),
        details=[
            gettext("{minutes} minutes: {topic}").format(minutes=interview.duration_minutes, topic=interview.topic),
            *join,
            *where,
        ],
        links_details=[interview.topic, *join, *where],
        location=interview.video_link,
        url=url,
        cancelled=interview.status == InformationalInterview.CANCELLED,
    )


def calendar_entries(person, since: datetime) -> list[Entry]:
    """The lib/calendars provider: the person's scheduled interviews ending after `since` (asked or given). A
    cancelled one is no longer among them, so the sync removes it."""
    interviews = InformationalInterview.objects.filter(
        Q(requester=person) | Q(interviewee=person), status=InformationalInterview.SCHEDULED, ends_at__gt=since
    ).select_related("requester__profile", "interviewee__profile")
    stamp = timezone.now()
    # The copy in someone's calendar reads in their language, whoever's action started the sync.
    with in_language_of(person):
        return [ics.entry(as_event(interview), stamp) for interview in interviews]
