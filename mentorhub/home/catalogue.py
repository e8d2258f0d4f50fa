"""The JavaScript catalogue: the texts our scripts show (confirm dialogs, "Copied"), in the page's language.

The language is in the address, so a browser keeps each language's catalogue apart and switching language fetches
the other one. Each process builds a language's catalogue once; browsers revalidate it by the compiled catalogues'
date, which a deploy with new translations changes.
"""

from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.utils import translation
from django.views.decorators.cache import cache_control, cache_page
from django.views.decorators.http import last_modified
from django.views.i18n import JavaScriptCatalog

from mentorhub.lib.i18n import supported

catalogue = JavaScriptCatalog.as_view(domain="djangojs")


def compiled_at(request, language) -> datetime | None:
    dates = [mo.stat().st_mtime for folder in settings.LOCALE_PATHS for mo in Path(folder).glob("*/*/djangojs.mo")]
    return datetime.fromtimestamp(max(dates), tz=UTC) if dates else None


@cache_control(max_age=3600, public=True)
@last_modified(compiled_at)
@cache_page(24 * 3600, key_prefix="javascript-catalogue")
def javascript_catalogue(request, language):
    code = supported(language)
    if code != language:
        raise Http404("No catalogue for this language")
    with translation.override(code):
        return catalogue(request)
