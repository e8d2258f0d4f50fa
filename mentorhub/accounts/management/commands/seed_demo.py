import random

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone

from mentorhub.accounts.models import User
from mentorhub.interviews import demo as interviews_demo
from mentorhub.lib import bulk, demo_data
from mentorhub.meetings import demo as meetings_demo
from mentorhub.network import demo as network_demo
from mentorhub.nudges.models import Nudge
from mentorhub.nudges.services import deliver_in_app_only
from mentorhub.profiles.models import Profile
from mentorhub.programs.models import Enrollment, Program
from mentorhub.relationships import demo as relationships_demo

# Each app adds its own demo data, in life-cycle order, after the people exist.
DEMO_APPS = [network_demo, relationships_demo, meetings_demo, interviews_demo]


class Command(BaseCommand):
    help = "Load deterministic demo people, a demo program and the three fixed demo logins."

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=800, help="generated people besides the fixed logins")
        parser.add_argument("--seed", type=int, default=2027)
        parser.add_argument("--if-empty", action="store_true", help="do nothing when anyone has signed up already")

    @transaction.atomic
    def handle(self, size, seed, if_empty, **options):
        if if_empty and User.objects.exists():
            self.stdout.write("Demo data: the database has people already; nothing loaded.")
            return
        if User.objects.filter(email__in=[p["email"] for p in demo_data.FIXED]).exists():
            self.stderr.write("Demo data is loaded already; use a fresh database to load it again.")
            return
        # One argon2 hash shared by every generated person: hashing thousands of passwords would take minutes,
        # and these accounts are demo data with a published password anyway.
        password = make_password(demo_data.DEMO_PASSWORD)
        people = demo_data.FIXED + demo_data.generated_people(size, seed)
        # lib.bulk rather than bulk_create: the ORM compiling 3 million values was most of the time at 100,000.
        users = bulk.insert(User, [User(email=p["email"], password=password, email_verified=True) for p in people])
        # No post_save either: the verified addresses allauth logs people in by are made here.
        bulk.insert(EmailAddress, [EmailAddress(user=u, email=u.email, primary=True, verified=True) for u in users])
        profile_fields = {f.name for f in Profile._meta.fields}
        profiles = [
            Profile(user=u, **{k: v for k, v in p.items() if k in profile_fields})
            for u, p in zip(users, people, strict=True)
        ]
        for profile in profiles:
            profile.fill_search_text()
        bulk.insert(Profile, profiles)
        # Each app's demo reads people's profiles: from memory, not one query per person (100,000 at the largest).
        for user, profile in zip(users, profiles, strict=True):
            user.profile = profile
        by_email = {u.email: u for u in users}
        program = Program.objects.create(**demo_data.DEMO_PROGRAM)
        program.coordinators.add(by_email["coordinator@example.com"])
        members = [
            (by_email["mentee@example.com"], Enrollment.MENTEE),
            (by_email["mentor@example.com"], Enrollment.MENTOR),
        ]
        members += [
            (u, Enrollment.MENTOR if p["accepting_mentees"] else Enrollment.MENTEE)
            for u, p in zip(users[3:43], people[3:43], strict=True)
        ]
        Enrollment.objects.bulk_create(
            [Enrollment(program=program, person=u, role=role, status=Enrollment.APPROVED) for u, role in members]
        )
        rng = random.Random(seed)
        for app in DEMO_APPS:
            app.seed_demo(by_email, rng)
        # What the demo history would have sent lands in the notification centre, not in a burst of emails.
        deliver_in_app_only(Nudge.objects.filter(due_at__lte=timezone.now(), delivered_at__isnull=True))
        # A bulk load leaves the planner's statistics describing empty tables until autovacuum gets round to them
        # (PostgreSQL) or forever (SQLite has no automatic ANALYZE): plans made for empty tables scan instead of
        # using indexes, and until a VACUUM marks the pages all-visible an index-only scan still reads the table.
        # At 10,000 people on PostgreSQL, people search's p95 was ~80 ms instead of ~30, and the mentor
        # directory's version check 8 ms instead of 1, until autovacuum came round.
        transaction.on_commit(refresh_planner_statistics)
        self.stdout.write(
            f"Demo data: {len(users)} people ({sum(p.get('accepting_mentees', False) for p in people)} mentors), "
            f"program “{program.name}”. Logins: mentee@example.com, mentor@example.com, coordinator@example.com; "
            f"password {demo_data.DEMO_PASSWORD}."
        )


def refresh_planner_statistics():
    # After the commit, outside any transaction: PostgreSQL's VACUUM cannot run inside one. SQLite's VACUUM would
    # only rewrite the file.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
