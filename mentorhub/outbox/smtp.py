"""Django's SMTP backend with one addition: the outbox records the moment the relay may have the message.

An SMTP transaction is the relay's only once it has the final "." of DATA: a connection that drops before that
makes the relay discard the message. So the worker records `handed_over_at` just before it sends that dot. After a
crash, a row without it was never the relay's (sending again gives exactly one copy); a row with it may have
arrived (docs/email.md says what the outbox does then). If the record cannot be written, the dot is never sent.
"""

import contextvars
import re
import smtplib

from django.core.mail.backends import smtp

# Set by the outbox around one delivery; called with nothing once the whole message is on the wire but the dot.
before_final_dot = contextvars.ContextVar("before_final_dot", default=None)

LINE_START_DOT = re.compile(rb"(?m)^\.")


class RecordingData:
    def data(self, msg):
        record = before_final_dot.get()
        if record is None:
            return super().data(msg)
        self.putcmd("data")
        code, reply = self.getreply()
        if code != 354:
            raise smtplib.SMTPDataError(code, reply)
        quoted = LINE_START_DOT.sub(b"..", msg)  # RFC 5321 4.5.2 transparency, as smtplib does
        if not quoted.endswith(b"\r\n"):
            quoted += b"\r\n"
        self.send(quoted)
        try:
            record()
        except BaseException:
            # Drop the connection: the relay discards a message without its dot (a QUIT now would be message text).
            self.close()
            raise
        self.send(b".\r\n")
        return self.getreply()


class SMTP(RecordingData, smtplib.SMTP):
    pass


class SMTP_SSL(RecordingData, smtplib.SMTP_SSL):
    pass


class EmailBackend(smtp.EmailBackend):
    @property
    def connection_class(self):
        return SMTP_SSL if self.use_ssl else SMTP
