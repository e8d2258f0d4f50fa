"""Export and deletion for a person with one of everything the product stores.

Each thing carries a marker: Maya's own (MAYA-…) must all be in her archive; Marco's private things (MARCO-…) must
be in none of it, and must all survive Maya deleting her account."""

import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.utils import timezone
from PIL import Image

from mentorhub.accounts.models import AccessToken, User
from mentorhub.goals.models import DevelopmentPlan, Goal, Milestone, PlanVersion, SkillGap
from mentorhub.integrations.models import WebhookSubscription
from mentorhub.meetings.models import (
    ActionItem,
    Agenda,
    CalendarFeed,
    Celebration,
    Meeting,
    MeetingFeedback,
    MentorFeedback,
    Note,
    ProgressUpdate,
    Slot,
)
from mentorhub.network.models import Contact, Encounter, OutreachMessage
from mentorhub.nudges.models import Audit, DeliveryPreferences, Notification, Nudge, Pulse
from mentorhub.profiles import photos
from mentorhub.programs.models import Enrollment
from mentorhub.relationships.models import (
    AgreementVersion,
    GratitudeNote,
    MentorshipRequest,
    Reflection,
    Relationship,
)

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery"

# Marker → the file of the archive it must be in.
MAYA = {
    "MAYA-headline": "profile.json",
    "MAYA-plan": "development_plan.json",
    "MAYA-plan-earlier": "development_plan.json",
    "MAYA-gap": "skill_gaps.json",
    "MAYA-goal": "goals.json",
    "MAYA-milestone": "goals.json",
    "MAYA-contact": "network.json",
    "MAYA-encounter": "network.json",
    "MAYA-outreach": "network.json",
    "MAYA-request-sent": "mentorship_requests.json",
    "MAYA-request-received": "mentorship_requests.json",
    "MAYA-agreement": "relationships.json",
    "MAYA-gratitude-received": "relationships.json",
    "MAYA-reflection": "relationships.json",
    "MAYA-meeting-proposed": "meetings.json",
    "MAYA-meeting-scheduled": "meetings.json",
    "MAYA-meeting-recurring": "meetings.json",
    "MAYA-meeting-held": "meetings.json",
    "MAYA-meeting-cancelled": "meetings.json",
    "MAYA-agenda": "meetings.json",
    "MAYA-note-private": "meetings.json",
    "MAYA-note-shared": "meetings.json",
    "MARCO-note-shared": "meetings.json",  # shared with Maya, so hers to keep
    "MAYA-action": "meetings.json",
    "MAYA-rating": "meetings.json",
    "MAYA-progress": "meetings.json",
    "MARCO-mentor-feedback": "meetings.json",  # written to Maya
    "MAYA-celebration": "meetings.json",
    "MAYA-pulse": "check_ins.json",
    "MAYA-survey": "check_ins.json",
    "MAYA-audit": "check_ins.json",
    "MAYA-notification": "notifications.json",
    "MAYA-nudge": "notifications.json",
    "MAYA-token": "access.json",
    "MAYA-webhook": "access.json",
    "MAYA-enrolment-answer": "programs.json",
}
MARCO_PRIVATE = ["MARCO-note-private", "MARCO-rating", "MARCO-reflection", "MARCO-pulse", "MARCO-goal", "MARCO-contact"]


def jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "orange").save(buffer, "JPEG")
    return buffer.getvalue()


def meeting(relationship, status, title, starts_at, **fields):
    return Meeting.objects.create(
        relationship=relationship,
        organiser=relationship.mentee,
        status=status,
        title=title,
        starts_at=starts_at,
        **fields,
    )


