"""The ``data.json`` of a return package, parsed strictly before anything looks at it.

Every row has exactly the fields the field laptop writes, each of its type (no coercion:
``"1"`` is not a number, ``true`` is not 1, no NaN); an unknown key is refused, so no
name from a package ever reaches SQL or the file system. What the values *mean* (is the
mine ours, was it assigned to that team, does the answer fit the item) is checked against
the county's own records in services/return_checks.py.
"""

from __future__ import annotations

import json
import math
from functools import cached_property
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, ValidationError, field_validator

from greenmine_desktop.messages import UserError

Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Uid = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
Name = Annotated[str, StringConstraints(min_length=1, max_length=200)]



class _Row(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, allow_inf_nan=False)


class AnswerRow(_Row):
    item_id: Name
    value: str | None  # the answer as JSON text, as the field stores it
    note: str
    updated_at: str

    @field_validator("value")
    @classmethod
    def _an_answer(cls, value: str | None) -> str | None:
        if value is not None:
            parsed = json.loads(value)  # a ValueError becomes the refusal
            if isinstance(parsed, bool) or not isinstance(parsed, str | int | float):
                raise ValueError("an answer is a text or a number")
            if isinstance(parsed, float) and not math.isfinite(parsed):
                raise ValueError("an answer is a finite number")
        return value

    @property
    def answer(self) -> str | int | float | None:
        return None if self.value is None else json.loads(self.value)


class FindingRow(_Row):
    item_id: Name
    requirement: str
    department: str


class PhotoLinkRow(_Row):
    sha256: Sha256
    item_id: str
    added_at: str


class SignatureRow(_Row):
    role: Literal["inspector", "representative"]
    person: Name
    image: Annotated[str, StringConstraints(pattern=r"^signatures/[0-9a-f-]{36}-[0-9]{1,4}\.png$")] | None = None
    refused: Literal[0, 1]
    witness: str
    content_sha256: Sha256
    signed_at: str


class MemberRow(_Row):
    badge_no: Name
    name: Name


MEMBERS = TypeAdapter(list[MemberRow])


class InspectionRow(_Row):
    uid: Uid
    series: Uid
    revision: int = Field(ge=1, le=10_000)
    mine_licence: Name
    template: Name
    status: str
    started_at: str
    place: str
    team: str  # JSON [{"badge_no", "name"}], as the field stores it
    representative: str
    representative_title: str
    created_at: str
    signed_at: str | None
    signed_sha256: Sha256 | None
    answers: list[AnswerRow]
    findings: list[FindingRow]
    photos: list[PhotoLinkRow]
    signatures: list[SignatureRow]

    @field_validator("team")
    @classmethod
    def _a_team(cls, team: str) -> str:
        MEMBERS.validate_json(team, strict=True)
        return team

    @cached_property
    def members(self) -> list[MemberRow]:
        return MEMBERS.validate_json(self.team, strict=True)


class PhotoRow(_Row):
    """A photo's record; the field names are the county's own whitelist of columns."""

    sha256: Sha256
    format: Literal["JPEG", "MPO", "PNG", "HEIF"]
    stored_as: str
    original_name: str
    size: int = Field(ge=0)
    width: int = Field(ge=0)
    height: int = Field(ge=0)
    taken_at: str | None = None
    taken_at_has_zone: Literal[0, 1] = 0
    lat: float | None = None
    lon: float | None = None
    alt: float | None = None
    gps_time: str | None = None
    hand_lat: float | None = None
    hand_lon: float | None = None
    make: str = ""
    model: str = ""
    orientation: int = 1
    software: str = ""
    exif_width: int | None = None
    exif_height: int | None = None
    metadata_error: str = ""
    scene_hash: str
    imported_at: str


class AuditRow(_Row):
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    field: str | None
    old: str | None
    new: str | None
    prev_hash: str
    hash: str


class ReturnData(_Row):
    workspace: str
    inspections: list[InspectionRow] = Field(min_length=1)
    photos: list[PhotoRow]
    audit: list[AuditRow]


def parse_return_data(raw: bytes) -> ReturnData:
    """The package's data, or a refusal naming the first place that is not as it must be."""
    try:
        return ReturnData.model_validate(json.loads(raw))
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"]) or "data.json"
        raise UserError("return_data_bad", where=where, problem=error["msg"]) from exc
    except (ValueError, RecursionError) as exc:  # not JSON, not UTF-8, nested too deep
        raise UserError("return_data_bad", where="data.json", problem=type(exc).__name__) from exc
