"""Raw replies as the common mail clients write them, trimmed to what matters: headers, MIME structure, quoting."""

from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import make_msgid

QUOTED_HEADER = "On Mon, 30 Nov 2026 at 10:02, Mentorship Hub <hub@localhost> wrote:"


def forged(address: str) -> str:
    """The address with one character of its signature changed (not the last: it may carry padding bits only)."""
    local, _, domain = address.partition("@")
    return f"{local[:-3]}{'b' if local[-3] == 'a' else 'a'}{local[-2:]}@{domain}"


def raw_mail(sender, to, body, *, subject="Re: Maya posted an update", message_id=None, headers="",
             content_type='text/plain; charset="UTF-8"') -> bytes:  # fmt: skip
    message_id = message_id or make_msgid(domain="mail.test.example")
    return (
        f"Return-Path: <{sender}>\r\n"
        f"From: Someone <{sender}>\r\n"
        f"To: {to}\r\n"
        f"Subject: {subject}\r\n"
        "Date: Mon, 30 Nov 2026 10:15:00 +0000\r\n"
        f"Message-ID: {message_id}\r\n"
        "MIME-Version: 1.0\r\n"
        f"{headers}"
        f"Content-Type: {content_type}\r\n"
        "\r\n"
        f"{body}"
    ).encode()


def gmail(sender, to, new_text, **kwargs) -> bytes:
    """Gmail: text and HTML alternatives; the quote under an "On … wrote:" line, in HTML a gmail_quote block."""
    body = (
        "--000000000000a1b2c3\r\n"
        'Content-Type: text/plain; charset="UTF-8"\r\n'
        "\r\n"
        f"{new_text}\r\n"
        "\r\n"
        f"{QUOTED_HEADER}\r\n"
        "\r\n"
        "> Maya posted an update\r\n"
        ">\r\n"
        "> I finished the SQL course you suggested.\r\n"
        "\r\n"
        "--000000000000a1b2c3\r\n"
        'Content-Type: text/html; charset="UTF-8"\r\n'
        "\r\n"
        f'<div dir="ltr">{new_text}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        f"{QUOTED_HEADER.replace('<', '&lt;').replace('>', '&gt;')}<br></div>"
        '<blockquote class="gmail_quote">Maya posted an update<br>I finished the SQL course.</blockquote></div>\r\n'
        "\r\n"
        "--000000000000a1b2c3--\r\n"
    )
    return raw_mail(sender, to, body, content_type='multipart/alternative; boundary="000000000000a1b2c3"', **kwargs)


def outlook(sender, to, new_text, **kwargs) -> bytes:
    """Outlook: the new text, an underscore rule, then a From/Sent/To/Subject block and the original, unquoted."""
    body = (
        f"{new_text}\r\n"
        "\r\n"
        "Maya Mentee\r\n"
        "\r\n"
        "________________________________\r\n"
        "From: Mentorship Hub <hub@localhost>\r\n"
        "Sent: Monday, November 30, 2026 10:02 AM\r\n"
        "To: Maya Mentee <mentee@test.example>\r\n"
        "Subject: Marco asked how the course went\r\n"
        "\r\n"
        "Marco asked how the course went\r\n"
        "Open the conversation: http://127.0.0.1:8000/relationships/1/\r\n"
    )
    return raw_mail(sender, to, body, **kwargs)


def apple(sender, to, new_text, **kwargs) -> bytes:
    """Apple Mail on an iPhone: quoted-printable, "Sent from my iPhone", and the quote under "On …, at …"."""
    body = (
        f"{new_text}\r\n"
        "\r\n"
        "Sent from my iPhone\r\n"
        "\r\n"
        "> On 30 Nov 2026, at 10:02, Mentorship Hub <hub@localhost> wrote:\r\n"
        ">=20\r\n"
        "> =EF=BB=BFMarco asked how the course went\r\n"
    )
    return raw_mail(
        sender,
        to,
        body,
        headers="Content-Transfer-Encoding: quoted-printable\r\n",
        content_type="text/plain; charset=utf-8",
        **kwargs,
    )


def html_only(sender, to, html, **kwargs) -> bytes:
    return raw_mail(sender, to, html, content_type='text/html; charset="UTF-8"', **kwargs)


def reply_to(sent, sender: str, text: str) -> EmailMessage:
    """What a mail client makes of "Reply": to the Reply-To, the original quoted below an "On … wrote:" line."""
    original = message_from_bytes(sent.message().as_bytes(), policy=policy.default)
    reply = EmailMessage()
    reply["From"] = sender
    reply["To"] = original["Reply-To"]
    reply["Subject"] = f"Re: {original['Subject']}"
    reply["In-Reply-To"] = original["Message-ID"]
    quoted = "\n".join(f"> {line}" for line in original.get_body(("plain",)).get_content().splitlines())
    reply.set_content(f"{text}\n\nOn {original['Date']}, {original['From']} wrote:\n{quoted}\n")
    return reply
