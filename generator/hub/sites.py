"""SITES.yml: the agencies a hub shows (a list under ``agencies:``)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class HubError(Exception):
    """A problem with the hub's input, in Thai and in English."""

    def __init__(self, thai: str, english: str) -> None:
        super().__init__(f"{thai}\n{english}")
        self.thai = thai
        self.english = english


class SiteEntry(BaseModel):
    """หน่วยงานหนึ่งแห่งใน SITES.yml — one agency of SITES.yml."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    name: str = Field(min_length=1)
    """ชื่อเต็มของหน่วยงาน — full name."""
    kind: str = Field(min_length=1)
    """ประเภท เช่น อบต. เทศบาลตำบล — kind."""
    province: str = Field(min_length=1)
    """จังหวัด — province."""
    district: str = Field(min_length=1)
    """อำเภอ — district."""
    url: str = Field(pattern=r"^https?://")
    """ที่อยู่เว็บไซต์ Prongsai ของหน่วยงาน — the address of its Prongsai site."""
    code: str | None = None
    """รหัสหน่วยงาน (ใส่ในเครื่องหมายคำพูด) — official code, in quotes."""

    @field_validator("url")
    @classmethod
    def _with_slash(cls, value: str) -> str:
        return value if value.endswith("/") else value + "/"

    @field_validator("code", mode="before")
    @classmethod
    def _code_is_text(cls, value: object) -> object:
        if value is not None and not isinstance(value, str):
            raise ValueError('write the code in quotes, e.g. "06500101" (leading zeros)')
        return value


class SitesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    agencies: list[SiteEntry] = Field(min_length=1)


@dataclass(frozen=True)
class Agency:
    """An agency of the hub with its stable keys (the addresses of its pages)."""

    entry: SiteEntry
    key: str
    province_key: str


_SAFE = re.compile(r"[^0-9A-Za-z]+")


def agency_key(entry: SiteEntry) -> str:
    """The official code (ASCII letters and digits) when given, else 12 hex digits of the
    site's address: stable as long as the code or address is."""
    if entry.code:
        safe = _SAFE.sub("-", entry.code).strip("-")
        if safe:
            return safe.lower()
    return "u" + hashlib.sha256(entry.url.encode("utf-8")).hexdigest()[:12]


def province_key(province: str) -> str:
    """From the province's Thai name: 8 hex digits (addresses are never Thai titles)."""
    return hashlib.sha256(province.strip().encode("utf-8")).hexdigest()[:8]


def read_sites(path: Path) -> list[Agency]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise HubError(
            f"อ่านไฟล์ {path} ไม่ได้ ({error.strerror})", f"Cannot read {path} ({error.strerror})."
        ) from error
    except yaml.YAMLError as error:
        raise HubError(
            f"ไฟล์ {path} ไม่ใช่ YAML ที่ถูกต้อง: {error}", f"{path} is not valid YAML: {error}"
        ) from error
    try:
        sites = SitesFile.model_validate(data)
    except ValidationError as error:
        lines = [
            f"  agencies.{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in error.errors()
        ]
        detail = "\n".join(lines)
        raise HubError(
            f"ไฟล์ {path} ต้องมีรายการหน่วยงานใต้ agencies: แต่ละแห่งมี name kind province"
            f" district url (และ code ถ้ามี)\n{detail}",
            f"{path} must list agencies under agencies:, each with name, kind, province,"
            f" district, url (and optionally code).\n{detail}",
        ) from error
    agencies: dict[str, Agency] = {}
    for entry in sites.agencies:
        key = agency_key(entry)
        if key in agencies:
            raise HubError(
                f"หน่วยงาน {entry.name} ซ้ำกับ {agencies[key].entry.name} (รหัสหรือที่อยู่เดียวกัน) ใน {path}",
                f"{entry.name} repeats {agencies[key].entry.name} (same code or address) in"
                f" {path}.",
            )
        agencies[key] = Agency(entry, key, province_key(entry.province))
    return list(agencies.values())
