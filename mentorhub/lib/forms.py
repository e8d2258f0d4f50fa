"""The project's one set of date and time widgets.

Browsers only understand ISO values in `<input type="date">`, `datetime-local` and `time`; Django would render
the locale's format (en-gb: 31/05/2027), which the browser shows as empty and then submits empty, so saving a
form unchanged erased its dates. Parsing needs nothing special: Django always accepts ISO input.
"""

from django import forms


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%H:%M")
