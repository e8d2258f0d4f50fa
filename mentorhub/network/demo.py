def seed_demo(people: dict, rng) -> None:
    """Add this app's demo data; `people` maps email to User (the three fixed demo logins among them)."""
