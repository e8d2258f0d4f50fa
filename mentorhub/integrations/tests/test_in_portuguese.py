"""Webhooks, your data and account deletion in the person's language (Accept-Language pt)."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_account_pages_are_in_portuguese(personas, client_for):
    client = client_for(personas.mentee)
    pages = {
        "/account/webhooks/": ("Adicionar webhook", "Mentorship Hub POSTs a JSON body"),
        "/account/export/": ("Descarregar os seus dados", "Download your data"),
        "/account/delete/": ("Apagar a minha conta", "Delete my account"),
    }
    for url, (portuguese, english) in pages.items():
        page = client.get(url, headers={"Accept-Language": "pt"}).text
        assert portuguese in page, url
        assert english not in page, url
