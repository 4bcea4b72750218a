"""`prongsai migrate`: the 0.1 mkdocs.yml to the plugin, and content format versions."""

from pathlib import Path

import yaml

from prongsai.authoring.migrate import CONTENT_FORMAT, Change, content_format, migrate_content

OLD_CONFIG = """\
# The site of the agency in content/.
site_name: รายงาน อบต.ทดสอบ
site_description: ทดสอบ
site_url: https://test.github.io/ita/   # the published address
repo_url: https://github.com/test/ita
edit_uri: edit/main/

docs_dir: content
site_dir: site
use_directory_urls: true
strict: true

hooks:
  - generator/mkdocs_adapter.py

watch:
  - generator/templates
  - theme

theme:
  name: material
  custom_dir: theme
  language: custom
  features:
    - content.action.edit

extra_css:
  - assets/prongsai/prongsai.css

extra:
  generator: false

plugins:
  - search:
      lang: en

markdown_extensions:
  - attr_list
  - toc:
      slugify: !!python/object/apply:pymdownx.slugs.slugify
        kwds:
          case: lower
"""


def test_an_old_site_config_becomes_the_plugin_and_keeps_its_settings(content, prongsai, tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text(OLD_CONFIG, encoding="utf-8")
    code, out, _ = prongsai("migrate")
    assert code == 0
    assert "plugins: [prongsai]" in out
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    assert data == {
        "site_name": "รายงาน อบต.ทดสอบ",
        "site_description": "ทดสอบ",
        "site_url": "https://test.github.io/ita/",
        "repo_url": "https://github.com/test/ita",
        "edit_uri": "edit/main/",
        "docs_dir": "content",
        "site_dir": "site",
        "theme": {"name": "material"},
        "plugins": ["prongsai"],
    }
    code, _, err = prongsai("build", "--site-dir", str(tmp_path / "built"))
    assert code == 0, err
    code, out, _ = prongsai("migrate")
    assert code == 0 and "nothing was changed" in out


def test_content_steps_run_in_order_and_record_the_format(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "site.yml").write_text("thai_digits: true\n", encoding="utf-8")
    seen = []

    def rename_file(step: int):
        def migrate(folder: Path) -> list[Change]:
            seen.append(step)
            return [Change(folder / "site.yml", f"ขั้น {step}", f"step {step}")]

        return migrate

    changes = migrate_content(content, migrations={1: rename_file(1), 2: rename_file(2)}, target=3)
    assert seen == [1, 2]
    assert content_format(content) == 3
    assert [c.english for c in changes] == [
        "step 1", "recorded content format 2", "step 2", "recorded content format 3",
    ]  # fmt: skip
    assert (content / "site.yml").read_text("utf-8") == "format_version: 3\nthai_digits: true\n"


def test_content_of_a_newer_engine_is_an_error_in_the_check(content, prongsai):
    (content / "site.yml").write_text(f"format_version: {CONTENT_FORMAT + 1}\n", "utf-8")
    code, _, err = prongsai("check")
    assert code == 1
    assert "content/site.yml:1:17: ข้อผิดพลาด (error) [format_version]" in err
    assert "requirements.txt" in err
    code, _, err = prongsai("migrate")
    assert code == 1 and "newer engine" in err
