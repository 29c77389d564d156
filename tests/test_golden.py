"""Golden files: the rendered Markdown of a force page and of the national summary.

Regenerate with `pytest tests/test_golden.py --update-golden` and review the diff.
"""

import pytest

from generator.build import check, render_site
from generator.derive import derive
from tests.conftest import ROOT, TODAY

GOLDEN = ROOT / "tests" / "golden"
PAGES = ["forces/west-yorkshire.md", "national.md"]


@pytest.fixture(scope="module")
def rendered():
    content, _ = check(ROOT)
    return render_site(ROOT, derive(content, TODAY))[1]


@pytest.mark.parametrize("page", PAGES)
def test_rendered_page_matches_its_golden_file(page, rendered, update_golden):
    golden = GOLDEN / page.replace("/", "__")
    actual = rendered[page].decode()
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual)
    assert golden.exists(), f"no golden file {golden.name}: run pytest --update-golden"
    assert actual == golden.read_text(), (
        f"{page} differs from {golden.name}; if intended, run pytest --update-golden and review the diff"
    )
