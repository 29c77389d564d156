"""Site settings that are not records: where the repository lives, and the accessibility statement's dates.

Every "Edit this record", "Report a problem" and "Suggest a source" link is made from REPOSITORY.
Under GitHub Actions (the pull-request preview and the published site) it is the repository the
workflow runs in, from GitHub's own GITHUB_SERVER_URL and GITHUB_REPOSITORY; elsewhere it is the
placeholder below, to be replaced once the public repository's address is settled.
"""

from __future__ import annotations

import datetime as dt
import os

# The site's name: its home page's heading, the feeds' author, the data package's title. mkdocs.yml repeats it as
# `site_name` (the engine reads no Python); a test holds the two to one wording.
SITE_NAME = "Police plans to stop abuse of position for a sexual purpose"

PLACEHOLDER = "https://github.com/OWNER/REPOSITORY"


def repository(env: dict[str, str]) -> str:
    """The public GitHub repository, without a trailing slash."""
    server, name = env.get("GITHUB_SERVER_URL", "https://github.com"), env.get("GITHUB_REPOSITORY", "")
    if name.count("/") == 1 and server.startswith("https://"):
        return f"{server.rstrip('/')}/{name}"
    return PLACEHOLDER


REPOSITORY = repository(dict(os.environ))
# The branch editors' pull requests go to.
BRANCH = "main"
# The issue form readers use to report a problem (created by the editors' issue, .github/ISSUE_TEMPLATE/).
REPORT_TEMPLATE = "report-an-error.yml"
# The issue form readers use to suggest a source for a force.
SOURCE_TEMPLATE = "suggest-a-source.yml"
# Where a reader reports a problem: the new-issue page with that form.
ISSUES_NEW = f"{REPOSITORY}/issues/new?template={REPORT_TEMPLATE}"

# The accessibility statement: when it was prepared and when the site was last tested.
STATEMENT_PREPARED = dt.date(2026, 11, 22)
SITE_LAST_TESTED = dt.date(2026, 11, 22)

# The Open Government Licence v3.0, under which the data and the inspectorate's documents are published.
OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"

# police.uk's "Find your neighbourhood", where a postcode leads to its force: "Find your force" points a reader there
# when the name typed is no council area. A link only: the site makes no request to police.uk.
POLICE_UK_POSTCODE = "https://www.police.uk/pu/your-area/"
