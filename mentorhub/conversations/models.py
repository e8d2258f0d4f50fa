"""Conversations between two people: one per relationship, one per mentorship request, or one opened by an outreach
message sent on the platform. Only the two participants ever read one (services.get_conversation_for_user)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import text


class ConversationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The two participants, nobody else: a program's coordinators see "last contact" dates, never content."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(participants__person=user)


class Conversation(models.Model):
    RELATIONSHIP, REQUEST, DIRECT = "relationship", "request", "direct"
    KIND_CHOICES = [(RELATIONSHIP, _("Relationship")), (REQUEST, _("Mentorship request")), (DIRECT, _("Direct"))]

    kind = models.CharField(max_length=20, choices=KIND_CHOICES)
    relationship = models.OneToOneField(
        "relationships.Relationship", null=True, blank=True, on_delete=models.CASCADE, related_name="conversation"
    )
    request = models.OneToOneField(
        "relationships.MentorshipRequest",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="conversation",
    )
    # "low:high" user ids of a direct conversation, so that two people share one however it was started.
    pair = models.CharField(max_length=50, null=True, blank=True, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_message_at = models.DateTimeField(null=True, blank=True)

    objects = ConversationQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(
                name="conversation_has_one_subject",
                condition=(
                    Q(kind="relationship", relationship__isnull=False, request__isnull=True, pair__isnull=True)
                    | Q(kind="request", request__isnull=False, relationship__isnull=True, pair__isnull=True)
                    | Q(kind="direct", pair__isnull=False, relationship__isnull=True, request__isnull=True)
                ),
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} conversation {self.pk}"

    def get_absolute_url(self):
        return reverse("conversations:detail", args=[self.pk])


class Participant(models.Model):
    """One of the two people, with how far they have read (message ids only grow)."""

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="participants")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="conversation_seats")
    last_read_message_id = models.BigIntegerField(default=0)
    last_read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["conversation", "person"], name="one_seat_per_person")]

    def __str__(self):
        return f"{self.person} in {self.conversation}"


class Message(models.Model):
    APP, EMAIL, SYSTEM = "app", "email", "system"
    SOURCE_CHOICES = [(APP, _("Written in the app")), (EMAIL, _("Replied by email")), (SYSTEM, _("Part of a request"))]

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    # None once the author's account is erased: the other person keeps the text, not who wrote it.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="messages_written"
    )
    # The Markdown source as written; it is rendered and sanitised on display, never stored as HTML.
    body = models.TextField(blank=True)
    source = models.CharField(max_length=10, choices=SOURCE_CHOICES, default=APP)
    # The email's Message-ID, or another caller's key: a second delivery of the same message posts nothing.
    external_id = models.CharField(max_length=255, null=True, blank=True, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["conversation", "id"])]
        ordering = ["id"]

    def __str__(self):
        return f"Message {self.pk} in {self.conversation_id}"

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def html(self) -> str:
        return text.shown(self.body)


def attachment_path(attachment, filename):
    # The stored name is not the person's file name: the view serves it under its own name, after the access check.
    return f"attachments/{timezone.now():%Y/%m}/{attachment.token}"


class Attachment(models.Model):
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    token = models.CharField(max_length=40, unique=True)
    file = models.FileField(upload_to=attachment_path, max_length=200)
    name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100, help_text=_("Sniffed from the content, never from the name."))
    size = models.PositiveIntegerField()

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("conversations:attachment", args=[self.pk])


class Block(models.Model):
    """`blocker` takes no new conversations, messages, requests or offers from `blocked`."""

    blocker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks_made")
    blocked = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocked_by")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["blocker", "blocked"], name="one_block_per_pair")]

    def __str__(self):
        return f"{self.blocker} blocks {self.blocked}"


class ReportQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Site staff, and the coordinators of the program the conversation belongs to: nobody else."""
        if not user.is_authenticated:
            return self.none()
        if user.is_staff:
            return self.all()
        return self.filter(program__coordinators=user)


class Report(models.Model):
    """A message reported by the person it was written to. Those who handle it read this copy of that one message,
    never the conversation around it."""

    message = models.ForeignKey(Message, null=True, blank=True, on_delete=models.SET_NULL, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="reports_made"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="reports_about"
    )
    body = models.TextField(help_text=_("The reported message as it was when reported."))
    reason = models.TextField(max_length=2000)
    program = models.ForeignKey("programs.Program", null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(default=timezone.now)
    handled_at = models.DateTimeField(null=True, blank=True)

    objects = ReportQuerySet.as_manager()

    def __str__(self):
        return f"Report {self.pk} about message {self.message_id}"

    def get_absolute_url(self):
        return reverse("conversations:report", args=[self.pk])
