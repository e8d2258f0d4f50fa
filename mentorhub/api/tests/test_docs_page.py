import pytest

pytestmark = pytest.mark.django_db


def test_api_docs_load_swagger_from_this_site_under_the_same_policy(client):
    response = client.get("/api/docs")
    assert response.status_code == 200
    assert "script-src 'self'" in response["Content-Security-Policy"]
    page = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in page and "cdn" not in page
