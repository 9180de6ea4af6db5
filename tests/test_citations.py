"""Issue 19: each checklist item cites the rule a failure breaks, confirmed only against a
published text; a notice is issued only when every finding cites a confirmed rule, and no
notice or letter of the demo year cites a checklist item number or 'the relevant rules'."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError
from pypdf import PdfReader

from greenmine_desktop.domain.checklist import Citation, Kind
from greenmine_desktop.messages import UserError
from greenmine_desktop.services import legal_basis
from greenmine_desktop.services.checklists import find_template
from greenmine_desktop.services.inspections import InspectionSession
from greenmine_desktop.services.notices import (
    citation_needs,
    confirm_citation,
    issue_rectification_notice,
    rules_broken,
)
from greenmine_desktop.store.workspace import Workspace

TEMPLATES = ("green-mine-2020", "disclosure-verification", "restoration-plan")
ITEM_NUMBER = re.compile(r"检查表.{0,40}第\s*\d+\s*项")


def text_of(path: Path) -> str:
    return "".join(page.extract_text().replace("\n", "") for page in PdfReader(path).pages)


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_item_that_can_fail_cites_a_rule_and_a_confirmed_one_names_its_source(name):
    for item in find_template(name).items:
        if item.kind == Kind.text:
            continue
        assert item.citation is not None, item.id
        assert item.citation.document.startswith("《"), item.id
        if item.citation.confirmed:
            assert "http" in item.citation.source and item.citation.article, item.id


def test_a_citation_marked_confirmed_without_its_source_is_refused():
    with pytest.raises(ValidationError, match="names the source"):
        Citation(document="《土地复垦条例》", article="第三条", status="confirmed")
    with pytest.raises(ValidationError):
        Citation(document="土地复垦条例", status="to_confirm")  # a document title stands in 《》


def test_the_notice_waits_for_the_clerk_to_confirm_what_is_not_confirmed(inspected):
    ws, session = inspected  # env.tidy: the bureau's own, its citation still to confirm
    [need] = citation_needs(ws, session.id)
    assert need.item_id == "env.tidy" and need.proposed.startswith("《")
    before = ws.conn.execute("SELECT count(*) FROM issued_document").fetchone()[0]
    with pytest.raises(UserError) as refused:
        issue_rectification_notice(ws, session.id, 30, working=False, issued_on=date(2026, 11, 24))
    assert refused.value.code == "notice_citation_needed" and need.text in refused.value.message("zh_CN")
    assert ws.conn.execute("SELECT count(*) FROM issued_document").fetchone()[0] == before
    with pytest.raises(UserError) as empty:
        confirm_citation(ws, session.id, "env.tidy", "   ", "李科员")
    assert empty.value.code == "citation_empty"
    with pytest.raises(UserError) as other:
        confirm_citation(ws, session.id, "env.enclosed", "《某规定》第一条", "李科员")  # referred, not ours
    assert other.value.code == "citation_no_finding"
    rule = "《非金属矿行业绿色矿山建设规范》（DZ/T 0312—2018）5.2"
    confirm_citation(ws, session.id, "env.tidy", rule, "李科员")
    assert citation_needs(ws, session.id) == []
    issued = issue_rectification_notice(ws, session.id, 30, working=False, issued_on=date(2026, 11, 24))
    assert rule in text_of(issued.path)
    assert ws.conn.execute("SELECT actor, new FROM audit_log WHERE entity = 'finding_citation'").fetchall() == [
        ("李科员", f'"{rule}"')]


def test_every_notice_and_letter_of_the_demo_year_cites_rules_by_title_and_its_authority_by_number(year_folder):
    with Workspace.open(year_folder) as ws:
        authority = legal_basis.province(ws).order_document
        documents = ws.conn.execute("SELECT d.kind, d.number, d.file, i.id FROM issued_document d JOIN inspection i "
                                    "ON i.uid = d.inspection_uid ORDER BY d.id").fetchall()
        assert {row[0] for row in documents} == {"rectification", "referral"} and len(documents) >= 10
        for kind, number, file, inspection_id in documents:
            text = text_of(ws.folder / file)
            assert not ITEM_NUMBER.search(text) and "根据有关规定" not in text, number
            assert f"《{authority.title}》（{authority.number}）" in text, number  # the authority, with its 文号
            assert not re.search(r"\d{4}-\d{2}-\d{2}|\d{2}:\d{2}", text), number  # dates in Chinese form
            if kind == "rectification":
                rules, needs = rules_broken(ws, InspectionSession(ws, inspection_id))
                assert rules and not needs, number
                for rule in rules.values():
                    assert rule.startswith("《") and "》" in rule and rule in text, (number, rule)
