def gettext_noop(message: str) -> str:
    """Marks a coach's English text for translation (makemessages looks for this name) without needing Django's
    settings, which the CLI and the benchmarks do not load; pages translate it through coach.panel.translate."""
    return message
