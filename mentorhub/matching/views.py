from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext_lazy as _

from mentorhub.programs.models import Program

from . import services
from .forms import DirectoryForm
from .scoring import DEFAULT_WEIGHTS

# What each component means to a person; the formulas are in docs/matching.md, the weights in scoring.py.
SCORE_PARTS = [
    ("skills", _("covers your skill gaps and the skills your goals name, weighted by the mentor's level")),
    ("goals_text", _("uses the words of your goals in their experience")),
    ("timezone", _("few hours apart: full marks up to 2 hours, none from 10")),
    ("values", _("shares your values and interests")),
    ("formats", _("meets the way you prefer")),
    ("capacity", _("has room for more mentees")),
]


def how_scores_work() -> list[tuple[str, int]]:
    weights = DEFAULT_WEIGHTS.to_dict()
    total = sum(weights.values())
    return [(text, round(100 * weights[name] / total)) for name, text in SCORE_PARTS]


@login_required
def directory(request, peers=False):
    mentors = services.mentor_directory()
    form = DirectoryForm(
        request.GET,
        industries=mentors.industry_choices,
        languages=mentors.language_choices,
        programs=Program.objects.of(request.user).order_by("name"),
    )
    page = services.search_mentors(request.user, form.to_query(peers=peers), directory=mentors)
    others = request.GET.copy()
    others.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "peers": peers,
        "skill_choices": mentors.skill_choices,
        "query": others.urlencode() + "&" if others else "",
    }
    # htmx swaps only the results when a filter changes; without JavaScript the same GET renders the whole page.
    if request.headers.get("HX-Request") and not request.headers.get("HX-Boosted"):
        response = render(request, "matching/_results.html", context)
    else:
        response = render(request, "matching/directory.html", {**context, "score_parts": how_scores_work()})
    patch_vary_headers(response, ["HX-Request"])
    return response


@login_required
def mentees(request):
    suggestions = services.suggested_mentees(request.user)
    return render(request, "matching/mentees.html", {"suggestions": suggestions, "score_parts": how_scores_work()})
