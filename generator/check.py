"""`prongsai check`: every rule over content/, in one order, before anything is modelled.

content/ is read and each file checked against its schema first (``content.validate``);
then each feature's rules run on what was read: statistics, the personal-data scan, OIT,
the CSV documents, and last what is missing from content/ as a whole. This module is the
only one that knows that order; the features know nothing of each other, and the OIT rules
return what they find (``OitCheck``) instead of writing it into ``ValidContent``.
"""

from __future__ import annotations

from pathlib import Path

from prongsai.content import personal_data, spreadsheet
from prongsai.content.problems import Problem
from prongsai.content.validate import ValidContent, content_wide_problems, read_content
from prongsai.oit import validate_oit
from prongsai.statistics import validate_statistics


def validate_content(content_dir: Path) -> tuple[ValidContent, list[Problem]]:
    """Read and check all of ``content_dir``; return what is valid and every problem found."""
    content, own_catalogues, statistics, problems = read_content(content_dir)
    content.datasets, found = validate_statistics.check(content, statistics)
    problems.extend(found)
    problems.extend(personal_data.check(content))
    oit = validate_oit.check(content, own_catalogues, problems)
    content.catalogues, content.documents = oit.catalogues, oit.documents
    problems.extend(oit.problems)
    problems.extend(spreadsheet.check_documents(content))  # needs the linked documents
    problems.extend(content_wide_problems(content, problems))
    return content, problems
