"""Deterministic, realistic demo people. Same --seed, same people, on any machine."""

import random

DEMO_PASSWORD = "mentorhub-demo"

FIRST = [
    "Amara", "Ana", "Arjun", "Beatriz", "Chen", "Daniel", "Fatima", "Felix", "Grace", "Hiroshi", "Ines", "Ivan",
    "Jamal", "Julia", "Kwame", "Lea", "Lucas", "Mei", "Mohammed", "Nadia", "Noah", "Olga", "Omar", "Priya", "Rafael",
    "Sara", "Sofia", "Tariq", "Thandi", "Tomás", "Valentina", "Wei", "Yara", "Yusuf", "Zanele", "Elif", "Mateo",
    "Aiko", "Kofi", "Ingrid", "Diego", "Leila", "Sven", "Chloé", "Ravi", "Nkechi", "Pablo", "Hana",
]  # fmt: skip
LAST = [
    "Adeyemi", "Almeida", "Bakker", "Banerjee", "Costa", "Dubois", "Eriksen", "Fernandes", "García", "Haddad",
    "Ito", "Jansen", "Kim", "Kowalski", "Li", "Mahlangu", "Martins", "Mensah", "Müller", "Nakamura", "Novak",
    "Okafor", "Oliveira", "Petrov", "Popescu", "Reyes", "Rossi", "Santos", "Schmidt", "Singh", "Tanaka",
    "Van Dijk", "Wang", "Yilmaz", "Zhang", "Abebe", "Nguyen", "Hernández", "Kaur", "Lindqvist",
]  # fmt: skip
INDUSTRIES = {
    "Software": [
        "Python",
        "system design",
        "code review",
        "cloud architecture",
        "testing",
        "JavaScript",
        "DevOps",
    ],
    "Data & analytics": [
        "SQL",
        "statistics",
        "data visualisation",
        "machine learning",
        "Python",
        "dbt",
        "experimentation",
    ],
    "Product": [
        "product management",
        "user research",
        "roadmapping",
        "stakeholder management",
        "prioritisation",
    ],
    "Design": [
        "UX design",
        "user research",
        "design systems",
        "prototyping",
        "accessibility",
        "visual design",
    ],
    "Finance": ["financial modelling", "accounting", "risk management", "Excel", "investor relations"],
    "Healthcare": [
        "clinical leadership",
        "patient safety",
        "healthcare policy",
        "nursing education",
        "research methods",
    ],
    "Education": [
        "curriculum design",
        "classroom management",
        "instructional design",
        "assessment",
        "edtech",
    ],
    "Marketing": [
        "content strategy",
        "SEO",
        "brand strategy",
        "copywriting",
        "growth marketing",
        "analytics",
    ],
    "Public sector": ["policy analysis", "stakeholder management", "programme management", "procurement"],
    "Nonprofit": ["fundraising", "grant writing", "volunteer management", "impact measurement", "advocacy"],
}
CAREER_SKILLS = [
    "public speaking", "negotiation", "people management", "career change", "leadership", "networking",
    "giving feedback", "time management", "writing", "hiring",
]  # fmt: skip
ROLES_SENIOR = ["Head of {}", "Principal {}", "Director of {}", "Senior {} Lead", "VP of {}"]
ROLES_JUNIOR = ["Junior {}", "{} Associate", "{} Analyst", "Graduate {}", "{} Specialist"]
FIELD_NOUN = {
    "Software": "Engineering", "Data & analytics": "Data", "Product": "Product", "Design": "Design",
    "Finance": "Finance", "Healthcare": "Nursing", "Education": "Teaching", "Marketing": "Marketing",
    "Public sector": "Policy", "Nonprofit": "Programmes",
}  # fmt: skip
PLACES = [
    ("Lisbon, Portugal", "Europe/Lisbon", ["Portuguese", "English"]),
    ("São Paulo, Brazil", "America/Sao_Paulo", ["Portuguese", "English"]),
    ("London, UK", "Europe/London", ["English"]),
    ("Berlin, Germany", "Europe/Berlin", ["German", "English"]),
    ("Madrid, Spain", "Europe/Madrid", ["Spanish", "English"]),
    ("Mexico City, Mexico", "America/Mexico_City", ["Spanish", "English"]),
    ("New York, USA", "America/New_York", ["English"]),
    ("Toronto, Canada", "America/Toronto", ["English", "French"]),
    ("San Francisco, USA", "America/Los_Angeles", ["English"]),
    ("Lagos, Nigeria", "Africa/Lagos", ["English", "Yoruba"]),
    ("Nairobi, Kenya", "Africa/Nairobi", ["English", "Swahili"]),
    ("Johannesburg, South Africa", "Africa/Johannesburg", ["English", "Zulu"]),
    ("Bangalore, India", "Asia/Kolkata", ["English", "Hindi"]),
    ("Singapore", "Asia/Singapore", ["English", "Mandarin"]),
    ("Tokyo, Japan", "Asia/Tokyo", ["Japanese", "English"]),
    ("Sydney, Australia", "Australia/Sydney", ["English"]),
    ("Paris, France", "Europe/Paris", ["French", "English"]),
    ("Istanbul, Türkiye", "Europe/Istanbul", ["Turkish", "English"]),
    ("Warsaw, Poland", "Europe/Warsaw", ["Polish", "English"]),
    ("Stockholm, Sweden", "Europe/Stockholm", ["Swedish", "English"]),
]
VALUES = [
    "honesty",
    "curiosity",
    "craft",
    "inclusion",
    "autonomy",
    "generosity",
    "impact",
    "balance",
    "learning",
]
INTERESTS = [
    "open source",
    "writing",
    "running",
    "music",
    "climate",
    "startups",
    "teaching",
    "travel",
    "chess",
]
FORMATS = ["video", "phone", "in_person"]
CHANNELS = ["email", "chat", "video", "phone"]
LEVELS_MENTOR = ["intermediate", "advanced", "advanced", "expert", "expert"]

