"""A site's own settings (mkdocs.yml) and the addresses check."""

from pathlib import Path

from prongsai.content.problems import Severity
from prongsai.site.site_settings import (
    EXAMPLE_REPO_URL,
    EXAMPLE_SITE_URL,
    pages_address,
    read_site_settings,
    site_problems,
)

ACTIONS = {"GITHUB_ACTIONS": "true", "GITHUB_REPOSITORY": "banmai/ita"}


def _settings(tmp_path: Path, site_url: str, repo_url: str, extra: str = ""):
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        f"site_name: x\nsite_url: {site_url}\nrepo_url: {repo_url}\n"
        "markdown_extensions:\n  - toc:\n      slugify: !!python/name:pymdownx.slugs.uslugify\n"
        f"extra:\n  key: !ENV [HOME, x]\n{extra}",
        encoding="utf-8",
    )
    return read_site_settings(config)


def test_mkdocs_tags_do_not_stop_the_settings_from_being_read(tmp_path):
    settings = _settings(tmp_path, "https://banmai.github.io/ita/", "https://github.com/banmai/ita")
    assert settings.site_url == "https://banmai.github.io/ita/"
    assert settings.repo_url == "https://github.com/banmai/ita"


def test_the_examples_addresses_are_a_warning_on_a_clerks_machine(tmp_path):
    settings = _settings(tmp_path, EXAMPLE_SITE_URL, EXAMPLE_REPO_URL)
    problems = site_problems(settings, environ={})
    assert [(p.code, p.field_path, p.severity) for p in problems] == [
        ("site_example_address", "site_url", Severity.WARNING),
        ("site_example_address", "repo_url", Severity.WARNING),
    ]
    assert "ยังเป็นที่อยู่ของเว็บไซต์ตัวอย่าง" in problems[0].thai
    assert str(problems[0].location) == f"{tmp_path / 'mkdocs.yml'}"


def test_in_github_actions_addresses_of_another_repository_stop_the_check(tmp_path):
    settings = _settings(tmp_path, EXAMPLE_SITE_URL, EXAMPLE_REPO_URL)
    problems = site_problems(settings, environ=ACTIONS)
    assert {(p.code, p.field_path, p.is_error) for p in problems} == {
        ("site_address_mismatch", "site_url", True),
        ("site_address_mismatch", "repo_url", True),
    }
    message = next(p for p in problems if p.field_path == "site_url").english
    assert "https://banmai.github.io/ita/" in message and "banmai/ita" in message


def test_the_right_addresses_pass_in_github_actions(tmp_path):
    settings = _settings(tmp_path, "https://banmai.github.io/ita", "https://github.com/banmai/ita/")
    assert site_problems(settings, environ=ACTIONS) == []


def test_a_custom_domain_from_cname_is_the_expected_address(tmp_path):
    (tmp_path / "CNAME").write_text("ita.banmai.go.th\n", encoding="utf-8")
    settings = _settings(tmp_path, "https://ita.banmai.go.th/", "https://github.com/banmai/ita")
    assert site_problems(settings, environ=ACTIONS) == []
    assert pages_address("banmai/ita", "ita.banmai.go.th") == "https://ita.banmai.go.th/"


def test_missing_addresses_are_warnings(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\n", encoding="utf-8")
    problems = site_problems(read_site_settings(config), environ={})
    assert [p.code for p in problems] == ["site_address_missing", "site_address_missing"]


def test_check_and_strict_check_on_the_examples_addresses(content, prongsai, tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: x\nsite_url: {EXAMPLE_SITE_URL}\nrepo_url: https://github.com/a/b\n", "utf-8"
    )
    code, _, err = prongsai("check")
    assert code == 0 and "mkdocs.yml: คำเตือน (warning) [site_url]" in err
    code, _, err = prongsai("check", "--strict")
    assert code == 1
