from django import forms
from django.conf import settings
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _


class MessageForm(forms.Form):
    # The service checks the text (text.checked) so that the API, the pages and email replies share one rule.
    body = forms.CharField(
        label=_("Message"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Markdown works: **bold**, *italic*, lists, links."),
    )
    attachment = forms.FileField(
        required=False,
        label=_("Attachment"),
        help_text=format_lazy(
            _("An image, a PDF or a text file, up to {size} MB."),
            size=settings.CONVERSATION_ATTACHMENT_MAX_BYTES // 2**20,
        ),
    )


class EditForm(forms.Form):
    body = forms.CharField(label=_("Message"), required=False, strip=False, widget=forms.Textarea(attrs={"rows": 4}))


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("What is wrong with this message?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Your program's coordinators (or the site's staff) will read this message and your reason, "
            "nothing else from your conversation."
        ),
    )
