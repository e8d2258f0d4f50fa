def home_items(person) -> list[dict]:
    """What this app has due for the person, for Home: dicts with title, url, due (datetime or None), kind."""
    return []
