import io

from django.core.mail import EmailMultiAlternatives

from mentorhub.lib.console_mail import EmailBackend

LINK = "https://hub.example/accounts/reset/MQ/cz0abc-1234567890abcdef1234567890abcdef/?next=/programs/data-product/"


def test_the_development_console_shows_a_long_link_whole_and_accents_decoded():
    body = f"Choose a password:\n\n{LINK}\n"
    message = EmailMultiAlternatives("Olá, Zoë & Sam", body, "hub@x.example", ["a@x.example"])
    message.attach_alternative("<p>html</p>", "text/html")
    stream = io.StringIO()
    EmailBackend(stream=stream).send_messages([message])
    printed = stream.getvalue()
    assert "Subject: Olá, Zoë & Sam" in printed
    assert f"\n{LINK}\n" in printed
    assert "[also: text/html]" in printed
