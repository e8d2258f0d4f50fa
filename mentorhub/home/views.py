from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from mentorhub.lib.dueitems import due_for
from mentorhub.lib.i18n import list_of
from mentorhub.matching.services import suggestions_for

from .sections import SECTIONS_BY_SLUG


def next_step(user, due) -> dict:
    """The one most useful thing this person can do now, following the life cycle."""
    profile = user.profile
    percent, missing = profile.completeness()
    if not user.email_verified:
        return {
            "title": _("Verify your email address"),
            "why": _(
                "We sent a link to {email}. Verified addresses can receive meeting invitations and reminders."
            ).format(email=user.email),
            "url": reverse("accounts:account"),
            "action": _("Open your account"),
        }
    coordinating = [item for item in due if item.get("kind") == "coordination"]
    if coordinating:
        # A coordinator's program waits on them: that comes before their own profile.
        first = coordinating[0]
        return {"title": first["title"], "why": first["why"], "url": first["url"], "action": _("Do it now")}
    if percent < 70:
        return {
            "title": _("Complete your profile"),
            "why": _("Your profile is {percent}% complete. Add {missing} so that good matches can find you.").format(
                percent=percent, missing=list_of(missing[:3])
            ),
            "url": reverse("profiles:edit"),
            "action": _("Edit your profile"),
        }
    if due:
        first = due[0]
        return {
            "title": first["title"],
            "why": first.get("why") or _("It is the most urgent thing on your list below."),
            "url": first["url"],
            "action": _("Do it now"),
        }
    if profile.seeking_mentors and not user.goals.exists():
        return {
            "title": _("Clarify what you want from mentoring"),
            "why": _("Before you look for a mentor, write down your aspirations, your skill gaps and one SMART goal."),
            "url": reverse("goals:index"),
            "action": _("Set your goals"),
        }
    if profile.seeking_mentors:
        return {
            "title": _("Find mentors who fit your goals"),
            "why": _("Start with your own network: colleagues, alumni, people you met at events. Then the directory."),
            "url": reverse("matching:directory"),
            "action": _("Find mentors"),
        }
    if profile.accepting_mentees and profile.skills_offered:
        return {
            "title": _("Keep your mentoring going"),
            "why": _("Look in on the people you mentor, or see who is asking for help in the skills you offer."),
            "url": reverse("relationships:index"),
            "action": _("Your mentees"),
        }
    return {
        "title": _("Get ready to mentor"),
        "why": _("Say which skills you can offer and how many mentees you can take, so mentees can find you."),
        "url": reverse("profiles:edit"),
        "action": _("Review your mentor profile"),
    }


def home(request):
    if not request.user.is_authenticated:
        return render(request, "home/welcome.html")
    due = due_for(request.user)
    profile = request.user.profile
    return render(
        request,
        "home/home.html",
        {
            "step": next_step(request.user, due),
            "profile": profile,
            "due_items": due,
            "suggestions": suggestions_for(request.user) if profile.seeking_mentors else [],
        },
    )


@login_required
def coming_soon(request, slug):
    section = SECTIONS_BY_SLUG.get(slug)
    if section is None:
        raise Http404("No such section")
    if section.url_name:
        return redirect(section.url_name)
    return render(request, "home/coming_soon.html", {"section": section})
