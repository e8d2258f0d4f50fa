import socket
import subprocess
from pathlib import Path

RUN = Path(__file__).resolve().parents[1] / "run"


def test_serve_on_a_busy_port_fails_and_says_why():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        finished = subprocess.run([str(RUN), "serve", "--port", str(port)], capture_output=True, text=True, timeout=20)
    assert finished.returncode != 0
    assert f"port {port} is already in use" in finished.stderr
    assert "is running" not in finished.stdout
