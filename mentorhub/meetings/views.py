from django.contrib.auth.decorators import login_required
from django.shortcuts import render


@login_required
def index(request):
    return render(request, "home/coming_soon.html", {"section": {"label": "Meetings", "promise": ""}})
