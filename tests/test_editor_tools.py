"""The tools around a pull request: issue forms, the pull-request template, the pre-commit hook."""

import re
import shlex
import subprocess

import pytest
import yaml

from tests.conftest import ROOT

FORMS = ROOT / ".github/ISSUE_TEMPLATE"
FIELD_TYPES = {"markdown", "input", "textarea", "dropdown", "checkboxes"}


@pytest.mark.parametrize("name", ["report-an-error.yml", "suggest-a-source.yml"])
def test_issue_forms_are_well_formed(name):
    """GitHub's issue-form syntax: name, description and a body of typed fields with unique ids and labels."""
    form = yaml.safe_load((FORMS / name).read_text())
    assert form["name"] and form["description"] and isinstance(form["body"], list)
    ids = [item["id"] for item in form["body"] if "id" in item]
    assert len(ids) == len(set(ids))
    for item in form["body"]:
        assert item["type"] in FIELD_TYPES
        if item["type"] == "markdown":
            assert item["attributes"]["value"].strip()
        else:
            assert item["attributes"]["label"] and re.fullmatch(r"[a-z_-]+", item["id"])
        if item["type"] == "dropdown":
            assert item["attributes"]["options"]


def test_report_an_error_keeps_the_name_the_site_links_to():
    assert yaml.safe_load((FORMS / "report-an-error.yml").read_text())["name"] == "Report an error in a record"


def test_the_pull_request_template_asks_for_sources():
    text = (ROOT / ".github/PULL_REQUEST_TEMPLATE.md").read_text()
    assert "## Sources" in text and "`source:`" in text and "- [ ]" in text


def hook() -> dict:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())
    [repo] = config["repos"]
    [found] = repo["hooks"]
    assert repo["repo"] == "local" and found["language"] == "system" and found["pass_filenames"] is False
    return found


@pytest.mark.parametrize(
    "path, runs",
    [
        ("content/forces/kent.yml", True),
        ("content/national/assessment-2017.yml", True),
        ("schema/force.schema.json", True),
        ("README.md", False),
        ("templates/force.md.j2", False),
    ],
)
def test_the_pre_commit_hook_runs_on_changed_records(path, runs):
    assert bool(re.search(hook()["files"], path)) == runs


def test_the_pre_commit_hook_runs_the_check():
    command = shlex.split(hook()["entry"])
    assert command == [".venv/bin/python", "-m", "generator", "check"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.splitlines()[-1].endswith("no errors"), done.stdout
