import logging


class NoClientErrorTracebacks(logging.Filter):
    """Django logs a 403 with the PermissionDenied traceback; a refused request is not a fault to debug."""

    def filter(self, record):
        if getattr(record, "status_code", 500) < 500:
            record.exc_info = None
            record.exc_text = None
        return True
