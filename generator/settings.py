"""Site settings that are not records: where the repository lives, and the accessibility statement's dates.

REPOSITORY is a placeholder until the project's public repository exists. Every "Edit this record",
"Report a problem" and "Suggest a source" link is made from it, so it is the one line to change.
"""
from __future__ import annotations

import datetime as dt

# The public GitHub repository, without a trailing slash. PLACEHOLDER: set it when the repository is public.
REPOSITORY = "https://github.com/OWNER/REPOSITORY"
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
