"""The new text of a reply: the message's text (or its HTML as text), without the quoted history and signature.

Quoted history and signatures are found by `mail-parser-reply` (mailparser_reply), which knows the "On … wrote:"
lines, Outlook's "From: … Sent: …" blocks and "-----Original Message-----" separators in many languages, and the
usual sign-offs and "Sent from my iPhone". Lines quoted with ">" that it leaves (a quote without a header line,
answers written between quoted lines) are dropped here.
"""

import re
from html.parser import HTMLParser

from mailparser_reply import EmailMessage
from mailparser_reply.constants import MAIL_LANGUAGES

# Every language the library knows: a mentor's mail client writes "Am … schrieb" as readily as "On … wrote".
LANGUAGES = sorted(MAIL_LANGUAGES)
BLOCKS = {
    "address", "article", "blockquote", "dd", "div", "dl", "dt", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
}  # fmt: skip
HIDDEN = {"head", "script", "style", "template", "title"}


class HtmlText(HTMLParser):
    """Text from an HTML email as its reader saw it: blocks on their own lines, block quotes marked with ">" (so the
    reply parser recognises them as quoted history), links followed by their address, nothing from <head>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.line_depth = 0
        self.depth = 0
        self.hidden = 0
        self.pre = 0
        self.href = ""

    def end_line(self, blank_after=False):
        text = "".join(self.line).strip() if not self.pre else "".join(self.line).rstrip()
        if text or not self.lines or self.lines[-1]:
            self.lines.append(("> " * self.line_depth + text).rstrip())
        if blank_after and self.lines and self.lines[-1]:
            self.lines.append("")
        self.line = []

    def write(self, text):
        if not self.line:
            self.line_depth = self.depth
        self.line.append(text)

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self.end_line()
        elif tag in BLOCKS:
            if self.line:
                self.end_line()
            self.depth += tag == "blockquote"
            self.pre += tag == "pre"
            if tag == "li":
                self.write("- ")
        elif tag == "a":
            self.href = dict(attrs).get("href") or ""

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            if self.line:
                self.end_line(blank_after=tag == "p")
            self.depth = max(0, self.depth - (tag == "blockquote"))
            self.pre = max(0, self.pre - (tag == "pre"))
        elif tag == "a":
            shown = "".join(self.line)
            if self.href.startswith(("http://", "https://")) and self.href not in shown:
                self.write(f" ({self.href})")
            self.href = ""

    def handle_data(self, data):
        if self.hidden:
            return
        self.write(data if self.pre else re.sub(r"\s+", " ", data.replace("\xa0", " ")))

    def text(self) -> str:
        if self.line:
            self.end_line()
        return "\n".join(self.lines).strip()


def html_to_text(html: str) -> str:
    parser = HtmlText()
    parser.feed(html)
    parser.close()
    return parser.text()


def body_text(message) -> str:
    """The text a person wrote in `message` (an `email.message.EmailMessage`): its text part, else its HTML part
    as text; attachments are never read."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):  # an unknown or lying charset: keep what can be read
        content = (part.get_payload(decode=True) or b"").decode("utf-8", errors="replace")
    return html_to_text(content) if part.get_content_subtype() == "html" else content


def new_text(text: str) -> str:
    """What a reply adds: `text` without quoted history, signature or lines quoted with ">". NUL characters go too:
    no person types one, and PostgreSQL cannot store them."""
    parsed = EmailMessage(text=text.replace("\x00", ""), languages=list(LANGUAGES), keep_hyphen_lists=True).read()
    first = parsed.replies[0] if parsed.replies else None
    # A first part that starts with its own "On … wrote:" header means the person wrote nothing above the quote.
    if first is None or first.headers:
        return ""
    lines = [line for line in first.body.splitlines() if not line.lstrip().startswith(">")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
