import pytest

pytestmark = pytest.mark.django_db


def test_the_program_settings_say_who_reads_the_description_and_the_questions(client_for, personas):
    coordinator = client_for(personas.coordinator)
    page = coordinator.get(f"/programs/{personas.program.slug}/settings/").content.decode()
    assert page.count("Everyone who may open the program&#x27;s page reads this") == 2  # name and description
    page = coordinator.get(f"/programs/{personas.program.slug}/questions/").content.decode()
    assert "People applying in this role read the question; the program&#x27;s coordinators read their answers." in page
