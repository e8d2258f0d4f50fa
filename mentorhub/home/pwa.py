"""The installable web app: its manifest, a service worker that keeps the shell offline, and the offline page."""

from django.http import JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.views.decorators.cache import cache_control

# What a phone needs to draw a page without the network; pages themselves always come fresh from the server.
SHELL = ["css/hub.css", "js/theme.js", "js/hub.js", "vendor/htmx-2.0.11.min.js", "favicon.svg", "icons/icon-192.png"]


def manifest(request):
    return JsonResponse(
        {
            "name": "Mentorship Hub",
            "short_name": "Mentorship",
            "description": "Find mentors, agree how you work together, and keep your mentoring going.",
            "start_url": "/",
            "scope": "/",
            "display": "standalone",
            "background_color": "#f5f7fb",
            "theme_color": "#3a3fd1",
            "icons": [
                {"src": static(f"icons/icon-{size}.png"), "sizes": f"{size}x{size}", "type": "image/png"}
                for size in (192, 512)
            ],
        },
        content_type="application/manifest+json",
    )


# Browsers check for a new worker on every visit; a short cache keeps that cheap without pinning an old one.
@cache_control(max_age=300)
def service_worker(request):
    shell = [static(path) for path in SHELL]
    return render(request, "home/sw.js", {"shell": shell, "version": "-".join(shell)}, content_type="text/javascript")


def offline(request):
    return render(request, "home/offline.html")
