"""The site installs as an app on a phone and shows a page of its own when the network is gone."""

import json

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


def test_the_manifest_names_the_app_and_icons_that_exist(client):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200 and response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "Mentorship Hub" and manifest["display"] == "standalone"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert finders.find(icon["src"].removeprefix("/static/")), icon["src"]


def test_the_service_worker_caches_the_shell_and_the_offline_page(client):
    response = client.get("/sw.js")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/javascript")
    worker = response.content.decode()
    assert '"/offline/"' in worker and "/static/css/hub.css" in worker and "/static/js/hub.js" in worker
    assert "caches.match(OFFLINE)" in worker


def test_the_offline_page_stands_alone_without_a_session(client):
    response = client.get("/offline/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "You are offline" in page and "/static/css/hub.css" in page


def test_every_page_links_the_manifest_and_its_stylesheets_in_the_head(client):
    page = client.get("/account/login/").content.decode()
    head, body = page.split("</head>")
    assert 'rel="manifest"' in head and "css/hub.css" in head
    assert "<link" not in body and "<style" not in body
