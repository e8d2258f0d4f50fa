"""CalDAV two-way sync with a person's own calendar.

Rules:
- A person connects one CalDAV calendar collection: its address, their user name and an app password. The password
  is kept encrypted (lib/sealed.py) and never shown again. The address follows the webhooks' rules
  (lib/outbound.py): public internet only unless WEBHOOKS_ALLOW_PRIVATE_TARGETS, checked with a fresh DNS answer at
  every sync, the connection pinned to the addresses that passed, redirects refused. Every request has
  AVAILABILITY_CALENDAR_TIMEOUT_SECONDS.
- Connecting syncs once at once: a calendar we cannot reach, or a wrong password, is refused and nothing is saved.
- Out: every event the apps put in people's calendars (lib/calendars.py; meetings scheduled, moved, held) is
  written into the calendar under its own UID, again only when its SEQUENCE changed; one that is called off is
  deleted (also when the person already deleted it). Past events are left alone.
- In: the calendar's busy events (not marked free, not cancelled, repeating ones at each occurrence; busy.py), other
  than the ones we put there, leave the person's free slots, like a subscribed iCalendar address.
- When: at once after a change (lib/calendars.changed marks the connection due and a task syncs it after the
  commit), and every AVAILABILITY_CALENDAR_REFRESH_MINUTES by the `availability.caldav` sweeper. Each sync claims
  the connection first (compare-and-set on its due time, and a lease of WORKER_CLAIM_TIMEOUT_MINUTES so two syncs
  of one calendar never overlap; one due again when it ends runs again at once). A failed sync keeps what we knew
  and records why; the availability page and the API show it.
"""

import contextlib
import logging
from datetime import datetime, timedelta

import caldav
import niquests
from caldav.lib.error import DAVError, NotFoundError
from django.conf import settings
from django.db.models import Q
from django.tasks import task
from django.utils import timezone
from django.utils.translation import gettext

from mentorhub.lib import calendars, outbound, sealed
from mentorhub.lib.errors import DomainError
from mentorhub.lib.i18n import in_language_of
from mentorhub.lib.time import zone_of

from . import busy
from .models import CalendarConnection
from .services import booking_window

FIELD = "caldav_url"
logger = logging.getLogger("mentorhub.caldav")


def _client(url: str, username: str, password: str) -> caldav.DAVClient:
    try:
        target = outbound.resolve(url, settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS)
    except DomainError as refusal:
        raise DomainError(refusal.message, field=FIELD) from None
    client = caldav.DAVClient(
        url=url,
        username=username,
        password=password,
        timeout=settings.AVAILABILITY_CALENDAR_TIMEOUT_SECONDS,
        enable_rfc6764=False,
    )
    client.session.close()
    # Connect only to the addresses just checked, whatever DNS answers by the time of the request.
    hosts = ",".join(f"{target.host}:{address}" for address in target.addresses)
    client.session = niquests.Session(resolver=f"in-memory://default/?hosts={hosts}")
    client.session.max_redirects = 0
    return client


def _remove(calendar, uid: str) -> None:
    # Already gone is fine: the person may have deleted it in their calendar app.
    with contextlib.suppress(NotFoundError):
        calendar.event_by_uid(uid).delete()


def _exchange(connection: CalendarConnection, password: str, now: datetime) -> tuple[dict, list]:
    """One sync: what we have copied there now, and the calendar's busy times. Raises DomainError."""
    client = _client(connection.url, connection.username, password)
    since = now - timedelta(days=1)
    wanted = calendars.entries_of(connection.person, since)
    copied = dict(connection.copied)
    try:
        calendar = client.calendar(url=connection.url)
        for uid, (_, ends_at) in list(copied.items()):
            if uid in wanted:
                continue
            if datetime.fromisoformat(ends_at) > since:
                _remove(calendar, uid)
            del copied[uid]
        for uid, entry in wanted.items():
            if uid not in copied or copied[uid][0] != entry.sequence:
                calendar.save_event(entry.document.decode())
                copied[uid] = [entry.sequence, entry.ends_at.isoformat()]
        start, end = booking_window(now)
        zone = zone_of(connection.person)
        found = []
        for event in calendar.search(start=start - timedelta(days=7), end=end + timedelta(days=7), event=True):
            if str(event.icalendar_component.get("UID", "")) in copied:
                continue
            found += busy.busy_intervals(event.data.encode(), zone, start - timedelta(days=7), end + timedelta(days=7))
    except DAVError as error:
        raise DomainError(_explain(error), field=FIELD) from None
    except (niquests.exceptions.RequestException, OSError, ValueError) as error:
        raise DomainError(
            gettext("We could not reach the calendar: {error}.").format(error=type(error).__name__), field=FIELD
        ) from None
    except Exception:
        # Another server's answer must never become a 500 for the person: keep it in the log, tell them plainly.
        logger.exception("CalDAV sync of %s failed", connection.url)
        raise DomainError(gettext("The calendar server answered something we could not read."), field=FIELD) from None
    finally:
        client.close()
    return copied, [[begin.isoformat(), finish.isoformat()] for begin, finish in sorted(found)]


