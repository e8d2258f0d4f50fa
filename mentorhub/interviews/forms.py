from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from mentorhub.lib.forms import DateTimeInput

PROPOSED = ("proposed_1", "proposed_2", "proposed_3")


class RequestForm(forms.Form):
    """The request: a coached message and either one of their free times or up to three proposed times."""

    BOOK, PROPOSE = "book", "propose"

    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 10}), max_length=5000)
    how = forms.ChoiceField(
        label=_("When"),
        choices=[(BOOK, _("Book one of their free times")), (PROPOSE, _("Propose up to three times"))],
        widget=forms.RadioSelect,
        initial=BOOK,
    )
    # A free time's radio posts its ISO moment with its offset (interviews/ask.html).
    starts_at = forms.DateTimeField(label=_("Their free time"), required=False, widget=DateTimeInput)
    proposed_1 = forms.DateTimeField(label=_("First time"), required=False, widget=DateTimeInput)
    proposed_2 = forms.DateTimeField(label=_("Second time"), required=False, widget=DateTimeInput)
    proposed_3 = forms.DateTimeField(label=_("Third time"), required=False, widget=DateTimeInput)

    def clean(self):
        data = super().clean()
        if data.get("how") == self.BOOK and not data.get("starts_at"):
            self.add_error("starts_at", gettext("Pick one of their free times, or propose times instead."))
        return data

    def proposed(self) -> list:
        return [self.cleaned_data[f] for f in PROPOSED if self.cleaned_data.get(f)]


class AcceptForm(forms.Form):
    # Never rendered: each proposed time's button posts its own ISO moment with its offset.
    starts_at = forms.DateTimeField(widget=DateTimeInput)


class PrepForm(forms.Form):
    prep_notes = forms.CharField(
        label=_("Your questions"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 6})
    )


class ReferralForm(forms.Form):
    name = forms.CharField(label=_("Who they suggested"), max_length=120)
    organisation = forms.CharField(label=_("Organisation"), max_length=120, required=False)
    email = forms.EmailField(label=_("Email"), required=False)
    note = forms.CharField(label=_("Why talk to them"), max_length=300, required=False)
