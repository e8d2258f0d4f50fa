"""The network pages speak the person's language (docs/i18n.md): with Accept-Language pt, the contacts, a contact's
page, the composer, the import and the response stats are in Portuguese, confirmations and refusals too."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from mentorhub.network.models import Contact
from mentorhub.profiles.models import Profile

pytestmark = pytest.mark.django_db

PT = {"Accept-Language": "pt"}


def test_the_network_pages_are_in_portuguese(personas, client_for, make_contact):
    contact = make_contact(personas.mentee, role="Head of Product", organisation="Brightline")
    client = client_for(personas.mentee)
    pages = {
        "/network/": ("A sua rede", "Your network"),
        contact.get_absolute_url(): ("Head of Product em Brightline", "Head of Product at Brightline"),
        f"/network/contacts/{contact.pk}/compose/": ("Escrever a Sofia Almeida", "Write to Sofia Almeida"),
        "/network/board/": ("Quadro da rede", "Network board"),
        "/network/import/": ("Importar contactos", "Import contacts"),
        "/network/stats/": ("Estatísticas de resposta", "Response stats"),
    }
    for url, (portuguese, english) in pages.items():
        page = client.get(url, headers=PT).content.decode()
        assert portuguese in page, url
        assert english not in page, url
    assert "Identificado" in client.get(contact.get_absolute_url(), headers=PT).content.decode()


def speaks_portuguese(person):
    Profile.objects.filter(user=person).update(site_language="pt")


def test_a_refused_import_explains_itself_in_portuguese_and_saves_nothing(personas, client_for):
    speaks_portuguese(personas.mentee)
    client = client_for(personas.mentee)
    upload = SimpleUploadedFile("contacts.csv", b"name,email\nAna Costa,not-an-email\n", content_type="text/csv")
    client.post("/network/import/", {"file": upload})
    page = client.get("/network/import/preview/").content.decode()
    assert "“not-an-email” não é um endereço de email." in page
    assert "Nada pode ser importado enquanto 1 linha tiver erros." in page
    assert not Contact.objects.exists()


def test_a_confirmation_is_in_the_persons_portuguese(personas, client_for, make_contact):
    contact = make_contact(personas.mentee)
    speaks_portuguese(personas.mentee)
    client = client_for(personas.mentee)
    client.post(f"/network/contacts/{contact.pk}/stage/", {"stage": Contact.RESEARCHED})
    page = client.get(contact.get_absolute_url()).content.decode()
    assert "Sofia Almeida: Pesquisado." in page


def test_the_composers_draft_is_written_in_the_writers_language(personas, client_for, make_contact):
    contact = make_contact(personas.mentee)
    client = client_for(personas.mentee)
    url = f"/network/contacts/{contact.pk}/compose/?template=informational"
    portuguese = client.get(url, headers=PT).content.decode()
    assert "Teria 20 minutos para uma conversa curta" in portuguese
    assert "[o assunto sobre o qual gostaria de conselho]" in portuguese or "O meu objetivo" in portuguese
    assert "Would you have 20 minutes" not in portuguese
    english = client.get(url, headers={"Accept-Language": "en-GB"}).content.decode()
    assert "Would you have 20 minutes" in english
