import re

from django import forms
from django.conf import settings
from django.core.validators import URLValidator
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from PIL import Image

from mentorhub.lib.audience import PROFILE, Audience
from mentorhub.lib.errors import DomainError
from mentorhub.lib.i18n import list_of

from . import levels, photos
from .availability import set_accepting
from .models import CHANNELS, MEETING_FORMATS, Profile, all_timezones

SKILL_RE = re.compile(r"^(?P<name>[^()]+?)\s*(?:\((?P<level>[^()]*)\))?$")
ALLOWED_PHOTO_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "GIF": "GIF"}
NOT_AN_IMAGE = _("That file is not an image we can read. Use JPEG, PNG, WebP or GIF.")


class ListField(forms.CharField):
    """Comma-separated words in the form, a clean list of distinct strings in the model."""

    def prepare_value(self, value):
        return ", ".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        seen, items = set(), []
        for item in (value or "").split(","):
            item = " ".join(item.split())
            if item and item.lower() not in seen:
                seen.add(item.lower())
                items.append(item[:60])
        return items


class SkillLevelField(ListField):
    """“Python (advanced), SQL (expert)”: a level in brackets, intermediate when left out."""

    def prepare_value(self, value):
        if isinstance(value, list):
            return ", ".join(f"{s['name']} ({levels.label(s['level'])})" for s in value)
        return value

    def to_python(self, value):
        skills = []
        for item in super().to_python(value):
            match = SKILL_RE.match(item)
            level = levels.parse((match and match["level"]) or "intermediate")
            if not match or level is None:
                raise forms.ValidationError(
                    gettext("“{item}”: write a skill with an optional level in brackets, one of {levels}.").format(
                        item=item, levels=list_of([levels.label(key) for key in levels.SKILL_LEVELS], "or")
                    )
                )
            skills.append({"name": match["name"].strip(), "level": level})
        return skills


class LinksField(forms.CharField):
    widget = forms.Textarea(attrs={"rows": 2})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        links = [line.strip() for line in (value or "").splitlines() if line.strip()]
        validate = URLValidator(schemes=["http", "https"])
        for link in links:
            try:
                validate(link)
            except forms.ValidationError:
                raise forms.ValidationError(
                    gettext("“{link}” is not a web address (start it with https://).").format(link=link[:80])
                ) from None
        if len(links) > 10:
            raise forms.ValidationError(gettext("Ten links at most."))
        return links


PROFILE_FIELDS = [
    "name", "headline", "photo", "bio", "current_role", "organisation", "industry", "years_experience",
    "location", "timezone", "site_language", "languages", "skills_offered", "skills_sought", "values", "interests",
    "meeting_formats", "channels", "links", "seeking_mentors", "accepting_mentees", "mentor_capacity",
    "visibility",
]  # fmt: skip


class ProfileForm(Audience, forms.ModelForm):
    audience = dict.fromkeys(["headline", "bio", "current_role", "organisation", "location", "links"], PROFILE)

    timezone = forms.ChoiceField(
        choices=[(tz, tz) for tz in all_timezones()], label=_("Timezone"), help_text=_("Where you usually are.")
    )
    site_language = forms.ChoiceField(
        choices=[("", _("The one my browser asks for")), *settings.LANGUAGES],
        required=False,
        label=_("Language of the hub"),
        help_text=_("Pages, emails and reminders reach you in it."),
    )
    languages = ListField(
        required=False, label=_("Languages"), help_text=_("Comma-separated, e.g. English, Portuguese.")
    )
    skills_offered = SkillLevelField(
        required=False,
        label=_("Skills you can offer"),
        help_text=_("Comma-separated, with a level in brackets: Python (expert), public speaking (advanced)."),
    )
    skills_sought = ListField(required=False, label=_("Skills you want to grow"), help_text=_("Comma-separated."))
    values = ListField(
        required=False, label=_("Values"), help_text=_("What matters to you at work, e.g. honesty, craft, inclusion.")
    )
    interests = ListField(required=False, label=_("Interests"), help_text=_("Comma-separated."))
    meeting_formats = forms.MultipleChoiceField(
        choices=MEETING_FORMATS,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Preferred meeting formats"),
    )
    channels = forms.MultipleChoiceField(
        choices=CHANNELS,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Channels between meetings"),
    )
    links = LinksField(required=False, label=_("Links"), help_text=_("One per line: LinkedIn, portfolio, blog."))
    # Not a plain column: pausing and resuming go through availability.py, which handles open requests.
    accepting_mentees = forms.BooleanField(
        required=False, label=_("I am accepting mentees"), help_text=_("I am open to mentoring others (mentor).")
    )
    field_order = PROFILE_FIELDS

    class Meta:
        model = Profile
        fields = [f for f in PROFILE_FIELDS if f != "accepting_mentees"]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 4}),
            "photo": forms.ClearableFileInput(attrs={"accept": "image/*"}),
        }
        error_messages = {"photo": {"invalid_image": NOT_AN_IMAGE}}
        # The model's fields are named for code; these are the words people read.
        labels = {
            "name": _("Name"),
            "headline": _("Headline"),
            "photo": _("Photo"),
            "bio": _("Bio"),
            "current_role": _("Current role"),
            "organisation": _("Organisation"),
            "industry": _("Industry"),
            "years_experience": _("Years experience"),
            "location": _("Location"),
            "seeking_mentors": _("I am looking for mentors"),
            "mentor_capacity": _("Mentor capacity"),
            "visibility": _("Visibility"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["accepting_mentees"].initial = self.instance.accepting_mentees

    def save(self, commit=True):
        profile = super().save(commit)
        if commit:
            set_accepting(profile.user, self.cleaned_data["accepting_mentees"])
        return profile

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if not photo or not hasattr(photo, "content_type"):
            return photo  # unchanged or cleared
        if photo.size > settings.PROFILE_PHOTO_MAX_BYTES:
            raise forms.ValidationError(
                gettext("The photo is {size} KB; 2 MB at most, please.").format(
                    size=number_format(photo.size // 1024, force_grouping=True)
                )
            )
        try:
            image = Image.open(photo)
            image.verify()
        except Exception:
            raise forms.ValidationError(NOT_AN_IMAGE) from None
        if image.format not in ALLOWED_PHOTO_FORMATS:
            raise forms.ValidationError(gettext("Use a JPEG, PNG, WebP or GIF photo."))
        photo.seek(0)
        try:
            return photos.clean(photo)
        except DomainError as refusal:
            raise forms.ValidationError(refusal.message) from None
        except Exception:
            raise forms.ValidationError(NOT_AN_IMAGE) from None

    def clean_mentor_capacity(self):
        capacity = self.cleaned_data["mentor_capacity"]
        if capacity is not None and capacity > settings.MENTOR_CAPACITY_MAX:
            raise forms.ValidationError(
                gettext("{count} mentees at most: mentoring takes time.").format(count=settings.MENTOR_CAPACITY_MAX)
            )
        return capacity
