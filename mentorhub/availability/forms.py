from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from mentorhub.lib.forms import DateTimeInput, TimeInput

from .models import WEEKDAYS


def range_fields(weekday: int, position: int) -> tuple[str, str]:
    return f"day{weekday}_{position}_start", f"day{weekday}_{position}_end"


class AvailabilityForm(forms.Form):
    """Weekly hours as up to AVAILABILITY_RANGES_PER_DAY from-until pairs a weekday, then buffers and the maximum."""

    buffer_before_minutes = forms.IntegerField(
        label=_("Free minutes before each meeting"), min_value=0, max_value=settings.AVAILABILITY_BUFFER_MAX_MINUTES
    )
    buffer_after_minutes = forms.IntegerField(
        label=_("Free minutes after each meeting"), min_value=0, max_value=settings.AVAILABILITY_BUFFER_MAX_MINUTES
    )
    weekly_max = forms.IntegerField(
        label=_("At most this many meetings a week"),
        required=False,
        min_value=1,
        max_value=settings.AVAILABILITY_WEEKLY_MAX_LIMIT,
        help_text=_("Leave empty for no maximum."),
    )

    video_link = forms.URLField(
        label=_("Your usual video-call room"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_(
            "New video meetings you plan, or that are booked with you, use it unless they name another link. "
            "Only the people you meet see it."
        ),
    )

    busy_calendar_url = forms.URLField(
        label=_("Your calendar's private address (iCalendar)"),
        required=False,
        max_length=1000,
        assume_scheme="https",
        help_text=_(
            "Busy times in it are taken out of your free time. We read it now and every half hour; "
            "nobody else sees the address or the events."
        ),
    )

    def __init__(self, *args, availability, **kwargs):
        initial = {
            "busy_calendar_url": availability.busy_calendar_url,
            "video_link": availability.person.profile.video_link,
            "buffer_before_minutes": availability.buffer_before_minutes,
            "buffer_after_minutes": availability.buffer_after_minutes,
            "weekly_max": availability.weekly_max,
        }
        filled: dict[int, int] = {}
        for entry in availability.weekly_hours:
            position = filled.get(entry["weekday"], 0)
            filled[entry["weekday"]] = position + 1
            start, end = range_fields(entry["weekday"], position)
            initial[start], initial[end] = entry["start"], entry["end"]
        super().__init__(*args, initial=initial, **kwargs)
        for weekday, name in enumerate(WEEKDAYS):
            for position in range(settings.AVAILABILITY_RANGES_PER_DAY):
                start, end = range_fields(weekday, position)
                self.fields[start] = forms.TimeField(
                    label=gettext("{day} from").format(day=name), required=False, widget=TimeInput()
                )
                self.fields[end] = forms.TimeField(
                    label=gettext("{day} until").format(day=name),
                    required=False,
                    widget=TimeInput(),
                    help_text=_("00:00 is midnight."),
                )

    def days(self) -> list[dict]:
        """The weekday rows of the page: each with its from-until pairs of bound fields."""
        return [
            {
                "name": name,
                "ranges": [
                    (self[start], self[end])
                    for start, end in (range_fields(weekday, p) for p in range(settings.AVAILABILITY_RANGES_PER_DAY))
                ],
            }
            for weekday, name in enumerate(WEEKDAYS)
        ]

    def clean(self):
        data = super().clean()
        for weekday in range(7):
            for position in range(settings.AVAILABILITY_RANGES_PER_DAY):
                start, end = range_fields(weekday, position)
                if start in data and end in data and (data[start] is None) != (data[end] is None):
                    missing = start if data[start] is None else end
                    self.add_error(missing, gettext("Give both the start and the end of this range, or neither."))
        return data

    def weekly_hours(self) -> list[tuple[int, object, object]]:
        data = self.cleaned_data
        found = []
        for weekday in range(7):
            for position in range(settings.AVAILABILITY_RANGES_PER_DAY):
                start, end = range_fields(weekday, position)
                if data.get(start) is not None and data.get(end) is not None:
                    found.append((weekday, data[start], data[end]))
        return found


class CalendarForm(forms.Form):
    caldav_url = forms.URLField(
        label=_("Your calendar's CalDAV address"),
        max_length=1000,
        assume_scheme="https",
        help_text=_(
            "The address of one calendar (Nextcloud, Fastmail, iCloud, Radicale…), from your calendar app's "
            "settings. Your meetings appear in it and its busy times are taken out of your free time."
        ),
    )
    caldav_username = forms.CharField(label=_("User name"), max_length=200)
    caldav_password = forms.CharField(
        label=_("App password"),
        required=False,
        max_length=500,
        widget=forms.PasswordInput,
        help_text=_(
            "Make an app password for Mentorship Hub in your calendar account. We keep it encrypted and never "
            "show it again; leave it empty to keep the one we have."
        ),
    )


DURATIONS = [
    (20, _("20 minutes")),
    (30, _("30 minutes")),
    (45, _("45 minutes")),
    (60, _("1 hour")),
    (90, _("1 ½ hours")),
]


class DurationForm(forms.Form):
    duration_minutes = forms.TypedChoiceField(
        label=_("How long"), choices=DURATIONS, coerce=int, initial=settings.MEETING_MINUTES_DEFAULT
    )


class BookForm(DurationForm):
    # Never rendered: each free slot's button posts its own ISO moment with its offset (availability/book.html).
    starts_at = forms.DateTimeField(widget=DateTimeInput)
