"""The development mail backend: Django's console backend prints the raw MIME message, where quoted-printable
breaks a long link over two lines ("=\\n") and encodes every accented letter, so a link cannot be copied from the
terminal. This one prints the headers a person reads and the plain-text part decoded."""

from django.core.mail.backends.console import EmailBackend as ConsoleBackend


class EmailBackend(ConsoleBackend):
    def write_message(self, message):
        headers = {"From": message.from_email, "To": ", ".join(message.to), "Subject": message.subject}
        headers.update((k, v) for k, v in message.extra_headers.items() if k in ("Reply-To", "Message-ID"))
        if message.reply_to:
            headers["Reply-To"] = ", ".join(message.reply_to)
        for name, value in headers.items():
            self.stream.write(f"{name}: {value}\n")
        self.stream.write(f"\n{message.body.rstrip()}\n")
        extras = [mimetype for _, mimetype in getattr(message, "alternatives", [])]
        extras += [f"{len(message.attachments)} attachment(s)"] if message.attachments else []
        if extras:
            self.stream.write(f"[also: {', '.join(extras)}]\n")
        self.stream.write("-" * 79 + "\n")
