import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from mentorhub.network import services
from mentorhub.network.models import Contact

pytestmark = pytest.mark.django_db

LINKEDIN = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are missing. '
    'You will only see email addresses for connections who have allowed their connections to see or download it."\n'
    "\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Sofia,Almeida,https://www.linkedin.com/in/sofia-almeida,sofia@lumen.example,Lumen Health,"
    "Senior Product Manager,14 Mar 2024\n"
    'Kwame,Mensah,https://www.linkedin.com/in/kwame,,Pagamento,"Product Lead, Payments",02 Jan 2023\n'
    "Marco,Mentor,https://www.linkedin.com/in/marco,mentor@test.example,Brightline,Head of Product,01 Feb 2022\n"
)


def upload(client, text, name="Connections.csv", encoding="utf-8"):
    data = text.encode(encoding) if isinstance(text, str) else text
    return client.post("/network/import/", {"file": SimpleUploadedFile(name, data, content_type="text/csv")})


def confirm(client):
    preview = client.session.get("network_import")
    return client.post("/network/import/confirm/", {"preview": preview["id"] if preview else "none"})


def test_linkedin_export_with_notes_lines_is_previewed_then_imported(client_for, personas):
    client = client_for(personas.mentee)
    response = upload(client, LINKEDIN)
    assert response.url == "/network/import/preview/"
    page = client.get(response.url).content.decode()
    assert "<strong>3</strong> new contacts" in page and "Import 3 contacts" in page
    assert not Contact.objects.exists()  # a preview saves nothing

    assert confirm(client).url == "/network/"
    kwame, marco, sofia = Contact.objects.filter(owner=personas.mentee).order_by("name")
    assert (kwame.name, kwame.organisation, kwame.role, kwame.email) == (
        "Kwame Mensah",
        "Pagamento",
        "Product Lead, Payments",
        "",
    )
    assert marco.person == personas.mentor  # on the platform: linked to their profile
    assert sofia.connected_on.isoformat() == "2024-03-14" and sofia.how_known == "online"
    assert sofia.links == ["https://www.linkedin.com/in/sofia-almeida"]
    assert "network_import" not in client.session
    assert "Imported 3 contacts" in client.get("/network/").content.decode()


def test_generic_file_with_how_known_as_key_or_label(client_for, personas):
    client = client_for(personas.mentee)
    upload(
        client,
        "name,email,organisation,role,how_known\n"
        "Inês Costa,ines@vela.example,Vela Commerce,Group PM,Alumni network\n"
        "Tomás Santos,,Pagamento,Analytics Manager,supervisor\n"
        "Ana Lima,,,,\n",
    )
    confirm(client)
    assert dict(Contact.objects.values_list("name", "how_known")) == {
        "Inês Costa": "alumni",
        "Tomás Santos": "supervisor",
        "Ana Lima": "other",
    }


def test_bad_rows_are_listed_and_nothing_is_imported(client_for, personas):
    client = client_for(personas.mentee)
    upload(
        client,
        "name,email,organisation,role,how_known\n"
        "Good Person,good@example.org,Acme,,colleague\n"
        ",nobody@example.org,Acme,,\n"
        "Bad Email,not-an-email,Acme,,\n"
        "Odd Link,,Acme,,best friend\n",
    )
    page = client.get("/network/import/preview/").content.decode()
    assert "A name is required." in page
    assert "“not-an-email” is not an email address." in page
    assert "“best friend” is not one of" in page
    assert "Nothing can be imported while 3 rows have errors" in page and "Import 1 contact" not in page
    response = confirm(client)
    assert response.url == "/network/import/preview/"
    assert not Contact.objects.exists()


def test_duplicates_in_the_network_and_in_the_file_are_flagged_and_skipped(client_for, personas, make_contact):
    make_contact(personas.mentee, "Sofia Almeida", email="sofia@lumen.example")
    make_contact(personas.mentee, "Tomás Santos", organisation="Pagamento")
    client = client_for(personas.mentee)
    upload(
        client,
        "name,email,organisation\n"
        "S. Almeida,SOFIA@lumen.example,Lumen\n"
        "tomás  santos,,PAGAMENTO\n"
        "Kwame Mensah,kwame@pagamento.example,Pagamento\n"
        "Kwame M.,kwame@pagamento.example,\n",
    )
    page = client.get("/network/import/preview/").content.decode()
    assert "Duplicate of Sofia Almeida, in your contacts" in page
    assert "Duplicate of Tomás Santos, in your contacts" in page
    assert "Duplicate of line 4 of this file" in page
    confirm(client)
    assert Contact.objects.filter(name__startswith="Kwame").count() == 1
    assert Contact.objects.count() == 3


