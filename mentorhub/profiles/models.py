from django.conf import settings
from django.db import connection, models, transaction
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from mentorhub.lib.time import zone_names

from . import search
from .photos import photo_path, photo_storage

MEETING_FORMATS = [("video", _("Video call")), ("phone", _("Phone")), ("in_person", _("In person"))]
CHANNELS = [("email", _("Email")), ("chat", _("Chat")), ("video", _("Video")), ("phone", _("Phone"))]
SEARCHED_FIELDS = {"name", "headline", "bio", "skills_offered"}


def all_timezones() -> list[str]:
    return sorted(zone_names())


def _program_fellows(user) -> RawSQL:
    """The people approved in, or coordinating, a program the person is approved in or coordinates.

    Plain SQL built from the relations' own tables and columns: the same subqueries through the ORM cost more to
    build and compile than the database takes to run them, on every page that lists people (issue 22).
    """
    enrollment = user.enrollments.model._meta
    coordinators = user.coordinated_programs.through._meta
    quote = connection.ops.quote_name
    enrollments, status = quote(enrollment.db_table), quote(enrollment.get_field("status").column)
    program, person = quote(enrollment.get_field("program").column), quote(enrollment.get_field("person").column)
    through = quote(coordinators.db_table)
    through_program = quote(coordinators.get_field("program").column)
    through_user = quote(coordinators.get_field("user").column)
    approved = user.enrollments.model.APPROVED
    mine = (
        f"SELECT {program} FROM {enrollments} WHERE {person} = %s AND {status} = %s "
        f"UNION SELECT {through_program} FROM {through} WHERE {through_user} = %s"
    )
    return RawSQL(
        f"SELECT {person} FROM {enrollments} WHERE {status} = %s AND {program} IN ({mine}) "
        f"UNION SELECT {through_user} FROM {through} WHERE {through_program} IN ({mine})",
        [approved, user.pk, approved, user.pk, user.pk, approved, user.pk],
    )


class ProfileQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Profiles a person may see: public ones, those sharing a program with them, and their own."""
        if not user.is_authenticated:
            return self.none()
        # Programs sit above profiles, so their rows are reached through the person's own relations
        # (docs/architecture.md). Subqueries that start from the programs' few members, not joins from every
        # profile: joins repeat a profile once per shared program and need DISTINCT over every column, which sorts
        # all 10,000 rows before a page of 20 can be cut (issue 22).
        in_my_programs = Q(user__in=_program_fellows(user))
        shared_scope = Q(visibility=Profile.EVERYONE) | (Q(visibility=Profile.PROGRAMS) & in_my_programs)
        return self.filter(Q(user=user) | (shared_scope & Q(user__is_active=True)))

    def update(self, **kwargs):
        """Also rewrites what the changed profiles are found by, when a searched field changes (bulk_update too)."""
        if SEARCHED_FIELDS.isdisjoint(kwargs):
            return super().update(**kwargs)
        with transaction.atomic(using=self.db):
            # Ids first: the update may change what this queryset's filter selects.
            ids = list(self.values_list("pk", flat=True))
            changed = super().update(**kwargs)
            profiles = list(self.model._base_manager.using(self.db).filter(pk__in=ids).only(*SEARCHED_FIELDS))
            for profile in profiles:
                profile.fill_search_text()
            self.model._base_manager.using(self.db).bulk_update(profiles, ["search_text"], batch_size=1000)
        return changed

    def mentors(self):
        return self.filter(accepting_mentees=True)

    def lock(self, user_id: int) -> "Profile":
        """The person's profile, locked until the transaction ends. It is the row that owns a person's counts (open
        requests, a mentor's places, imported contacts): concurrent changes to one count queue here. `of` keeps
        PostgreSQL from refusing FOR UPDATE when a caller's query joins a nullable relation."""
        return self.select_for_update(of=("self",)).get(user_id=user_id)


class Profile(models.Model):
    EVERYONE = "everyone"
    PROGRAMS = "programs"
    HIDDEN = "hidden"
    VISIBILITY_CHOICES = [
        (EVERYONE, _("Everyone on the platform")),
        (PROGRAMS, _("Only people in my programs")),
        (HIDDEN, _("Hidden")),
    ]

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    name = models.CharField(max_length=120)
    headline = models.CharField(max_length=160, blank=True)
    bio = models.TextField(blank=True, max_length=4000)
    # Served only by profiles.views.photo, under this profile's visibility (profiles/photos.py).
    photo = models.ImageField(upload_to=photo_path, storage=photo_storage, blank=True, db_index=True)
    current_role = models.CharField(max_length=120, blank=True)
    organisation = models.CharField(max_length=120, blank=True)
    industry = models.CharField(max_length=80, blank=True)
    years_experience = models.PositiveSmallIntegerField(null=True, blank=True)
    location = models.CharField(max_length=120, blank=True)
    timezone = models.CharField(max_length=64, default="UTC")
    # The language the hub speaks to this person (pages, emails, nudges); empty follows their browser.
    site_language = models.CharField(max_length=16, blank=True, choices=settings.LANGUAGES)
    languages = models.JSONField(default=list, blank=True)
    # [{"name": "SQL", "level": "expert"}]: the level weights how well a mentor covers a skill gap.
    skills_offered = models.JSONField(default=list, blank=True)
    skills_sought = models.JSONField(default=list, blank=True)
    values = models.JSONField(default=list, blank=True)
    interests = models.JSONField(default=list, blank=True)
    meeting_formats = models.JSONField(default=list, blank=True)
    channels = models.JSONField(default=list, blank=True)
    links = models.JSONField(default=list, blank=True)
    seeking_mentors = models.BooleanField(default=False, help_text=_("I am looking for mentors (mentee)."))
    accepting_mentees = models.BooleanField(default=False, help_text=_("I am open to mentoring others (mentor)."))
    mentor_capacity = models.PositiveSmallIntegerField(default=2, help_text=_("Maximum active mentees."))
    visibility = models.CharField(max_length=10, choices=VISIBILITY_CHOICES, default=EVERYONE)
    # Shown only to the people one meets (in their meetings), never on the profile: set on the availability page.
    video_link = models.URLField(
        max_length=500, blank=True, help_text=_("Your usual video-call room, for new meetings that name no other link.")
    )
    updated_at = models.DateTimeField(auto_now=True)
    # What people search finds this profile by (profiles/search.py), written on every save.
    search_text = models.TextField(blank=True, default="", editable=False)

    objects = ProfileQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(fields=["accepting_mentees", "visibility"]),
            # People search and the API list people by name: a page of 20 is read in order, not sorted from all.
            models.Index(fields=["name", "id"], name="profile_name_idx"),
            # The mentor directory reads max(updated_at) of mentor profiles on every request (docs/matching.md).
            models.Index(fields=["accepting_mentees", "updated_at"], name="profile_mentors_changed_idx"),
        ]

    def __str__(self):
        return self.name or self.user.email

    def save(self, *args, update_fields=None, **kwargs):
        self.fill_search_text()
        if update_fields is not None and SEARCHED_FIELDS & set(update_fields):
            update_fields = {*update_fields, "search_text"}
        super().save(*args, update_fields=update_fields, **kwargs)

    def get_absolute_url(self):
        return reverse("profiles:detail", args=[self.pk])

    def fill_search_text(self) -> None:
        """Also for bulk_create, which skips save()."""
        self.search_text = search.document(self.name, self.headline, self.bio, self.skills_offered)

    @property
    def initials(self) -> str:
        parts = [p for p in (self.name or self.user.email).replace(".", " ").split() if p]
        return "".join(p[0] for p in parts[:2]).upper() or "?"

    @property
    def avatar_hue(self) -> int:
        # A stable colour per person, so initials avatars are told apart at a glance. One of twelve hues, each
        # a rule in hub.css, because the Content-Security-Policy allows no inline style to carry any hue.
        return (self.user_id * 7) % 12 * 30

    @property
    def roles(self) -> list[str]:
        return [r for r, on in (("mentee", self.seeking_mentors), ("mentor", self.accepting_mentees)) if on]

    @property
    def skill_names_offered(self) -> list[str]:
        return [s["name"] for s in self.skills_offered]

    def meeting_format_names(self) -> list[str]:
        names = dict(MEETING_FORMATS)
        return [str(names.get(code, code)) for code in self.meeting_formats]

    def completeness(self) -> tuple[int, list[str]]:
        """How complete the profile is (0-100) and what is still missing, in the words the form uses."""
        checks = [
            (gettext("a headline"), bool(self.headline)),
            (gettext("a short bio"), len(self.bio) >= 40),
            (gettext("your current role"), bool(self.current_role)),
            (gettext("your industry"), bool(self.industry)),
            (gettext("the languages you speak"), bool(self.languages)),
            (gettext("your timezone"), self.timezone != "UTC" or bool(self.location)),
            (gettext("preferred meeting formats"), bool(self.meeting_formats)),
        ]
        if self.accepting_mentees:
            checks.append((gettext("skills you can offer"), bool(self.skills_offered)))
        if self.seeking_mentors:
            checks.append((gettext("skills you are looking for"), bool(self.skills_sought)))
        missing = [label for label, ok in checks if not ok]
        return round(100 * (len(checks) - len(missing)) / len(checks)), missing
