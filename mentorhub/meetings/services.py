def home_items(person) -> list[dict]:
    return []
