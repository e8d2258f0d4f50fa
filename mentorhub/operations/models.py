from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

WORKER, SWEEP = "worker", "sweep"


class Heartbeat(models.Model):
    """One background process (a db_worker or a sweep) while it lives: it writes `beat_at` every few seconds, so a
    process that stopped beating is seen dead and its work is taken over (docs/operations.md)."""

    name = models.CharField(max_length=64, unique=True, help_text=_("The db_worker's worker id, or the sweep's."))
    kind = models.CharField(max_length=10, choices=[(WORKER, "db_worker"), (SWEEP, "sweep")])
    host = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField(default=timezone.now)
    beat_at = models.DateTimeField(default=timezone.now)
    last_sweep_at = models.DateTimeField(null=True, blank=True)
    stopped_at = models.DateTimeField(null=True, blank=True, help_text=_("Stopped cleanly, or seen dead."))
    recovered_tasks = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["beat_at"], name="heartbeat_live_idx", condition=Q(stopped_at__isnull=True))]

    def __str__(self):
        return f"{self.kind} {self.host}:{self.pid}"
