from django import forms
from django.conf import settings


class MessageForm(forms.Form):
    # The service checks the text (text.checked) so that the API, the pages and email replies share one rule.
    body = forms.CharField(
        label="Message",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Markdown works: **bold**, *italic*, lists, links.",
    )
    attachment = forms.FileField(
        required=False,
        help_text=f"An image, a PDF or a text file, up to {settings.CONVERSATION_ATTACHMENT_MAX_BYTES // 2**20} MB.",
    )


class EditForm(forms.Form):
    body = forms.CharField(label="Message", required=False, strip=False, widget=forms.Textarea(attrs={"rows": 4}))


class ReportForm(forms.Form):
    reason = forms.CharField(
        label="What is wrong with this message?",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Your program's coordinators (or the site's staff) will read this message and your reason, "
        "nothing else from your conversation.",
    )
