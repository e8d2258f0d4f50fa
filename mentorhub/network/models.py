from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .outreach_templates import TEMPLATE_CHOICES, TEMPLATES

# Seed 001: "Follow up within 48 hours with a personalized note referencing your conversation."
ENCOUNTER_FOLLOW_UP = timedelta(hours=48)


def follow_up_after() -> timedelta:
    """How long an unanswered message waits before one polite follow-up is suggested."""
    return timedelta(days=settings.OUTREACH_FOLLOW_UP_DAYS)


def normalise(text: str) -> str:
    return " ".join((text or "").split()).casefold()


class ContactQuerySet(models.QuerySet):
    def visible_to(self, user):
        """A person's network is theirs alone: nobody else, not even a coordinator, sees it."""
        return self.filter(owner=user) if user.is_authenticated else self.none()


class Contact(models.Model):
    """A prospective mentor in the person's own network, on the platform or not."""

    IDENTIFIED, RESEARCHED, CONTACTED, CONVERSATION = "identified", "researched", "contacted", "conversation"
    MENTORING, NOT_NOW, DECLINED = "mentoring", "not_now", "declined"
    STAGE_CHOICES = [
        (IDENTIFIED, _("Identified")),
        (RESEARCHED, _("Researched")),
        (CONTACTED, _("Contacted")),
        (CONVERSATION, _("Conversation held")),
        (MENTORING, _("Mentoring")),
        (NOT_NOW, _("Not now")),
        (DECLINED, _("Declined")),
    ]
    # The path a contact usually takes; "not now" and "declined" are exits from any point of it.
    PATH = [IDENTIFIED, RESEARCHED, CONTACTED, CONVERSATION, MENTORING]
    CLOSED = [NOT_NOW, DECLINED]

    HOW_KNOWN_CHOICES = [
        ("colleague", _("Colleague")),
        ("supervisor", _("Supervisor")),
        ("senior_colleague", _("Senior colleague")),
        ("alumni", _("Alumni network")),
        ("association", _("Professional association")),
        ("event", _("Event or conference")),
        ("online", _("Online platform")),
        ("introduction", _("Introduction by a mutual contact")),
        ("other", _("Other")),
    ]

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contacts")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="listed_as_contact",
        help_text=_("Their account, when they are on Mentorship Hub."),
    )
    name = models.CharField(max_length=120)
    email = models.EmailField(blank=True)
    organisation = models.CharField(max_length=120, blank=True)
    role = models.CharField(max_length=120, blank=True)
    how_known = models.CharField(_("How you know them"), max_length=20, choices=HOW_KNOWN_CHOICES, default="other")
    introduced_by = models.CharField(
        _("Introduced by"), max_length=120, blank=True, help_text=_("The mutual contact, if someone introduced you.")
    )
    known_for = models.CharField(_("What they are known for"), max_length=300, blank=True)
    research_notes = models.TextField(
        blank=True,
        max_length=4000,
        help_text=_(
            "Their talks, articles, achievements: what you would mention when you write. "
            "Start with the one you would mention first, e.g. “your talk on pricing experiments at ProductCamp”."
        ),
    )
    links = models.JSONField(default=list, blank=True)
    goals = models.ManyToManyField("goals.Goal", blank=True, related_name="contacts")
    skill_gaps = models.ManyToManyField("goals.SkillGap", blank=True, related_name="contacts")
    values_fit = models.CharField(
        _("Values fit"), max_length=300, blank=True, help_text=_("Values you share with them, or doubts you have.")
    )
    connected_on = models.DateField(null=True, blank=True)
    relationship = models.ForeignKey(
        "relationships.Relationship",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contacts",
        help_text=_("The mentoring relationship, once this contact became a mentor."),
    )
    stage = models.CharField(max_length=12, choices=STAGE_CHOICES, default=IDENTIFIED)
    stage_changed_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ContactQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        indexes = [models.Index(fields=["owner", "stage"]), models.Index(fields=["owner", "email"])]
        constraints = [
            # The natural key: the services check it under a lock on the owner's profile; this holds it anyway.
            models.UniqueConstraint(
                "owner", Lower("email"), condition=~Q(email=""), name="one_contact_per_owner_and_email"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:contact", args=[self.pk])

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name

    @property
    def next_stage(self) -> str | None:
        if self.stage not in self.PATH or self.stage == self.PATH[-1]:
            return None
        return self.PATH[self.PATH.index(self.stage) + 1]

    def get_next_stage_display(self) -> str:
        return dict(self.STAGE_CHOICES).get(self.next_stage, "")

    def duplicate_keys(self) -> set[tuple]:
        return duplicate_keys(self.name, self.email, self.organisation)

    def move_to(self, stage: str) -> None:
        if stage != self.stage:
            self.stage = stage
            self.stage_changed_at = timezone.now()

    def advance_to(self, stage: str) -> None:
        """Move forward along the path only: automation must never undo a stage the person chose."""
        if self.stage in self.PATH and self.PATH.index(stage) > self.PATH.index(self.stage):
            self.move_to(stage)


def duplicate_keys(name: str, email: str, organisation: str) -> set[tuple]:
    """Two contacts are the same person when they share an email, or a name at the same organisation."""
    keys = {("name", normalise(name), normalise(organisation))}
    if email:
        keys.add(("email", email.strip().casefold()))
    return keys


class EncounterQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(owner=user) if user.is_authenticated else self.none()

    def open(self):
        return self.filter(followed_up_at__isnull=True)


class Encounter(models.Model):
    """An event or meeting where the person met a contact; a follow-up is due 48 hours later."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="encounters")
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="encounters")
    where = models.CharField(_("Where"), max_length=200, help_text=_("The event, conference or meeting."))
    met_at = models.DateTimeField(_("When"))
    notes = models.TextField(
        _("What you talked about"), blank=True, max_length=2000, help_text=_("Your follow-up note can refer to it.")
    )
    follow_up_due_at = models.DateTimeField()
    followed_up_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EncounterQuerySet.as_manager()

    class Meta:
        ordering = ["-met_at"]
        indexes = [models.Index(fields=["owner", "followed_up_at"])]

    def __str__(self):
        return f"{self.contact} at {self.where}"

    def save(self, *args, **kwargs):
        self.follow_up_due_at = self.met_at + ENCOUNTER_FOLLOW_UP
        super().save(*args, **kwargs)


REPLY_EXPECTED = [t.key for t in TEMPLATES.values() if t.expects_reply]


class OutreachMessageQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(owner=user) if user.is_authenticated else self.none()

    def to(self, user):
        """Messages sent to this person on the platform: their "Messages to you"."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(recipient=user, channel=OutreachMessage.PLATFORM)

    def awaiting_follow_up(self, now=None):
        """Unanswered first messages whose one polite follow-up is due: never a second one."""
        now = now or timezone.now()
        return self.filter(
            response=OutreachMessage.NONE,
            template__in=REPLY_EXPECTED,
            follow_up_of__isnull=True,
            follow_ups__isnull=True,
            follow_up_skipped_at__isnull=True,
            sent_at__lte=now - follow_up_after(),
        ).exclude(contact__stage__in=[Contact.MENTORING, *Contact.CLOSED])


class OutreachMessage(models.Model):
    """A message to a contact, drafted from a Template, checked by the coach, with its response."""

    COPY, EMAIL, PLATFORM = "copy", "email", "platform"
    CHANNEL_CHOICES = [
        (COPY, _("Copied and sent elsewhere (LinkedIn, chat…)")),
        (EMAIL, _("Email")),
        (PLATFORM, _("On Mentorship Hub")),
    ]
    NONE, POSITIVE, DECLINED = "none", "positive", "declined"
    RESPONSE_CHOICES = [(NONE, _("No reply yet")), (POSITIVE, _("Positive")), (DECLINED, _("Declined"))]

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="outreach_messages")
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="messages")
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="outreach_received",
        help_text=_("Set for messages sent on Mentorship Hub."),
    )
    template = models.CharField(max_length=20, choices=TEMPLATE_CHOICES)
    channel = models.CharField(max_length=10, choices=CHANNEL_CHOICES)
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField(max_length=5000)
    coach = models.JSONField(default=dict, blank=True, help_text=_("The outreach coach's verdict when it was sent."))
    coach_passed = models.BooleanField(default=False)
    sent_at = models.DateTimeField(default=timezone.now)
    follow_up_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="follow_ups"
    )
    follow_up_skipped_at = models.DateTimeField(null=True, blank=True)
    response = models.CharField(max_length=10, choices=RESPONSE_CHOICES, default=NONE)
    responded_at = models.DateTimeField(null=True, blank=True)

    objects = OutreachMessageQuerySet.as_manager()

    class Meta:
        ordering = ["-sent_at", "-pk"]
        indexes = [
            models.Index(fields=["owner", "response", "sent_at"]),
            models.Index(fields=["recipient", "channel"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(response="none", responded_at__isnull=True)
                | (~Q(response="none") & Q(responded_at__isnull=False)),
                name="responded_at_iff_response",
            ),
        ]

    def __str__(self):
        return f"{self.get_template_display()} to {self.contact}"

    @property
    def expects_reply(self) -> bool:
        return self.template in REPLY_EXPECTED

    @property
    def response_time(self) -> timedelta | None:
        return self.responded_at - self.sent_at if self.responded_at else None

    @property
    def follow_up_due_at(self):
        return self.sent_at + follow_up_after()
