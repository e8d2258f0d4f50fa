"""Reports: the dashboard's numbers lead to the pairs behind them; pair exports carry health, phase and meeting
counts, and a survey average only for a group of at least five people who answered."""

from django.urls import reverse

from conftest import make_person
from mentorhub.nudges.models import Pulse
from mentorhub.programs.models import Enrollment
from mentorhub.relationships import lifecycle
from mentorhub.relationships.models import Relationship


def more_pairs(program, count):
    pairs = []
    for n in range(count):
        mentee = make_person(f"mentee{n}@test.example", f"Mina Mentee{n}", seeking_mentors=True)
        mentor = make_person(f"mentor{n}@test.example", f"Milo Mentor{n}", accepting_mentees=True)
        for person, role in ((mentee, "mentee"), (mentor, "mentor")):
            Enrollment.objects.create(program=program, person=person, role=role, status="approved", cohort="Spring")
        pairs.append(lifecycle.start(mentee, mentor, actor=None, program=program))
    return pairs


def test_the_dashboards_numbers_link_to_the_pairs_behind_them(pair, personas, client_for):
    done = more_pairs(personas.program, 1)[0]
    lifecycle.close(done, done.mentee, outcome=Relationship.COMPLETED, reason="goals_met")
    client = client_for(personas.coordinator)
    dashboard = client.get(reverse("programs:dashboard", args=["data"])).content.decode()
    link = reverse("coordination:pairs", args=["data"]) + "?status=completed"
    assert f'href="{link}"' in dashboard
    listed = client.get(link).content.decode()
    assert "Mina Mentee0 and Milo Mentor0" in listed and "Maya Mentee and Marco Mentor" not in listed
    current = client.get(reverse("coordination:pairs", args=["data"]) + "?status=current").content.decode()
    assert "Maya Mentee and Marco Mentor" in current and "Mina Mentee0" not in current


def answer_surveys(pairs):
    for p in pairs:
        for person in (p.mentee, p.mentor):
            Pulse.objects.create(relationship=p, person=person, kind=Pulse.SURVEY_30, score=4)


def export(client_for, personas):
    return client_for(personas.coordinator).get(reverse("coordination:export", args=["data", "json"])).json()


def test_the_export_suppresses_a_survey_average_of_fewer_than_five_people(pair, personas, client_for):
    answer_surveys(more_pairs(personas.program, 2))
    data = export(client_for, personas)
    assert {c["cohort"]: (c["people"], c["survey_average"]) for c in data["cohorts"]} == {"Spring": (None, None)}
    row = next(r for r in data["pairs"] if r["mentee"] == "Maya Mentee")
    assert (row["status"], row["phase"], row["meetings_held"], row["health_level"]) == ("active", "initiation", 0, None)
    assert all(r["cohort_survey_average"] is None for r in data["pairs"])


def test_the_export_shows_the_average_of_five_or_more(pair, personas, client_for):
    answer_surveys(more_pairs(personas.program, 3))
    data = export(client_for, personas)
    assert {c["cohort"]: (c["people"], c["survey_average"]) for c in data["cohorts"]} == {"Spring": (6, 4.0)}
    csv = client_for(personas.coordinator).get(reverse("coordination:export", args=["data", "csv"])).content.decode()
    assert csv.splitlines()[0].startswith("mentee_email,mentee,mentor_email,mentor,cohort,status,phase")
    assert ",Spring,active,initiation," in csv and ",4.0" in csv


def test_the_outcome_report_per_cohort(pair, personas, client_for):
    pairs = more_pairs(personas.program, 3)
    answer_surveys(pairs)
    lifecycle.close(pairs[0], pairs[0].mentee, outcome=Relationship.ENDED_EARLY, reason="schedule")
    lifecycle.close(pairs[1], pairs[1].mentee, outcome=Relationship.COMPLETED, reason="goals_met")
    Pulse.objects.create(relationship=pairs[1], person=pairs[1].mentee, kind=Pulse.SURVEY_END, score=5)
    url = reverse("coordination:outcomes", args=["data"])
    page = client_for(personas.coordinator).get(url).content.decode()
    spring = page.split('<th scope="row">Spring</th>')[1].split("</tr>")[0]
    cells = [c.split("<")[0] for c in spring.split("<td>")[1:]]
    assert cells[:4] == ["3", "1", "1", "1"]
    assert "Schedules did not fit: 1" in spring
    assert "4.0" in spring and "too few answers to show" in spring and ">5<" not in spring
    assert client_for(personas.mentee).get(url).status_code == 404
