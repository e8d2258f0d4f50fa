"""Start the local identity provider (settings.py beside this file) on a free port and stop it after the test."""

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

ROOT = Path(__file__).resolve().parents[2]
CLIENT_ID, CLIENT_SECRET = "mentorhub", "mentorhub-secret"
PASSWORD = "acme-passphrase-1"
SETUP = """
from django.contrib.auth.models import User
from oauth2_provider.models import Application
for email in ("ines@acme.example", "unverified@acme.example"):
    User.objects.create_user(email, email, PASSWORD)
Application.objects.create(
    name="Mentorship Hub", client_id=CLIENT_ID, client_secret=CLIENT_SECRET, hash_client_secret=False,
    client_type="confidential", authorization_grant_type="authorization-code", skip_authorization=True,
    redirect_uris=f"{SITE}/account/oidc/acme/login/callback/",
    algorithm="RS256",
)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def identity_provider(tmp_path, site="http://testserver"):
    """Yield the provider's server URL (what an operator types as `server_url`) and a function that sets how it
    misbehaves from the next token on (validator.misbehaviour)."""
    mode = tmp_path / "mode"
    mode.write_text("")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    (tmp_path / "key.pem").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.oidc_provider.settings",
        "OIDC_PROVIDER_DB": str(tmp_path / "idp.sqlite3"),
        "OIDC_PROVIDER_KEY": str(tmp_path / "key.pem"),
        "OIDC_PROVIDER_MODE": str(mode),
        "PYTHONPATH": str(ROOT),
    }
    manage = [sys.executable, "-m", "django"]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=ROOT)
    values = f"PASSWORD, CLIENT_ID, CLIENT_SECRET, SITE = {PASSWORD!r}, {CLIENT_ID!r}, {CLIENT_SECRET!r}, {site!r}\n"
    subprocess.run([*manage, "shell", "-c", values + SETUP], env=env, check=True, cwd=ROOT)
    port = free_port()
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload", "--nothreading"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/o"
    try:
        for _ in range(100):
            try:
                if requests.get(f"{url}/.well-known/openid-configuration", timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.1)
        yield url, mode.write_text
    finally:
        server.terminate()
        server.wait(timeout=10)


def provider_settings(server_url, **extra) -> dict:
    """SOCIALACCOUNT_PROVIDERS with this provider as "Acme", for the acme.example domain."""
    app = {
        "provider_id": "acme",
        "name": "Acme",
        "client_id": CLIENT_ID,
        "secret": CLIENT_SECRET,
        "settings": {"server_url": server_url, "domains": ["acme.example"], **extra},
    }
    return {"openid_connect": {"OAUTH_PKCE_ENABLED": True, "APPS": [app]}}


def sign_in_at_provider(authorize_url: str, email: str) -> str:
    """Log in at the provider like a person in a browser; return where it sends them back (our callback)."""
    browser = requests.Session()
    first = browser.get(authorize_url, allow_redirects=False)
    login_url = first.headers["Location"]
    if login_url.startswith("/"):
        login_url = authorize_url.split("/o/")[0] + login_url
    page = browser.get(login_url)
    token = page.text.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    done = browser.post(
        login_url,
        {"username": email, "password": PASSWORD, "csrfmiddlewaretoken": token},
        headers={"Referer": login_url},
        allow_redirects=False,
    )
    back = browser.get(authorize_url.split("/o/")[0] + done.headers["Location"], allow_redirects=False)
    return back.headers["Location"]
