"""A relationship's health: its inputs (inputs.py), the pure score (score.py), and the daily snapshots and the
score a person sees (services.py). It reads relationships and meetings, so it sits above both; docs/health.md."""
