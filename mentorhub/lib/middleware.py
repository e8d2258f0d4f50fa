from django.http import Http404
from django.utils import timezone, translation
from django.views.defaults import page_not_found

from .i18n import supported
from .time import zone_of


class PersonTimezoneMiddleware:
    """Show every date and time in the viewer's own timezone, the one on their profile."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            timezone.activate(zone_of(user))
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()


class PersonLanguageMiddleware:
    """A signed-in person's language from their profile; LocaleMiddleware (earlier) has already chosen one from the
    browser's Accept-Language or the language cookie for everyone else, and adds Content-Language and Vary."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            chosen = supported(getattr(getattr(user, "profile", None), "site_language", ""))
            if chosen:
                translation.activate(chosen)
                request.LANGUAGE_CODE = chosen
        return self.get_response(request)


class OutOfRangeIdMiddleware:
    """/goals/99999999999999999999/ is a page that does not exist, not a server error: SQLite refuses to compare
    integers beyond 64 bits, so such an id is answered like any other unknown id."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OverflowError):
            return page_not_found(request, Http404("No such object"))
        return None
