"""Issue 19: the provincial documents the notices cite are data: every clause quoted from
the documents' own text, the county's province a setting, its own copy editable."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from greenmine_desktop.assets import get_asset
from greenmine_desktop.domain.legal import LegalBasis
from greenmine_desktop.messages import UserError
from greenmine_desktop.services import legal_basis
from greenmine_desktop.services.notices import issue_rectification_notice
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import confirm_citations

SHIPPED = LegalBasis.model_validate(json.loads(get_asset(legal_basis.SHIPPED).read_text(encoding="utf-8")))


def seeds() -> Path | None:
    """shared/seeds beside the checkout (the five documents as given), if it is there."""
    for folder in Path(__file__).resolve().parents:
        if (folder / "shared" / "seeds" / "README.md").exists():
            return folder / "shared" / "seeds"
    return None


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_five_documents_are_on_file():
    numbers = {d.number for p in SHIPPED.provinces for d in p.documents}
    assert {"川自然资发〔2023〕35号", "川国资发〔2017〕101号", "浙土资发〔2018〕10号", "甘资字〔2023〕11号"} <= numbers
    guizhou = SHIPPED.province("guizhou")
    assert guizhou is not None and guizhou.order_document.number == ""  # the text we hold carries none
    for province in SHIPPED.provinces:
        for topic in ("spot_check", "rectification", "removal"):
            assert province.order_document.clause(topic) is not None, (province.id, topic)


@pytest.mark.skipif(seeds() is None, reason="shared/seeds is not beside this checkout")
def test_every_clause_title_and_number_is_quoted_from_its_document():
    folder = seeds()
    assert folder is not None
    for province in SHIPPED.provinces:
        for doc in province.documents:
            text = flat((folder / Path(doc.source).name).read_text(encoding="utf-8"))
            assert flat(doc.title) in text, doc.title
            assert flat(doc.number) in text, doc.number
            for clause in doc.clauses:
                assert flat(clause.text) in text, (doc.id, clause.topic)


def test_the_province_follows_the_setting_else_the_county_code(demo_folder):
    with Workspace.open(demo_folder) as ws:
        assert legal_basis.province(ws).id == "gansu"  # the demo county: set from its seed data
        with ws.transaction():
            ws.conn.execute("DELETE FROM workspace_meta WHERE key = 'province'")
            ws.conn.execute("UPDATE workspace_meta SET value = '510101' WHERE key = 'county_code'")
        assert legal_basis.province(ws).id == "sichuan"
        assert legal_basis.set_province(ws, "zhejiang", "李科员").name == "浙江省"
        assert legal_basis.province(ws).id == "zhejiang"
        with pytest.raises(UserError) as unknown:
            legal_basis.set_province(ws, "atlantis", "李科员")
        assert unknown.value.code == "legal_unknown_province"


def text_of(path: Path) -> str:
    return "".join(page.extract_text().replace("\n", "") for page in PdfReader(path).pages)


def test_the_notice_cites_the_chosen_province_and_refuses_one_without_a_number(inspected):
    ws, session = inspected
    confirm_citations(ws, session.id)
    gansu = issue_rectification_notice(ws, session.id, 30, working=False, issued_on=date(2026, 11, 24))
    text = text_of(gansu.path)
    assert ("根据《甘肃省高质量推进绿色矿山建设实施方案（2021-2025年）》（甘资字〔2023〕11号）"
            "关于“对抽查不符合标准的，提出限期整改措施”的规定，现责令你单位") in text
    assert "从名录库中移出" in text and "根据有关规定" not in text
    legal_basis.set_province(ws, "zhejiang", "李科员")
    zhejiang = text_of(issue_rectification_notice(ws, session.id, 30, working=False,
                                                  issued_on=date(2026, 11, 25)).path)
    assert "《浙江省绿色矿山建设三年专项行动实施方案》（浙土资发〔2018〕10号）" in zhejiang and "除名" in zhejiang
    legal_basis.set_province(ws, "guizhou", "李科员")
    before = ws.conn.execute("SELECT count(*) FROM issued_document").fetchone()[0]
    with pytest.raises(UserError) as refused:
        issue_rectification_notice(ws, session.id, 30, working=False, issued_on=date(2026, 11, 26))
    assert refused.value.code == "legal_no_number" and "贵州省" in refused.value.message("zh_CN")
    assert ws.conn.execute("SELECT count(*) FROM issued_document").fetchone()[0] == before  # no number used


def test_the_countys_own_copy_wins_and_a_broken_one_is_one_sentence(inspected):
    ws, session = inspected
    own = legal_basis.editable_copy(ws)
    assert own == ws.folder / "legal" / "provinces.json" and own.read_bytes() == get_asset(
        legal_basis.SHIPPED).read_bytes()
    legal_basis.set_province(ws, "guizhou", "李科员")
    own.write_text(own.read_text(encoding="utf-8").replace('"number": "",', '"number": "黔府发〔2018〕99号",', 1),
                   encoding="utf-8")  # the county found the number and wrote it in (a made-up one here)
    confirm_citations(ws, session.id)
    issued = issue_rectification_notice(ws, session.id, 30, working=False, issued_on=date(2026, 11, 24))
    assert "《贵州省全面推进绿色矿山建设的实施意见》（黔府发〔2018〕99号）" in text_of(issued.path)
    own.write_text('{"format": 1, "provinces": [{"id": "x"}]}', encoding="utf-8")
    with pytest.raises(UserError) as broken:
        legal_basis.province(ws)
    assert broken.value.code == "legal_invalid" and "provinces.json" in broken.value.message("en")


def test_the_cli_shows_chooses_and_copies(demo_folder, private_home):
    env = {"GREENMINE_HOME": str(private_home), "PATH": ""}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "greenmine_desktop", "legal", *args, "--workspace",
                               str(demo_folder)], capture_output=True, text=True, env=env, timeout=120)

    shown = run("show", "--json")
    assert shown.returncode == 0 and json.loads(shown.stdout)["id"] == "gansu"
    chosen = run("set-province", "sichuan")
    assert chosen.returncode == 0 and "川自然资发〔2023〕35号" in chosen.stdout
    assert "督促企业推进建设和落实问题整改" in run("show").stdout
    wrong = run("set-province", "atlantis")
    assert wrong.returncode == 1 and wrong.stderr.strip().count("\n") == 0 and "atlantis" in wrong.stderr
    copied = run("edit")
    assert copied.returncode == 0 and Path(copied.stdout.strip()).is_file()
