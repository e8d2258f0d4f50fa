from functools import cache

from django.db.models import F, Func, IntegerField, Subquery
from django.urls import reverse

from mentorhub.accounts.models import User
from mentorhub.conversations.services import unread_messages
from mentorhub.lib.prepared import first_row
from mentorhub.nudges.services import unread_notifications

from .sections import SECTIONS


def navigation(request):
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    items = []
    for section in SECTIONS:
        url = reverse(section.url_name) if section.url_name else reverse("home:coming_soon", args=[section.slug])
        current = request.path == url if section.slug == "home" else request.path.startswith(url)
        items.append({"label": section.label, "url": url, "current": current})
    return {"nav_items": items}


def counted(queryset) -> Subquery:
    """COUNT(*) of a queryset, as a subquery of another query."""
    return Subquery(
        queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n"), output_field=IntegerField()
    )


def header_counts_of(person_id: int):
    return (
        User.objects.filter(pk=person_id)
        .annotate(
            unread_notes=counted(unread_notifications(person_id)), unread_messages=counted(unread_messages(person_id))
        )
        .values_list("unread_notes", "unread_messages")
    )


def header_counts(person) -> tuple[int, int]:
    """The layout's unread notifications and messages, in one query (built once per process: lib/prepared)."""
    return first_row("header_counts", header_counts_of, person.pk)


def unread(request):
    """The header's two badges. Templates call these only when they draw the header (pages, not the fragments htmx
    swaps in), and both come from one query, at most once per request."""
    user = getattr(request, "user", None)
    if not user or not user.is_authenticated:
        return {}
    counts = cache(lambda: header_counts(user))
    return {"unread_notifications": lambda: counts()[0], "unread_messages": lambda: counts()[1]}
