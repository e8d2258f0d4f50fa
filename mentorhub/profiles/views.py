from pathlib import PurePosixPath

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe
from django.views.i18n import set_language

from mentorhub.lib.i18n import supported

from . import photos
from .forms import ProfileForm
from .services import get_photo_for_user, get_profile_for_user, save_language, save_profile


@login_required
def edit(request):
    profile = request.user.profile
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        save_profile(form)
        messages.success(request, _("Your profile is saved."))
        return redirect("home:home")
    return render(request, "profiles/edit.html", {"form": form, "profile": profile})


@login_required
def detail(request, pk):
    profile = get_profile_for_user(request.user, pk)
    return render(request, "profiles/detail.html", {"profile": profile, "is_me": profile.user_id == request.user.id})


@require_safe
def photo(request, name):
    """A profile photo, for the people who may see the profile. Not behind login_required: a photo someone may not
    see answers 404 to everyone, signed in or not, exactly like one that does not exist."""
    field = get_photo_for_user(request.user, name).photo
    try:
        modified = field.storage.get_modified_time(field.name).timestamp()
    except FileNotFoundError:
        raise Http404("No such photo") from None
    # A file's name is random and never reused, so the name is a strong validator of its bytes.
    etag = quote_etag(name)
    response = get_conditional_response(request, etag=etag, last_modified=int(modified))
    if response is None:
        content_type = photos.CONTENT_TYPES.get(PurePosixPath(name).suffix, "application/octet-stream")
        response = FileResponse(field.storage.open(field.name), content_type=content_type)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified)
    # Private: a shared cache must never hand one person's allowed photo to another. Short: access can change.
    patch_cache_control(response, private=True, max_age=300)
    return response


@require_POST
def language(request):
    """The footer's language switcher: Django's set_language (cookie, safe redirect back), and for a signed-in person
    their profile too, so emails and reminders follow the choice."""
    response = set_language(request)
    chosen = supported(request.POST.get("language"))
    if chosen and request.user.is_authenticated:
        save_language(request.user, chosen)
    return response
