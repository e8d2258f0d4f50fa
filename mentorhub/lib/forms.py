"""The project's one set of date and time widgets, and the renderer every form field is drawn with.

Browsers only understand ISO values in `<input type="date">`, `datetime-local` and `time`; Django would render
the locale's format (en-gb: 31/05/2027), which the browser shows as empty and then submits empty, so saving a
form unchanged erased its dates. Parsing needs nothing special: Django always accepts ISO input.
"""

from django import forms
from django.forms import renderers
from django.template import TemplateDoesNotExist
from django.utils.functional import cached_property


class FormRenderer(renderers.Jinja2):
    """Django's own widget templates in their Jinja2 version (settings.FORM_RENDERER): the same markup, drawn several
    times faster than by the Django template engine (BENCHMARKS.md, issue 22). A widget that ships only a Django
    template, as the admin's do (admin/widgets/…), is drawn by Django's engine."""

    def get_template(self, template_name):
        try:
            return super().get_template(template_name)
        except TemplateDoesNotExist:
            return self.django_templates.get_template(template_name)

    @cached_property
    def django_templates(self):
        return renderers.DjangoTemplates()


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