@pytest.fixture
def maya(personas):
    """The mentee with one of everything; Marco, her mentor, with private things of his own beside them."""
    maya, marco, now = personas.mentee, personas.mentor, timezone.now()
    profile = maya.profile
    profile.headline = "MAYA-headline"
    profile.accepting_mentees = True
    profile.photo.save("me.jpg", photos.clean(io.BytesIO(jpeg())))

    plan = DevelopmentPlan.objects.create(person=maya, short_term_aspirations="MAYA-plan")
    PlanVersion.objects.create(plan=plan, answers={"short_term_aspirations": "MAYA-plan-earlier"}, saved_at=now)
    gap = SkillGap.objects.create(person=maya, skill="MAYA-gap", current_level=0, target_level=3)
    goal = Goal.objects.create(owner=maya, text="MAYA-goal", status=Goal.ACTIVE)
    goal.skill_gaps.add(gap)
    milestone = Milestone.objects.create(goal=goal, text="MAYA-milestone")
    contact = Contact.objects.create(owner=maya, name="MAYA-contact")
    Encounter.objects.create(
        owner=maya, contact=contact, where="MAYA-encounter", met_at=now, follow_up_due_at=now + timedelta(days=2)
    )
    OutreachMessage.objects.create(
        owner=maya, contact=contact, template="informational", channel="copy", body="MAYA-outreach"
    )

    request = MentorshipRequest.objects.create(
        mentee=maya,
        mentor=marco,
        message="MAYA-request-sent",
        status=MentorshipRequest.ACCEPTED,
        answered_at=now,
        expires_at=now + timedelta(days=14),
    )
    MentorshipRequest.objects.create(
        mentee=personas.coordinator, mentor=maya, message="MAYA-request-received", expires_at=now + timedelta(days=14)
    )
    relationship = Relationship.objects.create(mentee=maya, mentor=marco, request=request, program=personas.program)
    AgreementVersion.objects.create(
        relationship=relationship,
        number=1,
        boundaries="MAYA-agreement",
        proposed_by=maya,
        confirmed_by_mentee_at=now,
        confirmed_by_mentor_at=now,
    )
    GratitudeNote.objects.create(
        relationship=relationship, author=marco, recipient=maya, text="MAYA-gratitude-received"
    )
    Reflection.objects.create(relationship=relationship, author=maya, text="MAYA-reflection")
    Reflection.objects.create(relationship=relationship, author=marco, text="MARCO-reflection")

    proposed = meeting(relationship, Meeting.PROPOSED, "MAYA-meeting-proposed", None, proposed_at=now)
    Slot.objects.create(meeting=proposed, starts_at=now + timedelta(days=3))
    scheduled = meeting(relationship, Meeting.SCHEDULED, "MAYA-meeting-scheduled", now + timedelta(days=7))
    meeting(relationship, Meeting.SCHEDULED, "MAYA-meeting-recurring", now + timedelta(days=30), recurring=True)
    held = meeting(relationship, Meeting.HELD, "MAYA-meeting-held", now - timedelta(days=7), held_at=now)
    meeting(relationship, Meeting.CANCELLED, "MAYA-meeting-cancelled", None, cancelled_at=now, cancelled_by=marco)
    Agenda.objects.create(meeting=scheduled, kind=Agenda.REGULAR, answers={"wins": "MAYA-agenda"})
    Note.objects.create(meeting=held, author=maya, text="MAYA-note-private")
    Note.objects.create(meeting=held, author=maya, text="MAYA-note-shared", shared=True)
    Note.objects.create(meeting=held, author=marco, text="MARCO-note-shared", shared=True)
    Note.objects.create(meeting=held, author=marco, text="MARCO-note-private")
    ActionItem.objects.create(
        relationship=relationship, meeting=held, text="MAYA-action", assignee=maya, created_by=maya
    )
    MeetingFeedback.objects.create(meeting=held, author=maya, rating=5, comment="MAYA-rating")
    MeetingFeedback.objects.create(meeting=held, author=marco, rating=2, comment="MARCO-rating")
    ProgressUpdate.objects.create(relationship=relationship, author=maya, text="MAYA-progress", goal=goal)
    MentorFeedback.objects.create(
        relationship=relationship, author=marco, strengths="MARCO-mentor-feedback", next_steps="Keep going"
    )
    Celebration.objects.create(relationship=relationship, goal=goal, milestone=milestone, text="MAYA-celebration")
    CalendarFeed.objects.create(person=maya, token_hash="f" * 64)

    Pulse.objects.create(relationship=relationship, person=maya, score=4, comment="MAYA-pulse")
    Pulse.objects.create(relationship=relationship, person=maya, kind=Pulse.SURVEY_30, score=5, comment="MAYA-survey")
    Pulse.objects.create(relationship=relationship, person=marco, score=1, comment="MARCO-pulse")
    Audit.objects.create(
        relationship=relationship,
        person=maya,
        goals_still_right=True,
        agreement_working=True,
        what_to_change="MAYA-audit",
        decision="continue",
    )
    nudge = Nudge.objects.create(
        person=maya, key="test:maya", rule="test", category="meetings", title="MAYA-nudge", due_at=now
    )
    Notification.objects.create(person=maya, nudge=nudge, category="meetings", title="MAYA-notification")
    DeliveryPreferences.objects.create(person=maya, choices={"meetings": "digest"})
    AccessToken.issue(maya, "MAYA-token")
    WebhookSubscription.objects.create(owner=maya, url="https://1.1.1.1/MAYA-webhook", events=["goal.achieved"])
    Enrollment.objects.filter(program=personas.program, person=maya).update(answers={"1": "MAYA-enrolment-answer"})

    Goal.objects.create(owner=marco, text="MARCO-goal")
    Contact.objects.create(owner=marco, name="MARCO-contact")
    profile.save()
    return maya


