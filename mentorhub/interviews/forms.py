from django import forms

from mentorhub.lib.forms import DateTimeInput

PROPOSED = ("proposed_1", "proposed_2", "proposed_3")


class RequestForm(forms.Form):
    """The request: a coached message and either one of their free times or up to three proposed times."""

    BOOK, PROPOSE = "book", "propose"

    subject = forms.CharField(max_length=200)
    body = forms.CharField(label="Message", widget=forms.Textarea(attrs={"rows": 10}), max_length=5000)
    how = forms.ChoiceField(
        label="When",
        choices=[(BOOK, "Book one of their free times"), (PROPOSE, "Propose up to three times")],
        widget=forms.RadioSelect,
        initial=BOOK,
    )
    # A free time's radio posts its ISO moment with its offset (interviews/ask.html).
    starts_at = forms.DateTimeField(label="Their free time", required=False, widget=DateTimeInput)
    proposed_1 = forms.DateTimeField(label="First time", required=False, widget=DateTimeInput)
    proposed_2 = forms.DateTimeField(label="Second time", required=False, widget=DateTimeInput)
    proposed_3 = forms.DateTimeField(label="Third time", required=False, widget=DateTimeInput)

    def clean(self):
        data = super().clean()
        if data.get("how") == self.BOOK and not data.get("starts_at"):
            self.add_error("starts_at", "Pick one of their free times, or propose times instead.")
        return data

    def proposed(self) -> list:
        return [self.cleaned_data[f] for f in PROPOSED if self.cleaned_data.get(f)]


class AcceptForm(forms.Form):
    # Never rendered: each proposed time's button posts its own ISO moment with its offset.
    starts_at = forms.DateTimeField(widget=DateTimeInput)


class PrepForm(forms.Form):
    prep_notes = forms.CharField(
        label="Your questions", required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 6})
    )


class ReferralForm(forms.Form):
    name = forms.CharField(label="Who they suggested", max_length=120)
    organisation = forms.CharField(max_length=120, required=False)
    email = forms.EmailField(required=False)
    note = forms.CharField(label="Why talk to them", max_length=300, required=False)
