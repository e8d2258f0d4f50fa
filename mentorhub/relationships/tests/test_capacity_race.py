import threading

import pytest
from django.db import connection

from conftest import make_person
from mentorhub.lib.errors import DomainError
from mentorhub.relationships import services
from mentorhub.relationships.models import MentorshipRequest, Relationship

ATTEMPTS = 50


@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_accepts_fill_capacity_of_three_exactly():
    mentor = make_person("busy@test.example", "Busy Mentor", accepting_mentees=True, mentor_capacity=3)
    requests = []
    for i in range(ATTEMPTS):
        mentee = make_person(f"mentee{i}@test.example", f"Mentee {i}", seeking_mentors=True)
        requests.append(services.send_request(mentee, mentor, message="Thank you for considering a short call."))
    barrier = threading.Barrier(ATTEMPTS)
    outcomes = []

    def accept(request: MentorshipRequest):
        try:
            barrier.wait()
            services.accept_request(request.pk, mentor)
            outcomes.append("accepted")
        except DomainError as error:
            outcomes.append(error.code)
        finally:
            connection.close()  # each thread has its own real connection

    threads = [threading.Thread(target=accept, args=(r,)) for r in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert outcomes.count("accepted") == 3
    assert outcomes.count("no_capacity") == ATTEMPTS - 3
    assert Relationship.objects.filter(mentor=mentor, status="active").count() == 3
    assert MentorshipRequest.objects.filter(status="accepted").count() == 3
