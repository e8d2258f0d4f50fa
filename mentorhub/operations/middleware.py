from django.http import JsonResponse

from .status import report

PATH = "/healthz"


class HealthzMiddleware:
    """Answers /healthz before anything else runs: a load balancer probes by IP address over plain HTTP, which the
    host check and the HTTPS redirect would refuse, and the answer needs neither a session nor a user."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != PATH:
            return self.get_response(request)
        status = report()
        response = JsonResponse(status, status=200 if status["ok"] else 503)
        response["Cache-Control"] = "no-store"
        return response
