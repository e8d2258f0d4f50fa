from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .forms import ProfileForm
from .services import get_profile_for_user


@login_required
def edit(request):
    profile = request.user.profile
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your profile is saved.")
        return redirect("home:home")
    return render(request, "profiles/edit.html", {"form": form, "profile": profile})


@login_required
def detail(request, pk):
    profile = get_profile_for_user(request.user, pk)
    return render(request, "profiles/detail.html", {"profile": profile, "is_me": profile.user_id == request.user.id})
