"""A message's text: checked before it is stored, rendered from Markdown and sanitised when it is shown.

markdown-it-py renders CommonMark with raw HTML turned off, so `<script>` in a message is shown as text; nh3
(Ammonia) then keeps only the tags light formatting needs, as a second wall should a rendering rule ever let
markup through. The source is stored as written, so a better sanitiser later improves old messages too.

Rendering was 40 % of the CPU of a conversation page of 20 messages (issue 22), so `shown` keeps each result in the
per-process cache under a digest of the source itself: an edited message has another key, the HTML depends on
nothing else (not the reader, not their language), and a new sanitiser comes with a new process.
"""

import hashlib
import html

import nh3
from django.conf import settings
from django.core.cache import caches
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from markdown_it import MarkdownIt

from mentorhub.lib.errors import DomainError

MARKDOWN = MarkdownIt("commonmark", {"html": False, "breaks": True}).disable("image")
TAGS = {"p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h1", "h2", "h3", "h4", "hr"}
ATTRIBUTES = {"a": {"href", "title"}}
CACHED_SECONDS = 24 * 3600


def render(source: str) -> str:
    return nh3.clean(
        MARKDOWN.render(source),
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )


def shown(source: str) -> str:
    """`render(source)`, computed once per process for the same text."""
    key = "message-html:" + hashlib.blake2b(source.encode(), digest_size=20).hexdigest()
    cache = caches["default"]
    found = cache.get(key)
    if found is None:
        found = render(source)
        cache.set(key, found, timeout=CACHED_SECONDS)
    return found


def visible_text(source: str) -> str:
    """What a reader would see, without markup: empty when a message is nothing but stripped markup."""
    return html.unescape(nh3.clean(render(source), tags=set())).strip()


def checked(source, *, field: str = "body", allow_empty: bool = False) -> str:
    """The text to store, or a DomainError naming `field` that says what to change."""
    source = (source or "").replace("\r\n", "\n")
    if "\x00" in source:
        raise DomainError(_("The message contains a NUL character; remove it and send again."), field=field)
    limit = settings.CONVERSATION_MESSAGE_MAX_CHARS
    if len(source) > limit:
        raise DomainError(
            _("Keep a message under {limit} characters (this one has {length}).").format(
                limit=number_format(limit, force_grouping=True), length=number_format(len(source), force_grouping=True)
            ),
            field=field,
        )
    source = source.strip()
    if allow_empty and not source:
        return source
    if not source:
        raise DomainError(_("Write a message first."), field=field)
    if not visible_text(source):
        raise DomainError(_("Nothing would be left to read once the markup is removed; write some words."), field=field)
    return source
