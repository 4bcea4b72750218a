"""The one Jinja2 setup behind every template of the package (pages, charts, content files):
templates load from generator/templates/, a missing variable is an error, text is
HTML-escaped, and block tags leave no blank lines. Comments are ``{## … ##}`` because
Markdown's attribute lists (``{#id}``) would otherwise open a Jinja comment.
"""

from __future__ import annotations

import jinja2


def template_environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("prongsai", "templates"),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        comment_start_string="{##",
        comment_end_string="##}",
    )
