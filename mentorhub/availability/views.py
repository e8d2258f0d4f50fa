from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from mentorhub.lib.errors import shown_on
from mentorhub.lib.time import zone_of

from . import services
from .forms import AvailabilityForm


@login_required
def edit(request):
    availability = services.availability_of(request.user)
    form = AvailabilityForm(request.POST or None, availability=availability)
    if request.method == "POST" and form.is_valid():
        with shown_on(form):
            services.set_availability(
                request.user,
                weekly_hours=form.weekly_hours(),
                buffer_before_minutes=form.cleaned_data["buffer_before_minutes"],
                buffer_after_minutes=form.cleaned_data["buffer_after_minutes"],
                weekly_max=form.cleaned_data["weekly_max"],
            )
            messages.success(request, "Your availability is saved: people you meet can book your free times.")
            return redirect("availability:edit")
    return render(request, "availability/edit.html", {"form": form, "zone": zone_of(request.user).key})
