"""The `prongsai` command: check, build, serve, generate, schema.

Exit codes: 0 success, 1 the content or the build has problems (each one printed, no
traceback), 2 the command was typed wrong, 3 an internal error (traceback with --debug).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from prongsai import __version__
from prongsai.content.problems import ContentError, format_report
from prongsai.pipeline import run
from prongsai.site.site_settings import SITE_CONFIG, read_site_settings

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="prongsai",
        description="โปร่งใส — สร้างเว็บไซต์รายงานผล ITA จากไฟล์ใน content/"
        " (build the ITA transparency website from content/)",
    )
    parser.add_argument("--version", action="version", version=f"prongsai {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    parser.add_argument(
        "--content", type=Path, default=Path("content"), help="content folder (default: content)"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="ตรวจไฟล์ทั้งหมด / check every content file")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    _config_option(check)
    check.add_argument(
        "--github",
        action="store_true",
        help="also print GitHub annotations and write the job summary (pull requests)",
    )

    links = sub.add_parser(
        "links", help="ตรวจลิงก์ไปเว็บไซต์ภายนอก / check the external links of the content"
    )
    links.add_argument("--timeout", type=float, default=10.0, help="seconds per link")
    links.add_argument("--workers", type=int, default=8, help="links checked at once")

    build = sub.add_parser("build", help="สร้างเว็บไซต์ / build the site into site/")
    build.add_argument("--strict", action="store_true", help="treat warnings as errors")
    _config_option(build)
    build.add_argument("--site-dir", type=Path, default=Path("site"))
    build.add_argument(
        "--site-url",
        help="the published address, over mkdocs.yml's site_url (the deploy workflow passes"
        " the address GitHub Pages gives)",
    )

    serve = sub.add_parser("serve", help="เปิดดูตัวอย่าง / preview with live reload")
    _config_option(serve)
    serve.add_argument("--dev-addr", default="127.0.0.1:8000")

    generate = sub.add_parser("generate", help="write the Markdown pages and nav to a folder")
    generate.add_argument("--out", type=Path, required=True)
    generate.add_argument("--strict", action="store_true", help="treat warnings as errors")
    generate.add_argument("--site-url", help="the published address, for the feed's links")

    schema = sub.add_parser("schema", help="write the JSON Schemas of the content files")
    schema.add_argument("--out", type=Path, default=Path(".schemas"))

    oit = sub.add_parser("oit", help="การเปิดเผยข้อมูล OIT / OIT disclosures")
    oit_sub = oit.add_subparsers(dest="oit_command", required=True)
    status = oit_sub.add_parser(
        "status", help="ตารางสถานะของทุกข้อในปีหนึ่ง / every item of a year with its status"
    )
    status.add_argument("year", type=int, help="ปีงบประมาณ พ.ศ. เช่น 2565")
    _config_option(status)
    catalogue = oit_sub.add_parser(
        "catalogue", help="พิมพ์รายการข้อที่มากับโปรแกรม / print a shipped item list (YAML)"
    )
    catalogue.add_argument("year", type=int, help="ปีการประเมิน พ.ศ. เช่น 2566")

    new = sub.add_parser("new", help="สร้างไฟล์ปีหรือรอบใหม่ / scaffold a new year or round")
    new_sub = new.add_subparsers(dest="new_command", required=True)
    new_year = new_sub.add_parser(
        "year", help="รายงานรอบแรกและไฟล์ OIT ของปีใหม่ / round 1 and the OIT file of a year"
    )
    new_year.add_argument("year", type=int, help="ปีงบประมาณ พ.ศ. เช่น 2566")
    new_oit = new_sub.add_parser(
        "oit", help="ไฟล์ OIT ของปีที่มีรายงานแล้ว / the OIT file of a year that has its report"
    )
    new_oit.add_argument("year", type=int, help="ปีงบประมาณ พ.ศ. เช่น 2568")
    new_round = new_sub.add_parser("round", help="รายงานรอบใหม่ / a new round report")
    new_round.add_argument("year", type=int, help="ปีงบประมาณ พ.ศ. เช่น 2566")
    new_round.add_argument("round", type=int, help="1 = รอบ 6 เดือนแรก, 2 = รอบ 12 เดือน")

    imports = sub.add_parser("import", help="นำเข้าจากไฟล์อื่น / import from another file")
    import_sub = imports.add_subparsers(dest="import_command", required=True)
    docx = import_sub.add_parser(
        "docx", help="รายงานจากไฟล์ Word (.docx) / a round report from a Word file"
    )
    docx.add_argument("file", type=Path, help="ไฟล์ Word เช่น รายงาน.docx")
    docx.add_argument("--year", type=int, required=True, help="ปีงบประมาณ พ.ศ. เช่น 2565")
    docx.add_argument("--round", type=int, required=True, help="1 หรือ 2")
    docx.add_argument(
        "--force", action="store_true", help="เขียนทับไฟล์เดิม / overwrite the existing file"
    )

    init = sub.add_parser(
        "init", help="สร้างคลังเว็บไซต์ของหน่วยงานใหม่ / create a new agency's site repository"
    )
    init.add_argument(
        "directory", type=Path, help="โฟลเดอร์ใหม่หรือโฟลเดอร์ว่าง / a new or empty folder"
    )
    init.add_argument("--name", help="ชื่อเต็มของหน่วยงาน / the agency's full name")
    init.add_argument("--short-name", help="ชื่อย่อ เช่น อบต.บ้านใหม่ / short name")
    init.add_argument("--kind", help="ประเภทหน่วยงาน เช่น อบต. เทศบาลตำบล / kind of agency")
    init.add_argument("--github", help="คลังบน GitHub OWNER/REPOSITORY")
    init.add_argument("--domain", help="โดเมนของหน่วยงานเอง (ไม่บังคับ) / custom domain, optional")

    migrate = sub.add_parser(
        "migrate", help="ปรับไฟล์ให้ตรงกับโปรแกรมรุ่นนี้ / update the files for this engine version"
    )
    _config_option(migrate)

    export = sub.add_parser("export", help="ส่งออกข้อมูล / export data")
    export_sub = export.add_subparsers(dest="export_command", required=True)
    itas = export_sub.add_parser(
        "itas", help="แบบตอบ ITAS เป็น CSV สำหรับ Excel / the ITAS answer sheet as CSV"
    )
    itas.add_argument("year", type=int, help="ปีงบประมาณ พ.ศ. เช่น 2565")
    itas.add_argument("--out", type=Path, help="ไฟล์ที่จะเขียน (default: itas-<ปี>.csv)")
    _config_option(itas)

    # The hub (issue #16): many agencies' sites side by side; the code is in prongsai.hub.
    hub = sub.add_parser("hub", help="ศูนย์รวมหลายหน่วยงาน / a hub of many agencies' sites")
    hub_sub = hub.add_subparsers(dest="hub_command", required=True)
    hub_build = hub_sub.add_parser("build", help="สร้างศูนย์รวม / build the hub from SITES.yml")
    hub_build.add_argument("sites", type=Path, help="SITES.yml: a list under agencies:")
    hub_build.add_argument("--out", type=Path, required=True, help="the hub's folder")
    hub_build.add_argument("--cache", type=Path, default=Path(".hub-cache"))
    hub_build.add_argument("--concurrency", type=int, default=64, help="sites fetched at once")
    hub_build.add_argument("--timeout", type=float, default=10.0, help="seconds per request")
    hub_build.add_argument("--retries", type=int, default=2, help="retries of a failed request")
    hub_build.add_argument("--title", help="the hub's title")
    hub_build.add_argument("--site-url", help="the hub's published address")
    return parser


def _config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        default=Path(SITE_CONFIG),
        help="the site's settings (default: mkdocs.yml)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except ContentError as error:
        print(format_report(error.problems), file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return EXIT_PROBLEMS
    except BrokenPipeError:
        # `prongsai oit status 2565 | head`: the reader stopped reading, nothing went wrong.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (Python flushes stdout at exit)
        return EXIT_OK
    except Exception:
        if args.debug:
            traceback.print_exc()
        else:
            print(
                "เกิดข้อผิดพลาดภายในโปรแกรม ไม่ใช่ความผิดของข้อมูล: โปรดแจ้งผู้ดูแลระบบ"
                " พร้อมผลของคำสั่งเดิมที่เติม --debug\n"
                "Internal error (not a problem in your content): please report it with the"
                " output of the same command run with --debug.",
                file=sys.stderr,
            )
        return EXIT_INTERNAL


def _check(args: argparse.Namespace) -> int:
    result = run(args.content, site=read_site_settings(args.config))
    if result.problems:
        print(format_report(result.problems), file=sys.stderr)
    pages = len(result.rendered.pages) if result.rendered else 0
    if args.github:
        from prongsai.publish import github

        if result.problems:
            print(github.annotations(result.problems))
        github.write_summary(github.job_summary(result.problems, pages))
    if result.errors(strict=args.strict):
        return EXIT_PROBLEMS
    print(f"ตรวจแล้ว ข้อมูลพร้อมเผยแพร่ ({pages} หน้า) / Content is ready to publish ({pages} pages).")
    return EXIT_OK


def _build(args: argparse.Namespace) -> int:
    from prongsai.publish.build import BuildFailed, build

    settings = read_site_settings(args.config)
    site_url = args.site_url or (settings.site_url if settings else None)
    result = run(args.content, site_url=site_url, site=settings)
    if result.problems:
        print(format_report(result.problems), file=sys.stderr)
    if result.errors(strict=args.strict) or result.rendered is None:
        print(_kept_message(args.site_dir), file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        build(
            args.config,
            args.content,
            args.site_dir,
            result,
            strict=args.strict,
            site_url=args.site_url,
        )
    except BuildFailed as error:
        print(f"{error}\n{_kept_message(args.site_dir)}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"สร้างเว็บไซต์เสร็จแล้วที่ {args.site_dir}/ / Site built into {args.site_dir}/.")
    return EXIT_OK


def _kept_message(site_dir: Path) -> str:
    return (
        f"ยังไม่ได้สร้างเว็บไซต์ใหม่ เว็บไซต์เดิมใน {site_dir}/ ยังอยู่ครบ"
        f" / Nothing was published; the previous {site_dir}/ is unchanged."
    )


def _serve(args: argparse.Namespace) -> int:
    from prongsai.publish.mkdocs_plugin import serve_site

    result = run(args.content, site=read_site_settings(args.config))
    if result.problems:
        print(format_report(result.problems), file=sys.stderr)
    if result.errors():
        return EXIT_PROBLEMS
    serve_site(args.config, args.content, args.dev_addr)
    return EXIT_OK


def _generate(args: argparse.Namespace) -> int:
    from prongsai.pipeline import rendered_or_raise
    from prongsai.shared.labels import site_title
    from prongsai.site.write import write_site_tree

    result = rendered_or_raise(args.content, strict=args.strict, site_url=args.site_url)
    if result.warnings:
        print(format_report(result.warnings), file=sys.stderr)
    assert result.rendered is not None and result.site is not None
    written = write_site_tree(
        result.rendered,
        args.out,
        site_name=site_title(result.site.agency.short_name),
        site_url=args.site_url,
    )
    print(f"เขียน {len(written)} ไฟล์ใน {args.out}/ / Wrote {len(written)} files into {args.out}/.")
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from prongsai.content.schemas import write_schemas

    written = write_schemas(args.out)
    print(f"เขียน JSON Schema {len(written)} ไฟล์ใน {args.out}/ / Wrote {len(written)} schemas.")
    return EXIT_OK


def _oit(args: argparse.Namespace) -> int:
    from prongsai.oit import oit_commands

    if args.oit_command == "catalogue":
        return oit_commands.print_catalogue(args.year)
    return oit_commands.print_status(args.content, args.config, args.year)


def _links(args: argparse.Namespace) -> int:
    from prongsai.publish import github, links

    results = links.check_links(
        links.external_links(args.content), timeout=args.timeout, workers=args.workers
    )
    print(links.format_link_report(results))
    github.write_summary(links.link_summary(results))
    return EXIT_PROBLEMS if links.broken(results) else EXIT_OK


def _new(args: argparse.Namespace) -> int:
    from prongsai.authoring.scaffold import ScaffoldError, new_oit, new_round, new_year

    try:
        if args.new_command == "year":
            written = new_year(args.content, args.year)
        elif args.new_command == "oit":
            written = new_oit(args.content, args.year)
        else:
            written = new_round(args.content, args.year, args.round)
    except ScaffoldError as error:
        print(f"{error.thai}\n{error.english}", file=sys.stderr)
        return EXIT_PROBLEMS
    for path in written:
        print(f"สร้าง {path} แล้ว ให้เติมข้อมูลตามหมายเหตุในไฟล์ / Wrote {path}: fill it in.")
    print("จากนั้นสั่ง prongsai check / Then run: prongsai check")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from prongsai.authoring.import_docx_write import DocxImportError, import_docx

    try:
        result = import_docx(args.file, args.content, args.year, args.round, force=args.force)
    except DocxImportError as error:
        print(f"{error.thai}\n{error.english}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(result.format())
    return EXIT_OK


def _init(args: argparse.Namespace) -> int:
    import datetime as dt

    from prongsai.authoring.init_site import InitError, ask, checked_inputs, create_site

    answers = {
        "name": args.name,
        "short_name": args.short_name,
        "kind": args.kind,
        "github": args.github,
        "domain": args.domain,
    }
    required = ("name", "short_name", "kind", "github")
    if not all(answers[key] for key in required) and sys.stdin.isatty():
        answers = ask(answers)
    try:
        site = checked_inputs(**answers)
        written = create_site(args.directory, site, today=dt.date.today())
    except InitError as error:
        print(f"{error.thai}\n{error.english}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(
        f"สร้างคลังเว็บไซต์ของ{site.name}แล้วที่ {args.directory}/ ({len(written)} ไฟล์)"
        f" ขั้นต่อไปอ่าน {args.directory}/README.md\n"
        f"Created the site repository in {args.directory}/ ({len(written)} files);"
        f" next steps are in its README.md. Address: {site.site_url}"
    )
    return EXIT_OK


def _migrate(args: argparse.Namespace) -> int:
    from prongsai.authoring.migrate import MigrateError, migrate_content, migrate_site_config

    try:
        changes = [*migrate_site_config(args.config), *migrate_content(args.content)]
    except MigrateError as error:
        print(f"{error.thai}\n{error.english}", file=sys.stderr)
        return EXIT_PROBLEMS
    for change in changes:
        print(change.format())
    if not changes:
        print(
            "ไฟล์ทั้งหมดเป็นรูปแบบของโปรแกรมรุ่นนี้แล้ว ไม่ได้แก้ไฟล์ใด"
            " / Everything is already in this engine's format; nothing was changed."
        )
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from prongsai.oit import oit_commands

    out = args.out or Path(f"itas-{args.year}.csv")
    return oit_commands.export_itas(args.content, args.config, args.year, out)


def _hub(args: argparse.Namespace) -> int:
    from prongsai.hub.build import DEFAULT_TITLE, build_hub
    from prongsai.hub.fetch import FetchSettings
    from prongsai.hub.sites import HubError

    settings = FetchSettings(
        concurrency=max(1, args.concurrency), timeout=args.timeout, retries=max(0, args.retries)
    )
    try:
        report = build_hub(
            args.sites,
            args.out,
            cache_dir=args.cache,
            settings=settings,
            title=args.title or DEFAULT_TITLE,
            site_url=args.site_url,
        )
    except HubError as error:
        print(f"{error.thai}\n{error.english}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(report.format())
    return EXIT_OK


_COMMANDS = {
    "check": _check,
    "build": _build,
    "serve": _serve,
    "generate": _generate,
    "schema": _schema,
    "oit": _oit,
    "export": _export,
    "new": _new,
    "import": _import,
    "links": _links,
    "init": _init,
    "migrate": _migrate,
    "hub": _hub,
}
