from .sweep import Command as SweepCommand


class Command(SweepCommand):
    """The name deployments used before every app's periodic work moved into `sweep`."""

    help = "Same as `sweep` (kept for deployments that still start `nudges --loop`)."