def _explain(error: DAVError) -> str:
    if isinstance(error, caldav.lib.error.AuthorizationError):
        return gettext("The calendar refused the user name or app password.")
    if isinstance(error, NotFoundError):
        return gettext("There is no calendar at that address: copy the calendar's own address (CalDAV URL).")
    return gettext("The calendar server refused our request; check that the address is a CalDAV calendar.")


def connection_of(person) -> CalendarConnection | None:
    return CalendarConnection.objects.filter(person=person).first()


def connect(person, url: str, username: str, password: str) -> CalendarConnection:
    """Connect (or change) the person's CalDAV calendar after one successful sync; raises DomainError and saves
    nothing when it fails. An empty password keeps the one we have for the same address and user name."""
    url, username = url.strip(), username.strip()
    if not url:
        raise DomainError(gettext("Paste your calendar's CalDAV address."), field=FIELD)
    if not username:
        raise DomainError(gettext("Give the user name of your calendar account."), field="caldav_username")
    existing = connection_of(person)
    same = existing is not None and existing.url == url and existing.username == username
    if not password:
        if not same:
            raise DomainError(gettext("Give an app password for this calendar."), field="caldav_password")
        password = sealed.unseal(existing.password_sealed)
    connection = existing if same else CalendarConnection(person=person, url=url, username=username)
    now = timezone.now()
    copied, busy_times = _exchange(connection, password, now)
    CalendarConnection.objects.filter(person=person).exclude(pk=connection.pk).delete()
    connection.password_sealed = sealed.seal(password)
    connection.copied, connection.busy_times, connection.synced_at, connection.sync_error = copied, busy_times, now, ""
    connection.sync_due_at = now + timedelta(minutes=settings.AVAILABILITY_CALENDAR_REFRESH_MINUTES)
    connection.save()
    return connection


def disconnect(person) -> bool:
    """Forget the calendar. The meetings we put there are taken out first if the calendar answers; returns whether
    they were (if not, the person removes them)."""
    connection = connection_of(person)
    if connection is None:
        return True
    connection.person = person
    removed = True
    try:
        client = _client(connection.url, connection.username, sealed.unseal(connection.password_sealed))
        try:
            calendar = client.calendar(url=connection.url)
            for uid in connection.copied:
                _remove(calendar, uid)
        finally:
            client.close()
    except Exception:
        # Best effort, whatever went wrong: the person is told to remove them, and is disconnected all the same.
        logger.warning("CalDAV cleanup of %s failed", connection.url, exc_info=True)
        removed = False
    connection.delete()
    return removed


def _claim(connection: CalendarConnection, now: datetime) -> bool:
    """Take the connection for one sync: its due time moves on, and no other sync holds it."""
    later = now + timedelta(minutes=settings.AVAILABILITY_CALENDAR_REFRESH_MINUTES)
    lease = now + timedelta(minutes=settings.WORKER_CLAIM_TIMEOUT_MINUTES)
    free = Q(leased_until__isnull=True) | Q(leased_until__lt=now)
    claimed = CalendarConnection.objects.filter(free, pk=connection.pk, sync_due_at=connection.sync_due_at).update(
        sync_due_at=later, leased_until=lease
    )
    return claimed == 1


def _sync(connection: CalendarConnection, now: datetime) -> bool:
    try:
        # The reason is kept to be shown to the person later: written in their language.
        with in_language_of(connection.person):
            copied, busy_times = _exchange(connection, sealed.unseal(connection.password_sealed), now)
    except DomainError as failure:
        CalendarConnection.objects.filter(pk=connection.pk).update(sync_error=failure.message[:300], leased_until=None)
        return False
    CalendarConnection.objects.filter(pk=connection.pk).update(
        copied=copied, busy_times=busy_times, synced_at=now, sync_error="", leased_until=None
    )
    return True


def sync_due(now=None, person_ids=None) -> int:
    """Sync each connection that is due (of these people only, when given); the sweeper and the task. A meeting
    that changed while its connection was being synced (due again by the end) is synced again at once."""
    now = now or timezone.now()
    due = CalendarConnection.objects.filter(sync_due_at__lte=now).select_related("person__profile")
    if person_ids is not None:
        due = due.filter(person_id__in=person_ids)
    synced = 0
    for connection in due[:500]:
        for _ in range(3):
            if not _claim(connection, now):
                break  # another worker has it, and will see the change
            synced += _sync(connection, now)
            now = timezone.now()
            connection = CalendarConnection.objects.select_related("person__profile").get(pk=connection.pk)
            if connection.sync_due_at is None or connection.sync_due_at > now:
                break
    return synced


@task
def sync_calendars(person_ids: list[int]) -> None:
    sync_due(person_ids=person_ids)
