from datetime import timedelta

from django.utils import timezone

from . import services

CONTACTS = [
    {
        "name": "Daniel Reyes",
        "email": "mentor@example.com",
        "organisation": "Brightline Analytics",
        "role": "Head of Product",
        "how_known": "association",
        "known_for": "helping analysts move into product roles",
        "research_notes": "your talk “From dashboards to decisions” at ProductCamp Lisbon\n"
        "Moved from data analyst to Head of Product in four years; writes about stakeholder maps.",
        "values_fit": "Curiosity and honesty; likes agendas shared in advance, as I do.",
    },
    {
        "name": "Sofia Almeida",
        "organisation": "Lumen Health",
        "role": "Senior Product Manager",
        "how_known": "event",
    },
    {
        "name": "Kwame Mensah",
        "email": "kwame.mensah@pagamento.example",
        "organisation": "Pagamento",
        "role": "Product Lead, Payments",
        "how_known": "senior_colleague",
        "known_for": "launching instant payouts",
        "research_notes": "your write-up of the instant payouts launch on the engineering blog\n"
        "Runs the monthly product review; started in customer support.",
    },
    {
        "name": "Inês Costa",
        "email": "ines.costa@vela.example",
        "organisation": "Vela Commerce",
        "role": "Group Product Manager",
        "how_known": "alumni",
        "research_notes": "your podcast episode on pricing experiments with small teams\nNova SBE alumna, 2014.",
    },
    {"name": "Tomás Santos", "organisation": "Pagamento", "role": "Analytics Manager", "how_known": "supervisor"},
]


def seed_demo(people: dict, rng) -> None:
    """Maya's network: a few researched contacts, one contacted a week ago, one met yesterday at an event."""
    maya = people.get("mentee@example.com")
    if maya is None:
        return
    now = timezone.now()
    contacts = {}
    for data in CONTACTS:
        contact = services.save_contact(maya, None, data)
        contact.connected_on = (now - timedelta(days=rng.randint(60, 1500))).date()
        contact.save(update_fields=["connected_on"])
        contacts[data["name"]] = contact
    services.log_encounter(
        maya,
        contact=contacts["Sofia Almeida"],
        where="Lisbon Product Meetup",
        met_at=now - timedelta(hours=rng.randint(18, 30)),
        notes="How she runs discovery interviews with clinicians",
    )
    kwame = contacts["Kwame Mensah"]
    subject, body = services.draft(kwame, "informational")
    # Maya turns the prompt the template left into her own words, as a person does before sending.
    prompt = services.prompt_with_note("highlight", services.first_line(kwame.research_notes))
    body = body.replace(prompt, "your write-up of the instant payouts launch on the engineering blog")
    services.send_message(
        maya,
        kwame,
        template="informational",
        channel="email",
        subject=subject,
        body=body,
        sent_at=now - timedelta(days=8, hours=rng.randint(1, 10)),
    )
