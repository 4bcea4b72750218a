"""The whole pipeline in one call: load and validate → model → render.

Everything is read and checked before anything is written (a failure writes nothing).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.model import Site, build_site
from generator.problems import ContentError, Problem, errors_in
from generator.render import RenderedSite, RenderSettings, render_site
from generator.validate import validate_content


@dataclass(frozen=True)
class Result:
    site: Site | None
    rendered: RenderedSite | None
    problems: tuple[Problem, ...]

    def errors(self, *, strict: bool = False) -> list[Problem]:
        return errors_in(self.problems, strict=strict)

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]


def run(content_dir: Path, settings: RenderSettings | None = None) -> Result:
    """Check all of ``content_dir`` and, when it is valid, render every page in memory."""
    content, problems = validate_content(content_dir)
    if errors_in(problems) or content.agency is None:
        return Result(None, None, tuple(problems))
    site = build_site(content)
    rendered = render_site(site, settings)
    return Result(site, rendered, (*problems, *rendered.problems))


def rendered_or_raise(
    content_dir: Path, settings: RenderSettings | None = None, *, strict: bool = False
) -> Result:
    """Like ``run``, but a build-stopping problem raises ContentError (with every problem)."""
    result = run(content_dir, settings)
    if result.errors(strict=strict) or result.rendered is None:
        raise ContentError(result.problems)
    return result
