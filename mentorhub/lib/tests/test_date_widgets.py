"""Every date, time and datetime input renders an ISO value, whatever the site's locale.

A browser shows a `<input type="date">` whose value is `31/05/2027` as empty, and submits it empty: saving the form
unchanged would erase the date.
"""

import datetime as dt
import importlib
import inspect
import pkgutil
import re

import pytest
from django import forms

import mentorhub
from mentorhub.lib.forms import DateInput, DateTimeInput, TimeInput

ISO = {
    forms.DateField: (dt.date(2027, 5, 31), "2027-05-31", DateInput),
    forms.DateTimeField: (dt.datetime(2027, 5, 31, 14, 30), "2027-05-31T14:30", DateTimeInput),
    forms.TimeField: (dt.time(7, 5), "07:05", TimeInput),
}


def value_attribute(html):
    return re.search(r'value="([^"]*)"', html).group(1)


def project_form_classes():
    for module_info in pkgutil.walk_packages(mentorhub.__path__, "mentorhub."):
        if module_info.name.endswith(".forms"):
            module = importlib.import_module(module_info.name)
            for _, cls in inspect.getmembers(module, inspect.isclass):
                if issubclass(cls, forms.BaseForm) and cls.__module__ == module.__name__:
                    yield cls


def dated_fields():
    for form_class in project_form_classes():
        for name, field in form_class.base_fields.items():
            for field_type in ISO:
                if isinstance(field, field_type):
                    yield pytest.param(field, field_type, id=f"{form_class.__module__}.{form_class.__name__}.{name}")


def test_the_project_has_dated_forms_to_check():
    names = {p.id for p in dated_fields()}
    assert "mentorhub.relationships.forms.AgreementForm.review_on" in names
    assert "mentorhub.programs.forms.ProgramSettingsForm.starts_on" in names


@pytest.mark.parametrize(("field", "field_type"), list(dated_fields()))
def test_every_dated_field_renders_an_iso_value_in_a_typed_input(field, field_type):
    value, iso, widget_class = ISO[field_type]
    assert isinstance(field.widget, widget_class), "use the project's widget from mentorhub.lib.forms"
    html = field.widget.render("x", value)
    assert f'type="{widget_class.input_type}"' in html
    assert value_attribute(html) == iso


@pytest.mark.django_db
def test_program_settings_show_the_programs_dates(personas):
    from mentorhub.programs.forms import ProgramSettingsForm

    program = personas.program
    program.starts_on, program.ends_on = dt.date(2027, 1, 4), dt.date(2027, 5, 31)
    html = str(ProgramSettingsForm(instance=program))
    assert 'value="2027-01-04"' in html
    assert 'value="2027-05-31"' in html
    assert "31/05/2027" not in html


@pytest.mark.django_db
def test_proposed_agreement_changes_show_the_review_date(personas):
    from mentorhub.relationships.forms import AgreementForm
    from mentorhub.relationships.models import AgreementVersion, Relationship

    relationship = Relationship.objects.create(mentee=personas.mentee, mentor=personas.mentor)
    version = AgreementVersion(relationship=relationship, review_on=dt.date(2027, 5, 31))
    html = str(AgreementForm(relationship, personas.mentee, instance=version)["review_on"])
    assert value_attribute(html) == "2027-05-31"


def test_a_submitted_iso_date_is_read_back():
    field = forms.DateField(widget=DateInput)
    assert field.clean(field.widget.value_from_datadict({"d": "2027-05-31"}, {}, "d")) == dt.date(2027, 5, 31)
