"""Every form drawn by includes/form.html names its choice groups for screen readers and ends no label in a colon."""

from django import forms
from django.template.loader import render_to_string


class Example(forms.Form):
    name = forms.CharField(label="Your name", help_text="As your mentor will see it.")
    visibility = forms.ChoiceField(
        label="Who can see it", choices=[("me", "Only me"), ("mentors", "My mentors")], widget=forms.RadioSelect
    )
    topics = forms.MultipleChoiceField(
        label="Topics", choices=[("sql", "SQL"), ("ux", "UX")], widget=forms.CheckboxSelectMultiple
    )


def test_radio_and_checkbox_groups_are_fieldsets_with_a_legend():
    page = render_to_string("includes/form.html", {"form": Example()})
    assert page.count("<fieldset") == 2
    assert "<legend>Who can see it</legend>" in page and "<legend>Topics</legend>" in page
    assert '<label for="id_name">Your name</label>' in page


def test_labels_end_without_a_colon():
    page = render_to_string("includes/form.html", {"form": Example()})
    assert ":</label>" not in page and ":</legend>" not in page
