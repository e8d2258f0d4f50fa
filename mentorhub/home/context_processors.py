from django.urls import reverse

from .sections import SECTIONS


def navigation(request):
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    items = []
    for section in SECTIONS:
        url = reverse(section.url_name) if section.url_name else reverse("home:coming_soon", args=[section.slug])
        current = request.path == url if section.slug == "home" else request.path.startswith(url)
        items.append({"label": section.label, "url": url, "current": current})
    return {"nav_items": items}