def test_export_holds_one_of_everything_and_nothing_private_of_others(client_for, maya):
    response = client_for(maya).post("/account/export/")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert archive.testzip() is None
    texts = {}
    for name in archive.namelist():
        content = archive.read(name)
        if name.endswith(".json"):
            json.loads(content)
        texts[name] = content.decode("utf-8", "replace")
    missing = [marker for marker, name in MAYA.items() if marker not in texts.get(name, "")]
    assert missing == []
    assert "MAYA-meeting-scheduled" in texts["meetings.ics"]
    photo = next(name for name in archive.namelist() if name.startswith("profile_photo"))
    assert Image.open(io.BytesIO(archive.read(photo))).size == (16, 16)
    leaked = [marker for marker in MARCO_PRIVATE if any(marker in text for text in texts.values())]
    assert leaked == []


def test_deleting_that_account_keeps_the_other_persons_data(client_for, personas, maya):
    marco = personas.mentor
    response = client_for(maya).post("/account/delete/", {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    maya = User.objects.get(pk=maya.pk)
    assert not maya.is_active and maya.profile.name == "Deleted person" and not maya.profile.photo
    assert not Note.objects.filter(text="MAYA-note-private").exists()
    assert not Reflection.objects.filter(author=maya).exists()
    assert not CalendarFeed.objects.filter(person=maya).exists()
    assert Note.objects.filter(text__in=["MARCO-note-private", "MARCO-note-shared"], author=marco).count() == 2
    assert MeetingFeedback.objects.filter(author=marco, comment="MARCO-rating").exists()
    assert Reflection.objects.filter(author=marco, text="MARCO-reflection").exists()
    assert Pulse.objects.filter(person=marco, comment="MARCO-pulse").exists()
    assert Goal.objects.filter(owner=marco, text="MARCO-goal").exists()
    assert Contact.objects.filter(owner=marco, name="MARCO-contact").exists()
    relationship = Relationship.objects.get(mentor=marco)
    assert relationship.status == Relationship.ENDED_EARLY
    assert relationship.meetings.count() == 5 and relationship.agreement_versions.exists()
    page = client_for(marco).get(f"/relationships/{relationship.pk}/")
    assert page.status_code == 200 and "MAYA-gratitude-received" in page.content.decode()