def test_contacts_added_after_the_preview_are_not_imported_twice(client_for, personas, make_contact):
    client = client_for(personas.mentee)
    upload(client, "name,email\nSofia Almeida,sofia@lumen.example\nKwame Mensah,\n")
    make_contact(personas.mentee, "Sofia A.", email="sofia@lumen.example")
    confirm(client)
    assert sorted(Contact.objects.values_list("name", flat=True)) == ["Kwame Mensah", "Sofia A."]


def test_importing_a_file_twice_changes_nothing_then_fills_in_what_contacts_lack(client_for, personas):
    client = client_for(personas.mentee)
    people = "".join(f"Person {i},p{i}@example.org,Org {i}\n" for i in range(50))
    upload(client, "name,email,organisation\n" + people)
    assert "Imported 50 contacts." in client.get(confirm(client).url).content.decode()
    upload(client, "name,email,organisation\n" + people)
    page = client.get("/network/import/preview/").content.decode()
    assert "<strong>50</strong> already in your contacts" in page and "Import 0 contacts, update 50" in page
    again = client.get(confirm(client).url).content.decode()
    assert "Imported 0 contacts. Already in your contacts: 0 updated with new details, 50 unchanged." in again
    assert Contact.objects.filter(owner=personas.mentee).count() == 50

    # A later export knows Person 1's role; the name the person typed and the organisation stay as they are.
    Contact.objects.filter(email="p1@example.org").update(name="Pat One", organisation="Their own words")
    upload(client, "name,email,organisation,role\nPerson 1,P1@example.org,Org 1,Staff engineer\n")
    assert "1 updated with new details, 0 unchanged" in client.get(confirm(client).url).content.decode()
    pat = Contact.objects.get(email="p1@example.org")
    assert (pat.name, pat.organisation, pat.role) == ("Pat One", "Their own words", "Staff engineer")
    assert Contact.objects.filter(owner=personas.mentee).count() == 50


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name,email\n" + "x" * (2 * 1024 * 1024), "larger than 2 MB"),
        ("name\n" + "".join(f"Person {i}\n" for i in range(5001)), "more than 5,000 contacts"),
        ("name,email,nickname\nSofia,,Sof\n", "Unknown column: nickname"),
        ("First Name,Company\nSofia,Lumen\n", "Missing column: last name"),
        ("email,organisation\nsofia@lumen.example,Lumen\n", "Missing column: name"),
        ("Sofia Almeida;sofia@lumen.example\n", "could not find the header row"),
        ("name,email\n", "has a header but no contacts"),
        ("", "file is empty"),
        ("name,email\nSofia,s@x.example\n".encode("utf-16-le"), "not a CSV text file"),
    ],
)
def test_files_that_cannot_be_imported_are_refused_with_a_clear_message(client_for, personas, content, message):
    client = client_for(personas.mentee)
    page = upload(client, content).content.decode()
    assert message in page
    assert "network_import" not in client.session and not Contact.objects.exists()


def test_exactly_5000_rows_is_allowed(personas):
    rows = services.preview_import(personas.mentee, "name\n" + "".join(f"Person {i}\n" for i in range(5000)))
    assert len(rows) == 5000 and all(r.status == "new" for r in rows)


def test_a_utf16_export_with_old_mac_line_endings_is_read(client_for, personas):
    client = client_for(personas.mentee)
    assert upload(client, LINKEDIN.replace("\n", "\r"), encoding="utf-16").url == "/network/import/preview/"
    assert "<strong>3</strong> new contacts" in client.get("/network/import/preview/").content.decode()


def test_excel_cp1252_file_is_read(client_for, personas):
    client = client_for(personas.mentee)
    upload(client, "name,organisation\nInês Costa,Café Ltd\n", encoding="cp1252")
    confirm(client)
    assert Contact.objects.get().organisation == "Café Ltd"


def test_an_old_preview_cannot_be_confirmed(client_for, personas):
    client = client_for(personas.mentee)
    upload(client, "name\nSofia Almeida\n")
    response = client.post("/network/import/confirm/", {"preview": "stale"})
    assert response.url == "/network/import/" and not Contact.objects.exists()


def test_cancel_drops_the_preview(client_for, personas):
    client = client_for(personas.mentee)
    upload(client, "name\nSofia Almeida\n")
    client.post("/network/import/cancel/")
    assert client.get("/network/import/preview/").url == "/network/import/"
    assert not Contact.objects.exists()


def test_a_preview_belongs_to_the_person_who_uploaded_it(client_for, personas):
    upload(client_for(personas.mentee), "name\nSofia Almeida\n")
    outsider = client_for(personas.outsider)
    assert outsider.get("/network/import/preview/").url == "/network/import/"
    assert outsider.post("/network/import/confirm/", {"preview": "anything"}).url == "/network/import/"
    assert not Contact.objects.exists()