FIXED = [
    {
        "email": "mentee@example.com",
        "name": "Maya Okafor",
        "headline": "Data analyst moving towards product management",
        "bio": "I analyse payments data at a fintech in Lisbon and want to move into product management within a "
        "year. I am looking for a mentor who has made that move and can help me with stakeholder management.",
        "current_role": "Data Analyst",
        "organisation": "Pagamento",
        "industry": "Data & analytics",
        "years_experience": 3,
        "location": "Lisbon, Portugal",
        "timezone": "Europe/Lisbon",
        "languages": ["English", "Portuguese"],
        "skills_offered": [{"name": "SQL", "level": "advanced"}],
        "skills_sought": ["product management", "stakeholder management", "public speaking"],
        "values": ["curiosity", "honesty", "learning"],
        "interests": ["startups", "running"],
        "meeting_formats": ["video"],
        "channels": ["email", "chat"],
        "seeking_mentors": True,
        "accepting_mentees": False,
    },
    {
        "email": "mentor@example.com",
        "name": "Daniel Reyes",
        "headline": "Head of Product; moved from analytics to product ten years ago",
        "bio": "I lead product for a B2B analytics company. I started as a data analyst and enjoy helping analysts "
        "and engineers find their way into product roles. I like agendas shared in advance.",
        "current_role": "Head of Product",
        "organisation": "Brightline Analytics",
        "industry": "Product",
        "years_experience": 14,
        "location": "London, UK",
        "timezone": "Europe/London",
        "languages": ["English", "Spanish", "Portuguese"],
        "skills_offered": [
            {"name": "product management", "level": "expert"},
            {"name": "stakeholder management", "level": "advanced"},
            {"name": "SQL", "level": "advanced"},
            {"name": "career change", "level": "expert"},
        ],
        "skills_sought": ["coaching"],
        "values": ["curiosity", "generosity", "honesty"],
        "interests": ["startups", "chess"],
        "meeting_formats": ["video", "in_person"],
        "channels": ["email", "video"],
        "seeking_mentors": False,
        "accepting_mentees": True,
        "mentor_capacity": 3,
    },
    {
        "email": "coordinator@example.com",
        "name": "Priya Raman",
        "headline": "Runs the Data & Product mentoring program",
        "bio": "I coordinate our company-wide mentoring program for data and product people.",
        "current_role": "Learning & Development Lead",
        "organisation": "Pagamento",
        "industry": "Education",
        "years_experience": 9,
        "location": "Lisbon, Portugal",
        "timezone": "Europe/Lisbon",
        "languages": ["English"],
        "meeting_formats": ["video"],
    },
]
DEMO_PROGRAM = {
    "name": "Data & Product Mentoring 2027",
    "slug": "data-product-2027",
    "description": "A six-month cohort pairing analysts and engineers with experienced product and data leaders.",
}


def generated_people(size: int, seed: int) -> list[dict]:
    """`size` people: about three in eight mentors, the rest mentees, a few of them both."""
    rng = random.Random(seed)
    people = []
    for i in range(size):
        industry = rng.choice(list(INDUSTRIES))
        place, tz, langs = rng.choice(PLACES)
        is_mentor = i % 8 < 3
        years = rng.randint(8, 30) if is_mentor else rng.randint(0, 7)
        pool = INDUSTRIES[industry] + CAREER_SKILLS
        noun = FIELD_NOUN[industry]
        role = rng.choice(ROLES_SENIOR if is_mentor else ROLES_JUNIOR).format(noun)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        langs = langs + (["English"] if "English" not in langs else []) if rng.random() < 0.9 else langs[:1]
        person = {
            "email": f"{first}.{last}.{i}@demo.mentorhub.test".lower().replace(" ", ""),
            "name": f"{first} {last}",
            "headline": f"{role}{' · happy to mentor' if is_mentor else ' · growing in ' + rng.choice(pool)}",
            "bio": (
                f"{years} years in {industry.lower()}. "
                + (
                    f"I enjoy helping people with {', '.join(rng.sample(pool, 2))}."
                    if is_mentor
                    else f"I want to get better at {', '.join(rng.sample(pool, 2))}."
                )
            ),
            "current_role": role,
            "organisation": f"{rng.choice(LAST)} {rng.choice(['Labs', 'Group', 'Health', 'Partners', 'Systems'])}",
            "industry": industry,
            "years_experience": years,
            "location": place,
            "timezone": tz,
            "languages": langs,
            "values": rng.sample(VALUES, 3),
            "interests": rng.sample(INTERESTS, 2),
            "meeting_formats": rng.sample(FORMATS, rng.randint(1, 3)),
            "channels": rng.sample(CHANNELS, 2),
            "seeking_mentors": not is_mentor or rng.random() < 0.15,
            "accepting_mentees": is_mentor,
            "mentor_capacity": rng.randint(1, 5) if is_mentor else 2,
            "skills_offered": [
                {"name": s, "level": rng.choice(LEVELS_MENTOR if is_mentor else ["beginner", "intermediate"])}
                for s in rng.sample(pool, rng.randint(2, 5) if is_mentor else 1)
            ],
            "skills_sought": rng.sample(pool, rng.randint(1, 3)) if not is_mentor else [],
        }
        people.append(person)
    return people
