import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest


class Receiver:
    """A real HTTP endpoint on loopback that records what it gets and answers with the next planned status."""

    def __init__(self, statuses=(200,), headers=None, body=b""):
        self.received, self.statuses = [], list(statuses)
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                outer.received.append(({k.lower(): v for k, v in self.headers.items()}, self.rfile.read(length)))
                status = outer.statuses.pop(0) if len(outer.statuses) > 1 else outer.statuses[0]
                self.send_response(status)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST  # a followed redirect would arrive as a GET

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_port
        self.url = f"http://127.0.0.1:{self.port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(settings):
    """Make receivers on loopback; the operator's switch for internal targets is on, as a self-hoster's would be."""
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = True
    made = []

    def make(statuses=(200,), **answer):
        made.append(Receiver(statuses, **answer))
        return made[-1]

    yield make
    for r in made:
        r.close()
