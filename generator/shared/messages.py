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
    # ---- what content/ may hold (walk.py) and how much a file may ask (limits.py) ------
    "content_link": Message(
        "รายการนี้เป็นลิงก์ (symbolic link) ซึ่งโฟลเดอร์ content/ ห้ามมี เพราะลิงก์อาจชี้ไปยังไฟล์นอก"
        " content/ แล้วไฟล์นั้นจะถูกเผยแพร่ ให้ลบลิงก์นี้ แล้ววางไฟล์หรือโฟลเดอร์จริงไว้แทน",
        "This is a symbolic link, which content/ may not hold: a link can point at a file"
        " outside content/, which would then be published. Delete the link and put the real"
        " file or folder here instead.",
    ),
    "content_not_regular": Message(
        "รายการนี้ไม่ใช่ไฟล์หรือโฟลเดอร์ธรรมดา (เป็น pipe, socket หรืออุปกรณ์) จึงอ่านไม่ได้ ให้ลบออกจาก content/",
        "This is not an ordinary file or folder (it is a pipe, a socket or a device), so it"
        " cannot be read. Remove it from content/.",
    ),
    "content_unreadable": Message(
        "เปิดอ่านรายการนี้ไม่ได้ ให้ตรวจสิทธิ์การเข้าถึงไฟล์ (permission) หรือคัดลอกไฟล์มาวางใหม่",
        "This cannot be opened. Check its permissions, or copy the file in again.",
    ),
    "content_name_control": Message(
        "ชื่อไฟล์หรือโฟลเดอร์นี้มีอักขระควบคุมที่มองไม่เห็น (แสดงเป็น \\x.. ในข้อความนี้)"
        " ให้เปลี่ยนชื่อโดยใช้เฉพาะตัวอักษร ตัวเลข ช่องว่าง และเครื่องหมายทั่วไป",
        "The name of this file or folder holds an invisible control character (shown as"
        " \\x.. here). Rename it with letters, digits, spaces and common punctuation only.",
    ),
    "file_too_large": Message(
        "ไฟล์นี้ใหญ่เกินกว่าที่รับได้ (ไม่เกิน {limit}) ไฟล์ข้อมูลที่พิมพ์เองมีขนาดเล็กกว่านี้มาก"
        " ให้ตรวจว่าบันทึกไฟล์ถูกชนิด หรือแยกข้อมูลเป็นหลายไฟล์",
        "This file is larger than a content file may be (at most {limit}). Files typed by"
        " hand are far smaller: check that the right file was saved here, or split it.",
    ),
    "control_character": Message(
        "พบอักขระควบคุมที่มองไม่เห็น ({character}) ตรงตำแหน่งนี้ ซึ่งหน้าเว็บและฟีดแสดงไม่ได้"
        " ให้ลบอักขระนั้นออก (มักติดมากับข้อความที่คัดลอกจาก PDF หรือเว็บไซต์)",
        "There is an invisible control character ({character}) here, which web pages and the"
        " feed cannot hold. Delete it (it often comes with text copied from a PDF or a web"
        " page).",
    ),
    "yaml_too_deep": Message(
        "ข้อมูลตรงนี้ซ้อนกันลึกเกิน {limit} ชั้น ไฟล์ข้อมูลใช้เพียงไม่กี่ชั้น ให้ตรวจวงเล็บ [ ] {{ }} และการย่อหน้า",
        "The lists and key: value sets here are nested more than {limit} levels deep;"
        " content needs only a few. Check the brackets [ ] {{ }} and the indentation.",
    ),
    "yaml_too_many_aliases": Message(
        "ไฟล์นี้อ้างถึงค่าอื่นด้วย alias (*ชื่อ) เกิน {limit} ครั้ง ให้เขียนค่าลงไปตรง ๆ แทนการอ้างถึง",
        "This file refers to other values with aliases (*name) more than {limit} times."
        " Write the values out instead.",
    ),
    "yaml_alias_expansion": Message(
        "เมื่อแทน alias (*ชื่อ) ด้วยค่าที่อ้างถึงแล้ว ไฟล์นี้จะมีข้อมูลเกิน {limit} ค่า"
        " (alias ที่อ้างถึง alias ต่อกันหลายชั้นทำให้ข้อมูลขยายตัวจนเครื่องรับไม่ไหว)"
        " ให้เขียนค่าลงไปตรง ๆ แทนการอ้างถึง",
        "With its aliases (*name) replaced by what they name, this file would hold more than"
        " {limit} values (aliases of aliases multiply until no computer can hold them). Write"
        " the values out instead.",
    ),
    "yaml_alias_recursive": Message(
        "alias *{anchor} อยู่ภายในค่าที่ &{anchor} ตั้งชื่อไว้เอง ค่านี้จึงไม่มีที่สิ้นสุด ให้ลบ alias นี้ออก",
        "The alias *{anchor} stands inside the very value that &{anchor} names, so the value"
        " would never end. Remove the alias.",
    ),
    "yaml_merge_invalid": Message(
        'เครื่องหมายรวมค่า << ต้องอ้างถึงชุด "ชื่อช่อง: ค่า" เช่น <<: *ค่าตั้งต้น'
        " แต่ตรงนี้อ้างถึงค่าอื่น ให้แก้การอ้างถึง หรือลบบรรทัด << ออก",
        'The merge key << must name a set of "key: value" lines, e.g. <<: *defaults, but'
        " here it names something else. Correct it, or remove the << line.",
    ),
    "yaml_tag": Message(
        "ไฟล์ข้อมูลไม่ใช้แท็ก {tag} ให้ลบแท็กนี้ออก แล้วเขียนค่าเป็นข้อความธรรมดา",
        "Content files do not use the tag {tag}. Remove it and write the value as plain text.",
    ),
    "number_too_long": Message(
        "ตัวเลข {source} ยาวเกิน {limit} หลัก ไม่มีจำนวนหรือปีใดยาวขนาดนี้ ให้ตรวจตัวเลข",
        "The number {source} has more than {limit} digits; no count or year is that long."
        " Check the number.",
    ),
    "file_outside": Message(
        "ไฟล์ {source} ต้องอยู่ในโฟลเดอร์ content/ ให้เขียนตำแหน่งเทียบกับ content/"
        " เช่น logo.png (ห้ามขึ้นต้นด้วย / หรือมี ..)",
        "The file {source} must be inside content/. Write its path from content/, e.g."
        " logo.png (no leading / and no ..).",
    ),
    "document_hidden": Message(
        "ไฟล์ {source} เป็นไฟล์ซ่อน (ชื่อไฟล์หรือโฟลเดอร์ขึ้นต้นด้วยจุด) ซึ่งไม่เผยแพร่"
        " ให้เปลี่ยนชื่อไม่ให้ขึ้นต้นด้วยจุด แล้วแก้ชื่อในช่องนี้ให้ตรงกัน",
        "{source} is hidden (a file or folder name starting with a dot), and hidden files are"
        " never published. Rename it without the leading dot and correct the name here.",
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
    "catalogue_draft_superseded": Message(
        "โปรแกรมรุ่นนี้มีรายการข้อ OIT ของปี {year} แล้ว ({status}) แต่ไฟล์นี้ยังเป็นร่างที่คัดลอกจากปีก่อน"
        " ให้ลบไฟล์ {file} เพื่อใช้รายการที่มากับโปรแกรม แล้วสั่ง prongsai check"
        " เพื่อตรวจรหัสข้อใน content/oit/{year}.yml กับรายการใหม่ (รหัสข้ออาจเปลี่ยน)",
        "This engine ships the OIT item list of {year} ({status}), but this file is still the"
        " draft copied from an earlier year. Delete {file} to use the shipped list, then run"
        " prongsai check to match the codes in content/oit/{year}.yml against it (codes may"
        " have changed).",
    ),
    "item_code_unknown": Message(
        "รายการข้อ OIT ปี {year} ไม่มีข้อ {source} (ปีนี้มีข้อ {codes})"
        " รหัสข้อเปลี่ยนทุกปี ให้ตรวจรหัสกับรายการข้อของปี {year} ที่หน้า /{year}/oit/",
        "The OIT item list of {year} has no item {source} (it has {codes})."
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
    "csv_unreadable": Message(
        "อ่านไฟล์ CSV นี้ต่อไม่ได้ตั้งแต่แถวนี้ ({problem}) ให้เปิดไฟล์ใน Excel"
        ' แล้วบันทึกใหม่เป็น "CSV UTF-8 (Comma delimited) (*.csv)"',
        "This CSV file cannot be read from this row on ({problem}). Open it in Excel and save"
        ' it again as "CSV UTF-8 (Comma delimited) (*.csv)".',
    ),
    "csv_too_many_columns": Message(
        "แถวนี้มีเกิน {limit} เซลล์ ชุดข้อมูลสถิติใช้ไม่ถึง 20 คอลัมน์"
        " ให้ลบคอลัมน์ที่ไม่ใช่ข้อมูล (เช่น เซลล์ว่างที่มีเครื่องหมายจุลภาคต่อท้ายยาว ๆ)",
        "This row has more than {limit} cells; a statistics dataset needs fewer than 20"
        " columns. Delete the columns that are not data (a long run of trailing commas, say).",
    ),
    "csv_too_many_rows": Message(
        "ไฟล์นี้มีเกิน {limit} แถว (แถวนี้คือแถวแรกที่เกิน) ให้แยกชุดข้อมูลเป็นหลายไฟล์ หรือลบแถวที่ไม่ใช่ข้อมูล",
        "This file has more than {limit} rows (this is the first one too many). Split the"
        " dataset into several files, or delete the rows that are not data.",
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
    "csv_document_formula": Message(
        'เซลล์นี้ขึ้นต้นด้วย "{first}" ซึ่ง Excel จะอ่านเป็นสูตรเมื่อผู้อ่านเปิดไฟล์'
        " (สูตรอาจเปิดลิงก์หรือสั่งโปรแกรมในเครื่องผู้อ่านได้) เอกสารเผยแพร่ตามต้นฉบับทุกไบต์"
        " โปรแกรมจึงแก้ให้ไม่ได้ ให้แก้ข้อความในเซลล์ไม่ให้ขึ้นต้นด้วย = + - @"
        " (เช่น ขึ้นต้นด้วยคำแทนเครื่องหมาย) หรือเผยแพร่เป็นไฟล์ PDF หรือ Excel แทน",
        'This cell starts with "{first}", which Excel runs as a formula when a reader opens'
        " the file (a formula can open links or start programs on the reader's computer)."
        " Documents are published exactly as uploaded, so Prongsai cannot fix it: change the"
        " text so that it does not start with = + - @ (start it with a word instead), or"
        " publish the file as PDF or Excel instead.",
    ),
    # ---- personal data (PDPA) ------------------------------------------------------------
    "citizen_id": Message(
        "พบเลขประจำตัวประชาชน ({masked}) ซึ่งเป็นข้อมูลส่วนบุคคลตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล"
        " พ.ศ. 2562 จึงเผยแพร่บนเว็บไซต์ไม่ได้ ให้ลบเลขนี้ออก หรือเขียนแบบปิดบัง เช่น {masked}"
        " ถ้าต้องเผยแพร่เลขนี้จริงตามกฎหมาย ให้เพิ่มเลขนี้พร้อมเหตุผลในรายการ published_on_purpose"
        " ของ {agency_file}",
        "A Thai citizen ID ({masked}) is written here. It is personal data under the Personal"
        " Data Protection Act B.E. 2562 (2019) and cannot be published. Delete it, or write it"
        " masked, e.g. {masked}. If the law requires publishing this number, add it with the"
        " reason under published_on_purpose in {agency_file}.",
    ),
    "mobile": Message(
        "พบหมายเลขโทรศัพท์มือถือ ({masked}) ซึ่งเป็นข้อมูลส่วนบุคคลของผู้ที่เป็นเจ้าของเบอร์"
        " (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562) ให้ใช้หมายเลขโทรศัพท์ของสำนักงานแทน"
        " หรือลบออก ถ้าเป็นเบอร์ของหน่วยงานที่ตั้งใจเผยแพร่ (เช่น สายด่วนร้องเรียน) ให้ใส่ไว้ในช่อง"
        " phone ของ {agency_file} หรือเพิ่มพร้อมเหตุผลในรายการ published_on_purpose ของไฟล์นั้น",
        "A mobile number ({masked}) is written here. It is personal data of whoever owns it"
        " (Personal Data Protection Act B.E. 2562). Give an office number instead, or delete"
        " it. If it is the agency's own line, published on purpose (a complaints hotline, say),"
        " put it in the phone field of {agency_file}, or add it with the reason under"
        " published_on_purpose in that file.",
    ),
    "citizen_id_in_document": Message(
        "ในเอกสารนี้ ({place_th}) พบเลขประจำตัวประชาชน ({masked}) ซึ่งเป็นข้อมูลส่วนบุคคลตาม"
        " พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 จึงเผยแพร่ไม่ได้ ให้แก้ไฟล์ต้นฉบับ (Word หรือ Excel)"
        " โดยลบหรือปิดบังเลขนี้ แล้วบันทึกหรือแปลงเป็น PDF ใหม่มาแทนไฟล์นี้"
        " (การวางแถบสีดำทับใน PDF ไม่ได้ลบตัวเลขออกจากไฟล์) ถ้าต้องเผยแพร่เลขนี้จริงตามกฎหมาย"
        " ให้เพิ่มเลขนี้พร้อมเหตุผลในรายการ published_on_purpose ของ {agency_file}",
        "This document ({place_en}) contains a Thai citizen ID ({masked}), personal data under"
        " the Personal Data Protection Act B.E. 2562 that cannot be published. Edit the"
        " original (Word or Excel) to delete or mask the number, then save or export a new PDF"
        " to replace this file (a black box drawn over a PDF does not remove the number from"
        " the file). If the law requires publishing this number, add it with the reason under"
        " published_on_purpose in {agency_file}.",
    ),
    "mobile_in_document": Message(
        "ในเอกสารนี้ ({place_th}) พบหมายเลขโทรศัพท์มือถือ ({masked}) ซึ่งเป็นข้อมูลส่วนบุคคล"
        " ให้แก้ไฟล์ต้นฉบับ (Word หรือ Excel) โดยลบเบอร์นี้หรือใช้เบอร์สำนักงานแทน"
        " แล้วบันทึกหรือแปลงเป็น PDF ใหม่มาแทนไฟล์นี้ (การวางแถบสีดำทับใน PDF ไม่ได้ลบตัวเลขออกจากไฟล์)"
        " ถ้าเป็นเบอร์ของหน่วยงานที่ตั้งใจเผยแพร่ ให้เพิ่มพร้อมเหตุผลในรายการ published_on_purpose"
        " ของ {agency_file}",
        "This document ({place_en}) contains a mobile number ({masked}), which is personal"
        " data. Edit the original (Word or Excel) to delete it or give an office number"
        " instead, then save or export a new PDF to replace this file (a black box drawn over"
        " a PDF does not remove the number from the file). If it is the agency's own line,"
        " published on purpose, add it with the reason under published_on_purpose in"
        " {agency_file}.",
    ),
    "citizen_id_in_file_name": Message(
        "ชื่อไฟล์นี้มีเลขประจำตัวประชาชน ({masked}) ซึ่งเป็นข้อมูลส่วนบุคคล และชื่อไฟล์จะปรากฏในที่อยู่เว็บ"
        " ให้เปลี่ยนชื่อไฟล์โดยไม่ใส่เลขนี้ (และแก้ลิงก์ที่อ้างถึงไฟล์นี้ให้ตรงกัน)",
        "This file's name contains a Thai citizen ID ({masked}), which is personal data, and"
        " file names become web addresses. Rename the file without the number (and update"
        " the links to it).",
    ),
    "mobile_in_file_name": Message(
        "ชื่อไฟล์นี้มีหมายเลขโทรศัพท์มือถือ ({masked}) ซึ่งเป็นข้อมูลส่วนบุคคล และชื่อไฟล์จะปรากฏในที่อยู่เว็บ"
        " ให้เปลี่ยนชื่อไฟล์โดยไม่ใส่เบอร์นี้ (และแก้ลิงก์ที่อ้างถึงไฟล์นี้ให้ตรงกัน)",
        "This file's name contains a mobile number ({masked}), which is personal data, and"
        " file names become web addresses. Rename the file without the number (and update"
        " the links to it).",
    ),
    "published_on_purpose_invalid": Message(
        'ค่า "{source}" ไม่ใช่เลขประจำตัวประชาชน 13 หลักที่ถูกต้อง (หลักสุดท้ายต้องตรงตามสูตรตรวจสอบ)'
        " และไม่ใช่หมายเลขโทรศัพท์มือถือ (06 08 09 ตามด้วย 8 หลัก) ใส่ได้รายการละหนึ่งเลข"
        ' เขียนแบบเดียวกับในเนื้อหา เช่น "081-234-5678" ถ้าไม่ใช่เลขเหล่านี้ ไม่ต้องใส่ในรายการนี้',
        'The value "{source}" is neither a valid 13-digit Thai citizen ID (its last digit must'
        " match the check digit) nor a mobile number (06, 08 or 09 and 8 more digits). Give"
        ' one number per entry, as written in the content, e.g. "081-234-5678". Other numbers'
        " need no entry here.",
    ),
    "published_on_purpose_unused": Message(
        "เลข {masked} ในรายการ published_on_purpose ไม่ปรากฏในเนื้อหาหรือเอกสารใดแล้ว"
        " ให้ลบรายการนี้ออก เพื่อไม่ให้เลขนี้ผ่านการตรวจโดยไม่ตั้งใจในภายหลัง",
        "The number {masked} listed under published_on_purpose no longer appears in any"
        " content or document. Remove the entry, so that the number is not let through"
        " unnoticed later.",
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
    "done_without_actions": Message(
        "มาตรการลำดับที่ {number} ในหมวด {section} ระบุว่าทำแล้ว (status: done) แต่ยังไม่มีผลการดำเนินการ"
        " ให้เพิ่ม actions: เป็นรายการสิ่งที่ทำในรอบนี้ เช่น วันที่ จำนวนผู้เข้าร่วม หรือเอกสารที่เผยแพร่",
        "Measure {number} in section {section} is marked as done (status: done) but has no"
        " actions. Add actions: a list of what was done this round, e.g. dates, numbers of"
        " participants or documents published.",
    ),
    "placeholder_left": Message(
        'ยังเป็นข้อความตัวอย่าง "{text}" ที่คำสั่ง prongsai new year/new round ใส่ไว้ให้'
        " ให้แทนด้วย{what_th} ก่อนเผยแพร่",
        'This is still the example text "{text}" that prongsai new year/new round wrote.'
        " Replace it with {what_en} before publishing.",
    ),
    "no_reports": Message(
        "ยังไม่มีรายงานเลย เว็บไซต์จะมีเพียงหน้าแรก ให้เพิ่มไฟล์รายงานใน {folder}",
        "There are no reports yet; the site will have only its home page. Add a report"
        " file under {folder}.",
    ),
    # ---- Markdown fields and addresses (content is untrusted input, issue #13) -------
    "markdown_html": Message(
        "ข้อความนี้มีคำสั่ง HTML {tag} ซึ่งเว็บไซต์นี้ไม่รับ (คำสั่ง HTML อาจทำให้หน้าเว็บรันสคริปต์"
        " หรือส่งผู้อ่านไปเว็บไซต์อื่นได้) ให้ลบออกแล้วใช้รูปแบบ Markdown แทน เช่น **ตัวหนา**"
        " *ตัวเอียง* รายการที่ขึ้นต้นด้วย - หรือ [ข้อความลิงก์](https://www.example.go.th/)",
        "This text contains the HTML tag {tag}, which this site does not accept (HTML could"
        " run scripts on the page or send readers elsewhere). Remove it and use Markdown"
        " instead: **bold**, *italic*, lines starting with - for a list, or"
        " [link text](https://www.example.go.th/).",
    ),
    "url_not_allowed": Message(
        "ลิงก์ {url} ใช้ไม่ได้ ({scheme} ไม่ใช่ที่อยู่เว็บที่ปลอดภัย) ลิงก์ต้องขึ้นต้นด้วย https://"
        " http:// mailto: หรือ tel: หรือเป็นที่อยู่หน้าในเว็บไซต์นี้ที่ขึ้นต้นด้วย / เช่น /2565/round-1/"
        " ให้แก้ที่อยู่ หรือลบลิงก์ออก",
        "The link {url} is not allowed ({scheme} is not a safe web address). A link starts"
        " with https://, http://, mailto: or tel:, or is an address of this site starting"
        " with /, e.g. /2565/round-1/. Correct the address or remove the link.",
    ),
    "page_override_unknown": Message(
        "ไฟล์นี้จะไม่ถูกเผยแพร่: โฟลเดอร์ content/pages/ ใช้แทนหน้านโยบายของเว็บไซต์ได้เฉพาะไฟล์"
        " {names} ให้เปลี่ยนชื่อไฟล์ให้ตรงกับหน้าที่ต้องการแทน หรือย้ายไฟล์ออกจากโฟลเดอร์นี้",
        "This file will not be published: content/pages/ can only replace the site's policy"
        " pages, with the files {names}. Rename the file after the page it replaces, or move"
        " it out of this folder.",
    ),
    "url_relative": Message(
        "ลิงก์ {url} ไม่ได้บอกที่อยู่เต็ม ให้เขียนที่อยู่หน้าในเว็บไซต์นี้โดยขึ้นต้นด้วย / เช่น"
        " /2565/round-1/ หรือ /documents/2565/แผนพัฒนา.pdf หรือที่อยู่เว็บไซต์อื่นแบบเต็ม"
        " เช่น https://www.example.go.th/",
        "The link {url} is not a full address. Write an address of this site starting with"
        " /, e.g. /2565/round-1/ or /documents/2565/plan.pdf, or another website's full"
        " address, e.g. https://www.example.go.th/.",
    ),
    "image_remote": Message(
        "รูปภาพ {url} อยู่ในเว็บไซต์อื่น เว็บไซต์นี้ไม่โหลดรูปจากเว็บไซต์อื่น (เว็บไซต์นั้นจะรู้ว่าใครเปิดอ่าน"
        " และเปลี่ยนรูปได้ทุกเมื่อ) ให้ใช้ลิงก์แทน เช่น [ดูรูป]({link}) หรือเก็บไฟล์รูปไว้ใน"
        " content/documents/ แล้วแนบเป็นเอกสารของข้อ OIT",
        "The image {url} is on another website. This site loads no image from another host"
        " (that host would learn who reads the page and could change the picture at any"
        " time). Link to it instead, e.g. [see the picture]({link}), or keep the file under"
        " content/documents/ and attach it as a document of an OIT item.",
    ),
    # ---- prongsai import docx (errors, then warnings the command prints) --------------
    "docx_not_word": Message(
        "ไฟล์ {file} ไม่ใช่เอกสาร Word (.docx) ที่อ่านได้ ให้เปิดไฟล์ใน Microsoft Word"
        ' หรือ LibreOffice แล้วเลือก "บันทึกเป็น" (Save As) ชนิด "Word Document'
        ' (*.docx)" แล้วนำเข้าไฟล์ใหม่นั้น',
        "{file} is not a Word document (.docx) that can be read. Open it in Microsoft"
        ' Word or LibreOffice, choose "Save As" with the type "Word Document (*.docx)"'
        " and import the new file.",
    ),
    "docx_file_missing": Message(
        "ไม่พบไฟล์ {path} ให้ตรวจชื่อและที่อยู่ของไฟล์",
        "The file {path} does not exist. Check its name and folder.",
    ),
    "docx_old_format": Message(
        "ไฟล์ {file} เป็นเอกสาร Word แบบเก่า (.doc) หรือถูกตั้งรหัสผ่านไว้"
        ' ซึ่งอ่านไม่ได้ ให้เปิดใน Word เอารหัสผ่านออก (ถ้ามี) แล้ว "บันทึกเป็น" ชนิด'
        ' "Word Document (*.docx)" แล้วนำเข้าไฟล์ใหม่นั้น',
        "{file} is an old Word document (.doc) or is password-protected, which cannot"
        ' be read. Open it in Word, remove the password if any, "Save As" the type'
        ' "Word Document (*.docx)" and import the new file.',
    ),
    "docx_no_columns": Message(
        "ตารางที่ {table} ในไฟล์ Word ไม่มีหัวคอลัมน์ตามแบบรายงาน (ขาด {missing})"
        " แถวแรกของตารางต้องเป็นหัวคอลัมน์ มาตรการ/แนวทาง ขั้นตอนหรือวิธีการ"
        " ผู้รับผิดชอบ ทำ ไม่ทำ หมายเหตุ ให้แก้หัวตารางในไฟล์ Word แล้วนำเข้าใหม่",
        "Table {table} of the Word file lacks the report's column headers (missing:"
        " {missing}). Its first row must name the columns มาตรการ/แนวทาง,"
        " ขั้นตอนหรือวิธีการ, ผู้รับผิดชอบ, ทำ, ไม่ทำ, หมายเหตุ. Fix the table's"
        " header in the Word file and import again.",
    ),
    "docx_no_memo_header": Message(
        "ไม่พบหัวบันทึกข้อความในไฟล์ Word (บรรทัดที่ขึ้นต้นด้วย ส่วนราชการ ที่ วันที่"
        " เรื่อง เรียน) ไฟล์ต้องเริ่มด้วยบันทึกข้อความที่ส่งรายงาน"
        " ตามแบบของรายงานฉบับเดิม",
        "No memo header was found in the Word file (lines starting with ส่วนราชการ,"
        " ที่, วันที่, เรื่อง, เรียน). The file must start with the memo that sends"
        " the report, laid out like the earlier reports.",
    ),
    "docx_no_signatory": Message(
        "ไม่พบผู้ลงนามในบันทึกข้อความ (บรรทัด ลงชื่อ ตามด้วยชื่อในวงเล็บและตำแหน่ง) ให้ตรวจส่วนท้ายบันทึกในไฟล์ Word",
        "No signatory was found in the memo (a ลงชื่อ line, then the name in brackets"
        " and the position). Check the end of the memo in the Word file.",
    ),
    "docx_no_body": Message(
        "บันทึกข้อความในไฟล์ Word ไม่มีเนื้อความระหว่างบรรทัด เรียน กับ ลงชื่อ",
        "The memo in the Word file has no body between the เรียน line and ลงชื่อ.",
    ),
    "docx_incomplete": Message(
        "ข้อมูลที่อ่านจากไฟล์ Word ไม่ครบตามรูปแบบรายงาน ({details}) ให้ตรวจส่วนนั้นในไฟล์ Word แล้วนำเข้าใหม่",
        "What was read from the Word file does not make a complete report ({details})."
        " Check that part of the Word file and import again.",
    ),
    "docx_no_measures_table": Message(
        "ไม่พบตารางรายงานผลตามมาตรการในไฟล์ Word: ต้องมีหัวข้อหมวดที่ลงท้ายด้วย (IIT)"
        " (EIT) หรือ (OIT) และตารางที่มีหัวคอลัมน์ มาตรการ/แนวทาง ขั้นตอนหรือวิธีการ"
        " ผู้รับผิดชอบ ทำ ไม่ทำ หมายเหตุ",
        "No measures table was found in the Word file: it needs section headings"
        " ending in (IIT), (EIT) or (OIT) and a table with the column headers"
        " มาตรการ/แนวทาง, ขั้นตอนหรือวิธีการ, ผู้รับผิดชอบ, ทำ, ไม่ทำ, หมายเหตุ.",
    ),
    "docx_no_complete_signatory": Message(
        "ไม่พบผู้ลงนามที่ครบถ้วนในบันทึกข้อความ (ลงชื่อ, ชื่อในวงเล็บ และตำแหน่งในบรรทัดถัดไป)",
        "No complete signatory was found in the memo (ลงชื่อ, the name in brackets and"
        " the position on the next line).",
    ),
    "docx_signature_skipped": Message(
        "ข้ามการลงนามที่ไม่ครบ (ต้องมีชื่อในวงเล็บและตำแหน่ง) ที่{where_th}",
        "A signature without a name in brackets and a position was skipped at {where_en}.",
    ),
    "docx_no_title": Message(
        "ไม่พบชื่อรายงานผลตามมาตรการก่อนหัวข้อหมวดแรก จึงใส่ชื่อว่า “{title}” ให้ตรวจแก้",
        "No title of the measures report was found before the first section heading;"
        " it was set to “{title}”: check it.",
    ),
    "docx_measure_no_title": Message(
        "มาตรการที่{where_th} (หมวด {section}) ไม่มีชื่อมาตรการ ให้ใส่ชื่อในช่อง"
        " มาตรการ/แนวทาง ในไฟล์ Word แล้วนำเข้าใหม่",
        "The measure at {where_en} (section {section}) has no title. Fill in its"
        " มาตรการ/แนวทาง cell in the Word file and import again.",
    ),
    "docx_both_statuses": Message(
        "มาตรการลำดับที่ {number} ในหมวด {section} มีข้อความทั้งช่อง ทำ และ ไม่ทำ"
        " จึงไม่ได้ระบุสถานะ ให้ใส่ status: done หรือ not_done เอง",
        "Measure {number} in section {section} has both ทำ and ไม่ทำ filled in, so no"
        " status was set: add status: done or not_done yourself.",
    ),
    "docx_table_no_section": Message(
        "ตารางที่ {table} ในไฟล์ Word ไม่มีหัวข้อหมวดนำหน้า ก่อนตารางต้องมีหัวข้อ เช่น"
        " 1.1 การปรับปรุงการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
        "Table {table} of the Word file has no section heading before it. Put a"
        " heading such as 1.1"
        " การปรับปรุงการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) above"
        " the table.",
    ),
    "docx_measure_renumbered": Message(
        "มาตรการลำดับที่ {number} ในหมวด {section} ซ้ำหรือไม่ถูกต้อง ({where_th})"
        " จึงให้เป็นลำดับที่ {chosen} ให้ตรวจลำดับ",
        "Measure number {number} in section {section} repeats or is not valid"
        " ({where_en}); it was numbered {chosen}: check the numbering.",
    ),
    "docx_item_unknown": Message(
        "มาตรการลำดับที่ {number} ในหมวด {section} อ้างถึงข้อ {code}"
        " ซึ่งไม่มีในรายการข้อ OIT ของปี {year} จึงไม่ได้ใส่ใน ita_items",
        "Measure {number} in section {section} names {code}, which the OIT item list"
        " of {year} does not have, so it is not in ita_items.",
    ),
    "docx_round_differs": Message(
        "ข้อความ “{text}” เป็นของรอบ {months} เดือน แต่สั่งนำเข้าเป็นรอบ {round} ให้ตรวจ --round",
        "The text “{text}” is about the {months}-month round, but it was imported as"
        " round {round}: check --round.",
    ),
    "docx_row_no_measure": Message(
        "แถวที่ {row} ของตารางที่ {table} ไม่มีชื่อมาตรการและไม่มีมาตรการก่อนหน้า ให้นำไปต่อได้ จึงไม่ได้นำเข้า",
        "Row {row} of table {table} has no measure and no measure before it to"
        " continue, so it was not imported.",
    ),
    "docx_year_differs": Message(
        "ข้อความ “{text}” เป็นของปีงบประมาณ {found_year} แต่สั่งนำเข้าเป็นปี {year} ให้ตรวจ --year",
        "The text “{text}” is about fiscal year {found_year}, but it was imported as"
        " {year}: check --year.",
    ),
    "docx_report_exists": Message(
        "มีไฟล์ {path} อยู่แล้ว โปรแกรมจะไม่เขียนทับ ถ้าต้องการแทนที่ด้วยข้อมูลจากไฟล์ Word ให้สั่งใหม่พร้อม --force",
        "{path} already exists and is not overwritten. To replace it with the Word"
        " file's content, run the command again with --force.",
    ),
    "docx_year_not_be": Message(
        "ปีงบประมาณ {year} ไม่ใช่ปี พ.ศ. ให้ใส่ --year เป็นปี พ.ศ. เช่น 2565{hint_th}",
        "The fiscal year {year} is not a B.E. year. Give --year as a B.E. year such as"
        " 2565{hint_en}.",
    ),
    "docx_round_invalid": Message(
        "รอบ {round} ไม่ถูกต้อง ให้ใส่ --round 1 (รอบ 6 เดือนแรก) หรือ 2 (รอบ 12 เดือน)",
        "Round {round} is not valid. Give --round 1 (first 6 months) or 2 (12 months).",
    ),
    "docx_round_has_file": Message(
        "ไฟล์ {other} เป็นรายงานปีงบประมาณ {year} รอบ {round} อยู่แล้ว"
        " รอบหนึ่งมีได้ไฟล์เดียว ให้ลบหรือย้ายไฟล์นั้นก่อน แล้วนำเข้าใหม่",
        "{other} already holds the report of fiscal year {year}, round {round}. A"
        " round has one file: remove or move that file, then import again.",
    ),
    "docx_memo_header_missing": Message(
        "หัวบันทึกข้อความในไฟล์ Word ขาดบรรทัด {missing_th}"
        " ให้เพิ่มในไฟล์ Word (ขึ้นต้นบรรทัดด้วยคำนั้น ตามด้วยข้อความ) แล้วนำเข้าใหม่",
        "The memo header in the Word file lacks {missing_en}. Add it to the Word file (a line"
        " starting with that word, then the text) and import again.",
    ),
    "docx_memo_date": Message(
        "วันที่ของบันทึกข้อความในไฟล์ Word: {problem_th} แล้วนำเข้าใหม่",
        "The date of the memo in the Word file: {problem_en} Then import again.",
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
