"""The legal basis a county bureau's orders stand on: for each province, the policy
documents (title, 文号, issuer) and the clauses on spot checks, rectification and removal
from the green-mine list, quoted from their text.

Data, not code (``resources/legal/provinces.json``, a county may keep its own copy): the
documents change, and a bureau must be able to correct a number without a new program.
Validated like the checklist templates; the sentences a notice prints are made here.
"""

from __future__ import annotations

from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

Topic = Literal["spot_check", "rectification", "removal", "referral", "county_duty"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Clause(_Model):
    topic: Topic
    where: str = ""  # the section it stands in, e.g. 三、（九）
    text: str = Field(min_length=1)  # quoted exactly


class Document(_Model):
    id: str = Field(min_length=1)
    title: str = Field(min_length=1)  # without 《》
    number: str = ""  # 文号; empty while unknown
    issuer: str = ""
    date: str = ""
    source: str = ""  # where its text is kept
    note: str = ""
    clauses: tuple[Clause, ...] = ()

    def clause(self, topic: str) -> Clause | None:
        return next((c for c in self.clauses if c.topic == topic), None)

    @property
    def cited(self) -> str:
        """《title》（文号）, or 《title》 alone while the number is unknown."""
        return f"《{self.title}》" + (f"（{self.number}）" if self.number else "")


class Province(_Model):
    id: str = Field(min_length=1, pattern=r"^[a-z_]+$")
    name: str = Field(min_length=1)
    code: str = Field(pattern=r"^\d{2}$")  # the first two digits of its administrative division codes
    authority: str  # the document that empowers a county's orders
    documents: tuple[Document, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _authority_known(self) -> Self:
        doc = next((d for d in self.documents if d.id == self.authority), None)
        if doc is None:
            raise ValueError(f"authority {self.authority} is not one of the documents")
        if doc.clause("rectification") is None:
            raise ValueError(f"the authority {self.authority} quotes no rectification clause")
        return self

    @property
    def order_document(self) -> Document:
        return next(d for d in self.documents if d.id == self.authority)

    def order_basis(self) -> str:
        """The opening of the order sentence: 根据《…》（文号）关于“…”的规定."""
        doc = self.order_document
        clause = doc.clause("rectification")
        assert clause is not None
        return f"根据{doc.cited}关于“{clause.text.rstrip('。')}”的规定"

    def removal_basis(self) -> str:
        """What happens to a listed mine, with its clause, or '' when no document has one."""
        return self._quoted("removal", "依照")

    def referral_basis(self) -> str:
        """Why the bureau hands a finding to another department, or '' when no document says."""
        return self._quoted("referral", "根据")

    def _quoted(self, topic: str, lead: str) -> str:
        """The first clause on ``topic``, the empowering document first: lead《…》（文号）关于“…”的规定."""
        for doc in (self.order_document, *self.documents):
            clause = doc.clause(topic)
            if clause is not None:
                return f"{lead}{doc.cited}关于“{clause.text.rstrip('。')}”的规定"
        return ""


class LegalBasis(_Model):
    format: Literal[1] = 1
    comment: str = Field(default="", alias="_comment")
    provinces: tuple[Province, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Self:
        ids = [p.id for p in self.provinces]
        if len(set(ids)) != len(ids):
            raise ValueError("a province is listed twice")
        return self

    def province(self, province_id: str) -> Province | None:
        return next((p for p in self.provinces if p.id == province_id), None)

    def for_code(self, county_code: str) -> Province | None:
        return next((p for p in self.provinces if county_code.startswith(p.code)), None)
