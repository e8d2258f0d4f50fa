import pytest

from mentorhub.network import services


@pytest.fixture
def make_contact(db):
    """A contact in someone's network, saved the way the app saves them."""

    def make(owner, name="Sofia Almeida", **fields):
        return services.save_contact(owner, None, {"name": name, **fields})

    return make


def csrf_post(client, url, data):
    """Post like a plain HTML form: fetch a page for the CSRF cookie, then send the token as a form field only."""
    client.get("/network/")
    return client.post(url, {**data, "csrfmiddlewaretoken": client.cookies["csrftoken"].value}, csrf=False)
