import pytest
from playwright.sync_api import expect

from mentorhub.relationships.models import Relationship

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

HEADER = "email,name,role,skills,languages,timezone,department,capacity,cohort\n"
# Greedy's trap: Sofia enrolled first and likes Ana best, but Ana is the only mentor who speaks Spanish with
# Diego, and Bruno teaches Sofia's SQL well; nobody speaks Portuguese with João.
COHORT = (
    HEADER
    + "ana@corp.example,Ana Ribeiro,mentor,SQL;product management,English;Spanish,Europe/Madrid,Data,1,Spring\n"
    + "bruno@corp.example,Bruno Keller,mentor,SQL;statistics,English,Europe/Berlin,Data,2,Spring\n"
    + "sofia@corp.example,Sofia Lind,mentee,SQL;product management,English,Europe/Stockholm,Finance,,Spring\n"
    + "diego@corp.example,Diego Ramos,mentee,product management,Spanish,Europe/Madrid,Sales,,Spring\n"
    + "joao@corp.example,João Pires,mentee,statistics,Portuguese,Europe/Lisbon,Sales,,Spring\n"
)


def test_import_a_cohort_dry_run_publish_and_watch_the_dashboard(page, site, shot, personas, tmp_path):
    page.goto(site + "/account/login/")
    page.get_by_label("Email").fill("coordinator@test.example")
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Programs").click()
    page.get_by_role("link", name="Data Mentoring").first.click()
    page.get_by_role("link", name="Import CSV").first.click()

    broken = tmp_path / "cohort-broken.csv"
    broken.write_text(COHORT + "zoe@corp,Zoe,coach,,English,Mars/Base,,,\n")
    page.get_by_label("CSV file").set_input_files(broken)
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_role("alert")).to_contain_text("1 row with errors")
    expect(page.get_by_text("role must be mentee or mentor")).to_be_visible()
    shot("40-program-import-errors")

    page.get_by_role("link", name="Choose another file").click()
    cohort = tmp_path / "cohort.csv"
    cohort.write_text(COHORT)
    page.get_by_label("CSV file").set_input_files(cohort)
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_text("Every row is valid.")).to_be_visible()
    shot("41-program-import-preview")
    page.get_by_role("button", name="Import 5 participants").click()
    expect(page.get_by_text("Imported: 5 new accounts invited")).to_be_visible()
    expect(page.get_by_role("cell", name="Diego Ramos diego@corp.example")).to_be_visible()
    shot("42-program-participants")

    page.get_by_role("navigation", name="Coordinator").get_by_role("link", name="Matching").click()
    page.get_by_label("Never pair people from the same department").check()
    shot("43-program-matching")
    page.get_by_role("button", name="Run a dry run").click()
    expect(page.get_by_role("heading", name="Run 1")).to_be_visible()
    pairs = page.get_by_role("region", name="Proposed pairs")
    expect(pairs.get_by_role("row", name="Diego Ramos Ana Ribeiro")).to_contain_text("covers your skill gap")
    expect(pairs.get_by_role("row", name="Sofia Lind Bruno Keller")).to_be_visible()
    expect(page.locator("#gain")).to_contain_text("+1 matched")
    expect(page.get_by_text("João Pires: no mentor shares Portuguese")).to_be_visible()
    expect(page.get_by_text("Optimal", exact=True)).to_be_visible()
    shot("44-program-dry-run")

    page.get_by_label("Yes, start 2 relationships and send 4 emails").check()
    page.get_by_role("button", name="Publish: start 2 relationships").click()
    expect(page.get_by_text("Published: 2 relationships started")).to_be_visible()
    expect(pairs.get_by_text("started")).to_have_count(2)
    assert Relationship.objects.filter(program=personas.program, status="active").count() == 2

    page.get_by_role("navigation", name="Coordinator").get_by_role("link", name="Dashboard").click()
    expect(page.locator("#active-count")).to_contain_text("2")
    phases = page.get_by_role("region", name="Active relationships by phase")
    expect(phases.locator("canvas")).to_be_visible()
    phases.get_by_text("Data table").click()
    expect(phases.get_by_role("row", name="Initiation")).to_contain_text("2")
    page.wait_for_function("() => Chart.instances && Object.keys(Chart.instances).length > 0")
    shot("45-program-dashboard")
