"""Every message an editor can see, in Thai first and then English.

Each entry says what is wrong, what is allowed and how to fix it. Messages are
``str.format`` templates; ``problems.Problem`` fills them. A test checks that every
code has both languages and that both use the same placeholders.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    thai: str
    english: str


MESSAGES: dict[str, Message] = {
    # ---- reading files -------------------------------------------------------------
    "file_not_utf8": Message(
        "ไฟล์นี้ไม่ได้บันทึกเป็น UTF-8{encoding_th} จึงอ่านตัวอักษรไทยไม่ได้"
        ' วิธีแก้: เปิดไฟล์ใน Notepad หรือ VS Code แล้วเลือก "บันทึกเป็น" (Save As)'
        " ตั้งค่าการเข้ารหัส (Encoding) เป็น UTF-8 แล้วบันทึกทับไฟล์เดิม",
        "This file is not saved as UTF-8{encoding_en}, so its Thai text cannot be read."
        ' Fix: open it in Notepad or VS Code, choose "Save As", set the encoding to UTF-8'
        " and save over the old file.",
    ),
    # ---- the site's settings (mkdocs.yml) ------------------------------------------------
    "site_example_address": Message(
        "{field} ยังเป็นที่อยู่ของเว็บไซต์ตัวอย่าง ({value}) แบบฟอร์ม ITAS ปุ่มแก้ไขหน้านี้"
        " และลิงก์ทั้งหมดจะพาไปเว็บไซต์อื่นที่ไม่ใช่ของหน่วยงาน ให้แก้ใน mkdocs.yml:"
        " site_url เป็นที่อยู่เว็บไซต์ของหน่วยงาน (เช่น https://ชื่อบัญชี.github.io/ชื่อคลัง/)"
        " และ repo_url เป็นคลังข้อมูลบน GitHub ของหน่วยงาน",
        "{field} is still the example site's address ({value}): the ITAS sheet, the edit"
        " button and every link would lead to another site. In mkdocs.yml set site_url to"
        " the agency's own address (e.g. https://owner.github.io/repository/) and repo_url"
        " to the agency's own GitHub repository.",
    ),
    "site_address_mismatch": Message(
        "{field} คือ {value} แต่เว็บไซต์นี้สร้างจากคลัง {repository} ซึ่งควรเป็น {expected}"
        " ให้แก้ {field} ใน mkdocs.yml เป็น {expected} (ถ้าใช้โดเมนของหน่วยงานเอง"
        " ให้ใส่ชื่อโดเมนในไฟล์ CNAME)",
        "{field} is {value}, but this site is built from the repository {repository},"
        " whose address is {expected}. Set {field} in mkdocs.yml to {expected} (for the"
        " agency's own domain, put the domain name in the file CNAME).",
    ),
    "site_address_missing": Message(
        "ยังไม่ได้ตั้งค่า {field} ใน mkdocs.yml ลิงก์ในแบบฟอร์ม ITAS และปุ่มแก้ไขหน้านี้"
        " ต้องใช้ค่านี้ ให้เพิ่ม site_url (ที่อยู่เว็บไซต์) และ repo_url (คลังบน GitHub)",
        "{field} is not set in mkdocs.yml; the ITAS sheet and the edit button need it."
        " Add site_url (the site's address) and repo_url (the GitHub repository).",
    ),
    "content_format_newer": Message(
        "ข้อมูลนี้เขียนไว้สำหรับโปรแกรม Prongsai รุ่นใหม่กว่า (รูปแบบ {found} โปรแกรมนี้อ่านได้ถึงรูปแบบ {engine})"
        " ให้ปรับรุ่นโปรแกรมในไฟล์ requirements.txt เป็นรุ่นล่าสุด",
        "This content is written for a newer Prongsai (format {found}; this engine reads up to"
        " format {engine}). Raise the engine version in requirements.txt.",
    ),
    "content_format_older": Message(
        "ข้อมูลนี้เขียนไว้สำหรับโปรแกรม Prongsai รุ่นเก่า (รูปแบบ {found} โปรแกรมนี้ใช้รูปแบบ {engine})"
        " ให้สั่ง prongsai migrate ซึ่งจะแก้ไฟล์ให้และบอกว่าแก้อะไร แล้ว commit ไฟล์ที่เปลี่ยน",
        "This content is written for an older Prongsai (format {found}; this engine uses format"
        " {engine}). Run `prongsai migrate`, which rewrites the files and says what it changed,"
        " then commit them.",
    ),
    "file_empty": Message(
        "ไฟล์นี้ว่างเปล่า ไม่มีข้อมูลเลย ให้ใส่ข้อมูลตามตัวอย่างใน README หรือลบไฟล์นี้ออก",
        "This file is empty. Fill it in as shown in the README, or delete it.",
    ),
    "yaml_syntax": Message(
        "รูปแบบ YAML ไม่ถูกต้องที่ตำแหน่งนี้: {problem_th}"
        " ตรวจการเว้นวรรคย่อหน้า (ใช้ช่องว่าง ไม่ใช้แท็บ) เครื่องหมาย : ตามด้วยช่องว่าง"
        " และเครื่องหมายคำพูดที่เปิดแล้วต้องปิด",
        "The YAML is not well formed here: {problem}."
        " Check the indentation (spaces, not tabs), that each ':' is followed by a space,"
        " and that every opening quote is closed.",
    ),
    "yaml_unclosed_quote": Message(
        'เครื่องหมายคำพูด (") ที่เปิดไว้ในบรรทัดนี้ไม่ได้ปิด ให้เติมเครื่องหมายคำพูดปิดท้ายข้อความ เช่น "75/2565"',
        'The double quote (") opened on this line is never closed. Add the closing quote at'
        ' the end of the text, e.g. "75/2565".',
    ),
    "yaml_multiple_documents": Message(
        "ไฟล์นี้มีเอกสาร YAML มากกว่าหนึ่งชุด (มีบรรทัด ---) หนึ่งไฟล์ต้องมีข้อมูลชุดเดียว"
        " ให้ลบบรรทัด --- ที่ไม่จำเป็น หรือแยกเป็นหลายไฟล์",
        "This file holds more than one YAML document (a '---' line). One file holds one"
        " document: remove the extra '---' or split the file.",
    ),
    "yaml_duplicate_key": Message(
        'ช่อง "{key}" ซ้ำกัน (มีอยู่แล้วที่บรรทัด {first_line}) ค่าหนึ่งจะหายไป ให้เหลือไว้ช่องเดียว',
        'The key "{key}" appears twice (first at line {first_line}), so one value would be'
        " lost. Keep only one.",
    ),
    "yaml_not_mapping": Message(
        'ข้อมูลระดับบนสุดของไฟล์นี้ต้องเป็นชุด "ชื่อช่อง: ค่า" แต่พบ{got_th} ดูตัวอย่างรูปแบบไฟล์ใน README',
        'The top of this file must be a set of "key: value" lines, but it is {got_en}.'
        " See the README for the file's layout.",
    ),
    "unknown_file": Message(
        "ไม่รู้จักไฟล์นี้ ไฟล์ข้อมูลต้องอยู่ในตำแหน่งที่กำหนด: {allowed} ให้ย้ายไฟล์ไปไว้ในตำแหน่งที่ถูกต้อง หรือลบออก",
        "Prongsai does not know this file. Content files belong in: {allowed}."
        " Move the file there, or delete it.",
    ),
    # ---- shape of the data ------------------------------------------------------------
    "unknown_key": Message(
        'ไม่รู้จักช่อง "{key}"{suggestion_th} ช่องที่ใช้ได้ในตำแหน่งนี้: {allowed}',
        'Unknown key "{key}"{suggestion_en}. Keys allowed here: {allowed}.',
    ),
    "missing_field": Message(
        'ขาดช่อง "{key}" ซึ่งต้องกรอก ({description_th}) ให้เพิ่มบรรทัด "{key}: ..."',
        'The required key "{key}" is missing ({description_en}). Add a line "{key}: ...".',
    ),
    "text_expected": Message(
        'ช่องนี้ต้องเป็นข้อความ แต่ YAML อ่าน {source} เป็น{got_th} ให้ใส่เครื่องหมายคำพูดครอบ เช่น "{source}"',
        'This must be text, but YAML reads {source} as {got_en}. Put it in quotes: "{source}".',
    ),
    "text_empty": Message(
        "ช่องนี้ต้องมีข้อความ แต่ว่างอยู่ ให้กรอกข้อความ หรือลบช่องนี้ออกถ้าไม่บังคับ",
        "This must hold some text but is empty. Fill it in, or remove the key if it is optional.",
    ),
    "number_expected": Message(
        "ช่องนี้ต้องเป็นจำนวนเต็ม เช่น 1 หรือ 2 แต่พบ{got_th} {source}",
        "This must be a whole number such as 1 or 2, but it is {got_en}: {source}.",
    ),
    "number_positive": Message(
        "ลำดับต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป แต่พบ {source}",
        "A number here must be a whole number from 1 up, but it is {source}.",
    ),
    "flag_expected": Message(
        "ช่องนี้ต้องเป็น true (ใช่) หรือ false (ไม่ใช่) แต่พบ{got_th} {source}",
        "This must be true or false, but it is {got_en}: {source}.",
    ),
    "list_expected": Message(
        'ช่องนี้ต้องเป็นรายการ (แต่ละบรรทัดขึ้นต้นด้วย "- ") แต่พบ{got_th}',
        'This must be a list (each line starting with "- "), but it is {got_en}.',
    ),
    "list_empty": Message(
        "รายการนี้ต้องมีอย่างน้อย {min} รายการ แต่ว่างอยู่",
        "This list needs at least {min} item(s) but is empty.",
    ),
    "mapping_expected": Message(
        'ช่องนี้ต้องเป็นชุด "ชื่อช่อง: ค่า" ที่ย่อหน้าเข้าไป แต่พบ{got_th}',
        'This must be an indented set of "key: value" lines, but it is {got_en}.',
    ),
    "choice_invalid": Message(
        "ค่า {source} ใช้ไม่ได้ในช่องนี้{suggestion_th} ค่าที่ใช้ได้: {allowed_th}",
        "{source} is not allowed here{suggestion_en}. Allowed values: {allowed_en}.",
    ),
    "status_invalid": Message(
        "สถานะ {source} ใช้ไม่ได้{suggestion_th} ใช้ได้เฉพาะ done (ทำแล้ว) หรือ not_done (ยังไม่ได้ทำ)",
        "The status {source} is not allowed{suggestion_en}. Use done or not_done.",
    ),
    "round_invalid": Message(
        "รอบ {source} ใช้ไม่ได้ ใช้ได้เฉพาะ 1 (รอบ 6 เดือนแรก) หรือ 2 (รอบ 12 เดือน)",
        "The round {source} is not allowed. Use 1 (first 6 months) or 2 (12 months).",
    ),
    "year_ce": Message(
        "ปีงบประมาณ {year} เป็นปี ค.ศ. ต้องใช้ปี พ.ศ. (ค.ศ. + 543) คือ {suggestion}",
        "The fiscal year {year} is a C.E. year; write the B.E. year (C.E. + 543): {suggestion}.",
    ),
    "year_range": Message(
        "ปีงบประมาณ {year} ไม่ใช่ปี พ.ศ. ที่เป็นไปได้ ให้ใช้ปี พ.ศ. 4 หลัก เช่น 2565",
        "{year} is not a plausible B.E. fiscal year. Write a four-digit B.E. year such as 2565.",
    ),
    "date_format": Message(
        'อ่านวันที่ {source} ไม่ได้ ให้เขียนเป็น "7 เมษายน 2565" หรือ "2565-04-07" (ปี พ.ศ.)',
        'The date {source} cannot be read. Write it as "7 เมษายน 2565" or "2565-04-07"'
        " (B.E. year).",
    ),
    "date_unknown_month": Message(
        'ไม่รู้จักเดือน "{month}" ในวันที่ {source} ให้ใช้ชื่อเดือนภาษาไทย เช่น เมษายน หรือ เม.ย.',
        'The month "{month}" in the date {source} is unknown. Use a Thai month name'
        " such as เมษายน or เม.ย.",
    ),
    "date_impossible": Message(
        "วันที่ {source} ไม่มีอยู่จริง: เดือน{month} {year} มี {last_day} วัน ให้แก้เป็นวันที่ที่มีอยู่จริง",
        "The date {source} does not exist: {month_en} {year} has {last_day} days."
        " Change it to a real date.",
    ),
    "date_ce_year": Message(
        "วันที่ {source} ใช้ปี ค.ศ. {year} ต้องใช้ปี พ.ศ. (ค.ศ. + 543) คือ {suggestion}",
        "The date {source} uses the C.E. year {year}; write the B.E. year (C.E. + 543):"
        " {suggestion}.",
    ),
    "date_year_range": Message(
        "ปี {year} ในวันที่ {source} ไม่ใช่ปี พ.ศ. ที่เป็นไปได้ ให้ใช้ปี พ.ศ. 4 หลัก เช่น 2565",
        "The year {year} in the date {source} is not a plausible B.E. year."
        " Write a four-digit B.E. year such as 2565.",
    ),
    "email_invalid": Message(
        "อีเมล {source} ไม่ถูกต้อง ให้เขียนเป็น ชื่อ@โดเมน เช่น saraban@khaonoi.go.th",
        "The e-mail address {source} is not valid. Write it as name@domain,"
        " e.g. saraban@khaonoi.go.th.",
    ),
    "url_invalid": Message(
        "ที่อยู่เว็บไซต์ {source} ไม่ถูกต้อง ต้องขึ้นต้นด้วย https:// หรือ http://",
        "The web address {source} is not valid. It must start with https:// or http://.",
    ),
    "item_code_invalid": Message(
        "รหัสข้อ {source} ไม่ถูกต้อง รหัสข้อ OIT เขียนเป็นตัว O ใหญ่ตามด้วยตัวเลข เช่น O15",
        "The item code {source} is not valid. OIT item codes are a capital O followed by"
        " a number, e.g. O15.",
    ),
    "file_missing": Message(
        "ไม่พบไฟล์ {source} ที่ช่องนี้อ้างถึง (ค้นหาใน {folder}) ตรวจชื่อไฟล์หรืออัปโหลดไฟล์",
        "The file {source} named here was not found (looked in {folder})."
        " Check the file name or upload the file.",
    ),
    # ---- rules across records -----------------------------------------------------
    "duplicate_measure_number": Message(
        "มาตรการลำดับที่ {number} ในหมวด {section} ซ้ำกับที่บรรทัด {first_line}"
        " แต่ละมาตรการในหมวดเดียวกันต้องมีลำดับไม่ซ้ำกัน ให้แก้ลำดับให้ถูกต้อง",
        "Measure number {number} in section {section} repeats the one at line {first_line}."
        " Each measure of a section needs its own number: correct the numbering.",
    ),
    "duplicate_section": Message(
        "หมวด {section} ซ้ำกับที่บรรทัด {first_line} แต่ละหมวดมีได้ครั้งเดียวในรายงาน"
        " ให้รวมมาตรการไว้ในหมวดเดียว",
        "Section {section} repeats the one at line {first_line}. Each section appears once"
        " in a report: put all its measures under one.",
    ),
    "page_collision": Message(
        "ไฟล์นี้และไฟล์ {other} สร้างหน้าเดียวกัน ({url}) คือ{what_th}"
        " หนึ่งหน้าต้องมาจากไฟล์เดียว ให้แก้ปีงบประมาณหรือรอบในไฟล์ใดไฟล์หนึ่ง หรือลบไฟล์ที่ซ้ำ",
        "This file and {other} produce the same page ({url}): {what_en}."
        " Each page comes from one file: correct the fiscal year or round in one of them,"
        " or delete the copy.",
    ),
    "agency_missing": Message(
        "ไม่พบไฟล์ข้อมูลหน่วยงาน {path} ต้องมีไฟล์นี้ (ชื่อหน่วยงาน ที่อยู่ ช่องทางติดต่อ) ให้สร้างตามตัวอย่างใน README",
        "The agency profile {path} is missing. It is required (name, address, contacts):"
        " create it as shown in the README.",
    ),
    # ---- OIT disclosures -------------------------------------------------------------
    "oit_no_catalogue": Message(
        "ยังไม่มีรายการข้อ OIT ของปี {year} จึงตรวจรหัสข้อ {source} ไม่ได้"
        " ให้เพิ่มรายการข้อของปีนี้ที่ content/oit/catalogues/{year}.yml"
        " (ดูตัวอย่างได้จากคำสั่ง prongsai oit catalogue {latest})",
        "There is no OIT item list for {year}, so the item code {source} cannot be checked."
        " Add that year's list as content/oit/catalogues/{year}.yml"
        " (print an example with: prongsai oit catalogue {latest}).",
    ),
    "item_code_unknown": Message(
        "รายการข้อ OIT ปี {year} ไม่มีข้อ {source} (ปีนี้มีข้อ {first} ถึง {last})"
        " รหัสข้อเปลี่ยนทุกปี ให้ตรวจรหัสกับรายการข้อของปี {year} ที่หน้า /{year}/oit/",
        "The OIT item list of {year} has no item {source} (it has {first} to {last})."
        " Codes change every year: check the code against the {year} list at /{year}/oit/.",
    ),
    "disclosure_empty": Message(
        "ข้อ {code} ยังไม่มีข้อมูล ให้ใส่อย่างน้อยหนึ่งอย่าง: body (เนื้อหา), links (ลิงก์),"
        " generated (ให้เว็บไซต์สร้างให้) หรือ nothing_to_report (เหตุผลที่ไม่มีข้อมูล)"
        " หรือลบข้อนี้ออก (ข้อนั้นจะแสดงว่ายังไม่ได้เผยแพร่)",
        "Item {code} has no content. Give at least one of: body, links, generated, or"
        " nothing_to_report (with the reason); or remove it (it will show as not published).",
    ),
    "disclosure_conflict": Message(
        "ข้อ {code} ระบุ nothing_to_report (ไม่มีข้อมูลในช่วงนี้) แต่ก็มี {others} ด้วย"
        " ให้เลือกอย่างใดอย่างหนึ่ง: ลบ nothing_to_report หรือลบ {others}",
        "Item {code} says nothing_to_report but also has {others}. Choose one: remove"
        " nothing_to_report, or remove {others}.",
    ),
    "link_target": Message(
        'ลิงก์ "{title}" ต้องมีปลายทางอย่างใดอย่างหนึ่งเท่านั้น: page (หน้าในเว็บไซต์นี้),'
        " document (ไฟล์ใน content/) หรือ url (เว็บไซต์ภายนอก) แต่{found_th}",
        'The link "{title}" needs exactly one target: page (a page of this site),'
        " document (a file under content/) or url (an external address), but it has"
        " {found_en}.",
    ),
    "document_missing": Message(
        "ไม่พบไฟล์เอกสาร {source} ในโฟลเดอร์ {folder} ตรวจชื่อไฟล์ (รวมช่องว่างและนามสกุลไฟล์)"
        " หรืออัปโหลดไฟล์ไว้ที่ตำแหน่งนี้{suggestion_th}",
        "The document {source} was not found in {folder}. Check the file name (spaces and"
        " extension included) or upload the file there{suggestion_en}.",
    ),
    "document_outside": Message(
        "เอกสาร {source} ต้องอยู่ในโฟลเดอร์ content/ ให้เขียนตำแหน่งเทียบกับ content/"
        " เช่น documents/2565/แผนพัฒนา.pdf (ห้ามขึ้นต้นด้วย / หรือมี ..)",
        "The document {source} must be inside content/. Write its path from content/,"
        " e.g. documents/2565/plan.pdf (no leading / and no ..).",
    ),
    "document_type": Message(
        "ไม่รับไฟล์ชนิด {suffix} ({source}) ไฟล์ที่เผยแพร่ได้: {allowed} ให้บันทึกเป็น PDF หรือชนิดที่รองรับ",
        "Files of type {suffix} ({source}) cannot be published. Allowed: {allowed}."
        " Save it as PDF or another allowed type.",
    ),
    "document_collision": Message(
        "เอกสาร {source} และ {other} จะได้ที่อยู่เว็บเดียวกัน ({url}) เพราะชื่อต่างกันเพียง"
        " ช่องว่าง เครื่องหมาย หรือตัวพิมพ์ใหญ่เล็ก ให้เปลี่ยนชื่อไฟล์ใดไฟล์หนึ่ง",
        "The documents {source} and {other} would get the same address ({url}): their names"
        " differ only in spaces, punctuation or letter case. Rename one of them.",
    ),
    "page_unknown": Message(
        "ไม่มีหน้า {source} ในเว็บไซต์นี้{suggestion_th} ให้ใช้ที่อยู่ของหน้าตามที่เห็นในเว็บไซต์ เช่น /2565/round-1/",
        "This site has no page {source}{suggestion_en}. Use the page's address as shown on"
        " the site, e.g. /2565/round-1/.",
    ),
    "generated_no_reports": Message(
        "ข้อ {code} ให้เว็บไซต์สร้างจากรายงานผลตามมาตรการ (generated: {generated})"
        " แต่ยังไม่มีรายงานของปีงบประมาณ {year} ใน content/reports/"
        " ให้เพิ่มรายงาน หรือเปลี่ยนเป็นลิงก์/เนื้อหา",
        "Item {code} is to be built from the measures reports (generated: {generated}), but"
        " fiscal year {year} has no report in content/reports/. Add one, or give links or"
        " a body instead.",
    ),
    "duplicate_year_file": Message(
        "ไฟล์นี้เป็นข้อมูลของปี {year} เหมือนกับไฟล์ {other} ข้อมูลหนึ่งปีต้องอยู่ในไฟล์เดียว ให้รวมเป็นไฟล์เดียว",
        "This file holds year {year}, as {other} already does. One year belongs in one"
        " file: merge them.",
    ),
    "catalogue_duplicate_code": Message(
        "รหัสข้อ {code} ซ้ำกับที่บรรทัด {first_line} แต่ละข้อมีรหัสไม่ซ้ำกัน",
        "The item code {code} repeats the one at line {first_line}. Each item has its own code.",
    ),
    "catalogue_unknown_sub_indicator": Message(
        'ตัวชี้วัดย่อย "{source}" ไม่อยู่ในรายการ indicators ของไฟล์นี้ (มี {allowed})',
        'The sub-indicator "{source}" is not listed under indicators in this file'
        " (listed: {allowed}).",
    ),
    "catalogue_unknown_source": Message(
        'แหล่งอ้างอิง "{source}" ไม่อยู่ในรายการ sources ของไฟล์นี้ (มี {allowed})',
        'The source "{source}" is not listed under sources in this file (listed: {allowed}).',
    ),
    # ---- service statistics ------------------------------------------------------------
    "csv_not_utf8": Message(
        "ไฟล์ CSV นี้ไม่ได้บันทึกเป็น UTF-8{encoding_th} จึงอ่านตัวอักษรไทยไม่ได้"
        ' วิธีแก้: เปิดไฟล์ใน Excel เลือก "ไฟล์" > "บันทึกเป็น" เลือกชนิดไฟล์'
        ' "CSV UTF-8 (Comma delimited) (*.csv)" แล้วบันทึกทับไฟล์เดิม',
        "This CSV file is not saved as UTF-8{encoding_en}, so its Thai text cannot be read."
        ' Fix: open it in Excel, choose File > Save As, pick the type "CSV UTF-8 (Comma'
        ' delimited) (*.csv)" and save over the old file.',
    ),
    "statistics_folder": Message(
        "ไฟล์สถิติต้องอยู่ในโฟลเดอร์ของปีงบประมาณ เช่น {example} แต่ไฟล์นี้อยู่ใน {folder}"
        " ให้ย้ายไฟล์ไปไว้ในโฟลเดอร์ปี พ.ศ. ของข้อมูล",
        "Statistics files belong in the folder of their fiscal year, e.g. {example}, but this"
        " one is in {folder}. Move it into the folder of its B.E. year.",
    ),
    "statistics_same_address": Message(
        "ชุดข้อมูลนี้และ {other} จะได้ที่อยู่เว็บเดียวกัน ({slug}) เพราะชื่อไฟล์ต่างกันเพียง"
        " ช่องว่าง เครื่องหมาย หรือตัวพิมพ์ ให้เปลี่ยนชื่อไฟล์ใดไฟล์หนึ่ง",
        "This dataset and {other} would get the same address ({slug}): their file names"
        " differ only in spaces, punctuation or letter case. Rename one of them.",
    ),
    "statistics_two_sources": Message(
        "ไฟล์นี้มีรายการ services และยังมีไฟล์ {csv} ชื่อเดียวกันด้วย ข้อมูลชุดหนึ่งต้องมาจากที่เดียว"
        " ให้ลบ services ออกจากไฟล์นี้ (ใช้ไฟล์นี้ใส่เพียงชื่อชุดข้อมูล) หรือลบไฟล์ CSV",
        "This file lists services, and {csv} has the same name. A dataset comes from one"
        " place: remove services here (keep only the title) or delete the CSV file.",
    ),
    "statistics_no_data": Message(
        "ไฟล์นี้ไม่มีรายการ services และไม่มีไฟล์ {csv} ในโฟลเดอร์เดียวกัน"
        " ให้ใส่ services หรือวางไฟล์ CSV ชื่อเดียวกันไว้ข้างกัน",
        "This file has no services and there is no {csv} next to it. Add services, or put"
        " the CSV file of the same name beside it.",
    ),
    "statistics_empty": Message(
        "ชุดข้อมูลนี้ยังไม่มีบริการเลย ให้ใส่อย่างน้อยหนึ่งบริการ หรือลบไฟล์นี้ออก",
        "This dataset has no service yet. Add at least one, or delete the file.",
    ),
    "statistics_no_service_column": Message(
        'ไม่พบคอลัมน์ชื่อบริการ แถวแรกต้องเป็นหัวตาราง และต้องมีคอลัมน์ "บริการ"'
        " (หัวคอลัมน์ที่ใช้ได้: {allowed} และชื่อเดือน)",
        "No service column found. The first row must be the header, with a column named"
        ' "บริการ" (allowed headers: {allowed}, and month names).',
    ),
    "statistics_no_month_column": Message(
        "ไม่พบคอลัมน์เดือนในหัวตาราง ให้ใส่ชื่อเดือนเป็นหัวคอลัมน์ เช่น ต.ค. พ.ย. ธ.ค.",
        "No month column in the header. Name each month column, e.g. ต.ค. พ.ย. ธ.ค.",
    ),
    "statistics_extra_cell": Message(
        "เซลล์นี้อยู่นอกหัวตาราง (ไม่มีหัวคอลัมน์) ให้เพิ่มหัวคอลัมน์หรือลบค่าในเซลล์นี้",
        "This cell is beyond the header (its column has no name). Name the column or clear"
        " the cell.",
    ),
    "statistics_service_empty": Message(
        "แถวนี้มีตัวเลขแต่ไม่มีชื่อบริการ ให้ใส่ชื่อบริการ หรือลบทั้งแถว",
        "This row has figures but no service name. Fill in the service, or delete the row.",
    ),
    "statistics_unknown_column": Message(
        'ไม่รู้จักหัวคอลัมน์ "{source}"{suggestion_th} หัวคอลัมน์ที่ใช้ได้: {allowed}'
        " และชื่อเดือน เช่น ต.ค. หรือ ตุลาคม หรือ 10 (ใส่ปีได้ เช่น ต.ค. 2564)",
        'Unknown column header "{source}"{suggestion_en}. Allowed: {allowed}, and months'
        " such as ต.ค., ตุลาคม or 10 (with a year if you like, e.g. ต.ค. 2564).",
    ),
    "statistics_unknown_month": Message(
        'ไม่รู้จักเดือน "{source}"{suggestion_th} ให้เขียนเดือนเป็น ต.ค. หรือ ตุลาคม หรือ 10'
        " (ใส่ปีได้ เช่น ต.ค. 2564)",
        'Unknown month "{source}"{suggestion_en}. Write months as ต.ค., ตุลาคม or 10 (with a'
        " year if you like, e.g. ต.ค. 2564).",
    ),
    "statistics_month_outside_year": Message(
        "เดือน {source} อยู่ในปีงบประมาณ {belongs} ไม่ใช่ปีงบประมาณ {year} ของโฟลเดอร์นี้"
        " (ปีงบประมาณ {year} คือ {first} ถึง {last}) ให้แก้เดือน หรือย้ายไฟล์ไปโฟลเดอร์ปี {belongs}",
        "The month {source} is in fiscal year {belongs}, not in this folder's fiscal year"
        " {year} ({first} to {last}). Correct the month, or move the file to the {belongs}"
        " folder.",
    ),
    "statistics_duplicate_month": Message(
        "เดือน{month} ({source}) ซ้ำกับคอลัมน์ก่อนหน้า แต่ละเดือนมีได้คอลัมน์เดียว",
        "The month {month} ({source}) appears twice. Each month has one column.",
    ),
    "statistics_count_invalid": Message(
        'จำนวน "{source}" ไม่ใช่ตัวเลข ให้ใส่จำนวนเต็ม เช่น 12 (ถ้าเดือนนี้ไม่มีข้อมูล ให้เว้นว่าง'
        " หรือใส่ - และถ้าไม่มีผู้รับบริการ ให้ใส่ 0)",
        'The count "{source}" is not a number. Write a whole number such as 12 (leave the cell'
        " empty or write - when the month has no figure, and 0 when nobody used the service).",
    ),
    "count_negative": Message(
        "จำนวน {source} ติดลบ จำนวนครั้งที่ให้บริการต้องเป็น 0 ขึ้นไป",
        "The count {source} is below zero. A count of services is 0 or more.",
    ),
    "count_not_whole": Message(
        "จำนวน {source} มีทศนิยม จำนวนครั้งที่ให้บริการต้องเป็นจำนวนเต็ม",
        "The count {source} has a fraction. A count of services is a whole number.",
    ),
    "percent_invalid": Message(
        "ค่าความพึงพอใจ {source} ต้องเป็นร้อยละ 0 ถึง 100 ใส่เฉพาะตัวเลข เช่น 92.5",
        "The satisfaction {source} must be a percentage from 0 to 100, e.g. 92.5.",
    ),
    "statistics_total_mismatch": Message(
        "ยอดรวม {total} ไม่เท่ากับผลรวมของ {months} เดือนที่มีข้อมูลในแถวนี้ ซึ่งเท่ากับ {sum}"
        " ให้ตรวจตัวเลขรายเดือนหรือยอดรวม (หรือลบคอลัมน์รวม โปรแกรมจะคำนวณให้)",
        "The total {total} is not the sum of this row's {months} month(s) with figures, which"
        " is {sum}. Check the months or the total (or delete the total column: it is computed"
        " for you).",
    ),
    "statistics_duplicate_service": Message(
        'บริการ "{service}" ซ้ำกับแถวที่ {first_line} แต่ละบริการมีได้แถวเดียวในชุดข้อมูล ให้รวมตัวเลขไว้แถวเดียว',
        'The service "{service}" repeats row {first_line}. Each service has one row in a'
        " dataset: merge the figures into one row.",
    ),
    "generated_no_statistics": Message(
        "ข้อ {code} ให้เว็บไซต์สร้างจากข้อมูลสถิติการให้บริการ (generated: service_statistics)"
        " แต่ยังไม่มีชุดข้อมูลของปีงบประมาณ {year} ในโฟลเดอร์ content/statistics/{year}/"
        " ให้เพิ่มชุดข้อมูล หรือเปลี่ยนเป็นลิงก์/เนื้อหา",
        "Item {code} is to be built from the service statistics (generated:"
        " service_statistics), but fiscal year {year} has no dataset in"
        " content/statistics/{year}/. Add one, or give links or a body instead.",
    ),
    # ---- warnings -------------------------------------------------------------------
    "oit_items_missing": Message(
        "การเปิดเผยข้อมูล OIT ปี {year} ยังไม่ได้เผยแพร่ {count} ข้อ: {codes}"
        " หน้า /{year}/oit/ จะแสดงข้อเหล่านี้ว่ายังไม่ได้เผยแพร่ ให้เพิ่มข้อมูลใน {file}"
        " หรือระบุ nothing_to_report พร้อมเหตุผล",
        "{count} OIT item(s) of {year} are not published yet: {codes}. The page /{year}/oit/"
        " shows them as missing. Add them in {file}, or give nothing_to_report with the"
        " reason.",
    ),
    "round_no_measures": Message(
        "รายงานปีงบประมาณ {year} รอบ {round} ยังไม่มีมาตรการเลย หน้ารายงานจะมีแต่บันทึกข้อความ",
        "The report for fiscal year {year}, round {round} has no measures yet; its page will"
        " show only the memo.",
    ),
    "status_missing": Message(
        "มาตรการลำดับที่ {number} ในหมวด {section} ยังไม่ได้ระบุสถานะ"
        ' ให้เพิ่ม "status: done" (ทำแล้ว) หรือ "status: not_done" (ยังไม่ได้ทำ)',
        'Measure {number} in section {section} has no status yet. Add "status: done"'
        ' or "status: not_done".',
    ),
    "no_reports": Message(
        "ยังไม่มีรายงานเลย เว็บไซต์จะมีเพียงหน้าแรก ให้เพิ่มไฟล์รายงานใน {folder}",
        "There are no reports yet; the site will have only its home page. Add a report"
        " file under {folder}.",
    ),
    # ---- the hub (prongsai hub build): why one agency's data could not be read ---------------
    "hub_down": Message(
        "เชื่อมต่อเว็บไซต์ไม่ได้ ({detail}) เว็บไซต์อาจปิดอยู่หรือที่อยู่ใน SITES.yml ผิด"
        " ให้ตรวจที่อยู่ {url} แล้วลองใหม่ภายหลัง",
        "Could not connect to the site ({detail}): it may be down, or its address in"
        " SITES.yml is wrong. Check {url} and try again later.",
    ),
    "hub_timeout": Message(
        "เว็บไซต์ตอบช้าเกินกำหนด ลองแล้ว {attempts} ครั้ง ที่ {url} จะลองใหม่ในรอบถัดไป",
        "The site answered too slowly ({attempts} attempts) at {url}; the next run tries again.",
    ),
    "hub_server_error": Message(
        "เว็บไซต์ตอบกลับด้วยข้อผิดพลาด HTTP {status} ลองแล้ว {attempts} ครั้ง ที่ {url}",
        "The site answered with HTTP error {status} ({attempts} attempts) at {url}.",
    ),
    "hub_not_found": Message(
        "ไม่พบไฟล์ {url} (HTTP 404) เว็บไซต์อาจยังใช้ Prongsai รุ่นที่ไม่มี /api/v1/"
        " ให้หน่วยงานปรับรุ่นโปรแกรมแล้วสร้างเว็บไซต์ใหม่ หรือแก้ที่อยู่ใน SITES.yml",
        "{url} was not found (HTTP 404): the site may run a Prongsai version without /api/v1/."
        " Ask the agency to update the engine and rebuild, or fix the address in SITES.yml.",
    ),
    "hub_http_error": Message(
        "เว็บไซต์ตอบกลับด้วย HTTP {status} ที่ {url}",
        "The site answered with HTTP {status} at {url}.",
    ),
    "hub_not_json": Message(
        "{url} ไม่ใช่ไฟล์ JSON ({detail}) เช่น ได้หน้าเว็บ HTML แทน ที่อยู่ใน SITES.yml"
        " อาจไม่ใช่เว็บไซต์ Prongsai",
        "{url} is not JSON ({detail}), e.g. an HTML page came back instead: the address in"
        " SITES.yml may not be a Prongsai site.",
    ),
    "hub_schema": Message(
        "ไฟล์ {url} ไม่ตรงตาม JSON Schema ของ API รุ่น 1: {detail}",
        "{url} does not follow the JSON Schema of API version 1: {detail}",
    ),
    "hub_newer_version": Message(
        "เว็บไซต์ใช้ API รุ่น {version} ซึ่งใหม่กว่าที่ศูนย์รวมนี้อ่านได้ (รุ่น 1) ให้ปรับรุ่นโปรแกรมของศูนย์รวม",
        "The site publishes API version {version}, newer than this hub reads (1):"
        " update the hub's engine.",
    ),
    "hub_checksum": Message(
        "ไฟล์ {url} ไม่ตรงกับค่า SHA-256 ใน index.json (เว็บไซต์อาจกำลังเผยแพร่รุ่นใหม่อยู่) จะลองใหม่ในรอบถัดไป",
        "{url} does not match its SHA-256 in index.json (the site may be mid-deploy);"
        " the next run tries again.",
    ),
    "hub_too_large": Message(
        "ไฟล์ {url} ใหญ่เกิน {limit} ไบต์ ไม่ได้อ่าน",
        "{url} is larger than {limit} bytes and was not read.",
    ),
}

# How each kind of YAML value is named in the messages above ({got_th} / {got_en}).
VALUE_KINDS: dict[str, tuple[str, str]] = {
    "bool": ("ค่าจริง/เท็จ ({value})", "a yes/no value ({value})"),
    "int": ("ตัวเลข {value}", "the number {value}"),
    "float": ("ตัวเลข {value}", "the number {value}"),
    "date": ("วันที่ ({value})", "a date ({value})"),
    "null": ("ค่าว่าง", "an empty value"),
    "str": ("ข้อความ", "text"),
    "list": ("รายการ", "a list"),
    "dict": ('ชุด "ชื่อช่อง: ค่า"', 'a set of "key: value" lines'),
}

SEVERITY_LABELS: dict[str, tuple[str, str]] = {
    "error": ("ข้อผิดพลาด", "error"),
    "warning": ("คำเตือน", "warning"),
}
