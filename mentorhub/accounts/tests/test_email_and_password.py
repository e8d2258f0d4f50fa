import re

import pytest
from django.core import mail

from mentorhub.accounts.models import User

pytestmark = pytest.mark.django_db


def path_in(message) -> str:
    return re.sub(r"^https?://[^/]+", "", re.search(r"https?://\S+", message.body).group(0))


def test_password_reset_sends_a_link_that_sets_a_new_password(client, personas):
    client.post("/account/password/reset/", {"email": "mentee@test.example"})
    assert len(mail.outbox) == 1
    response = client.get(path_in(mail.outbox[0]), follow=True)
    form_url = response.redirect_chain[-1][0]
    response = client.post(form_url, {"password1": "brand-new-secret-9", "password2": "brand-new-secret-9"})
    assert response.status_code == 302
    assert User.objects.get(pk=personas.mentee.pk).check_password("brand-new-secret-9")


def test_password_reset_for_unknown_address_reveals_nothing(client, db):
    response = client.post("/account/password/reset/", {"email": "nobody@test.example"}, follow=True)
    assert "If an account uses that address" in response.content.decode()
    assert mail.outbox == []


def test_change_password_needs_the_old_one(client_for, personas):
    client = client_for(personas.mentee)
    response = client.post(
        "/account/password/change/",
        {
            "oldpassword": "wrong",
            "password1": "brand-new-secret-9",
            "password2": "brand-new-secret-9",
        },
    )
    assert response.status_code == 200 and "Please type your current password" in response.content.decode()
    client.post(
        "/account/password/change/",
        {
            "oldpassword": "correct-horse-battery",
            "password1": "brand-new-secret-9",
            "password2": "brand-new-secret-9",
        },
    )
    assert User.objects.get(pk=personas.mentee.pk).check_password("brand-new-secret-9")


def test_change_email_takes_effect_only_after_confirmation(client_for, personas):
    client = client_for(personas.mentee)
    client.post("/account/", {"email-new_email": "maya@new.example", "email-password": "correct-horse-battery"})
    assert User.objects.get(pk=personas.mentee.pk).email == "mentee@test.example"
    assert mail.outbox[0].to == ["maya@new.example"]
    client.get(path_in(mail.outbox[0]))
    assert User.objects.get(pk=personas.mentee.pk).email == "maya@new.example"


def test_change_email_to_a_taken_address_is_refused(client_for, personas):
    client = client_for(personas.mentee)
    response = client.post(
        "/account/", {"email-new_email": "mentor@test.example", "email-password": "correct-horse-battery"}
    )
    assert "Another account uses that address" in response.content.decode()
    assert mail.outbox == []
