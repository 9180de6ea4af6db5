"""Coded values of the mine register and their Chinese and English labels.

Codes are stored in the database; labels are what people read and type (the import
accepts the Chinese label, the English label or the code itself).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

Labels = Mapping[str, tuple[str, str]]

MINING_METHOD: Labels = MappingProxyType({
    "open_pit": ("露天", "open-pit"),
    "underground": ("地下", "underground"),
    "combined": ("露天/地下", "open-pit and underground"),
})
SCALE: Labels = MappingProxyType({
    "large": ("大型", "large"),
    "medium": ("中型", "medium"),
    "small": ("小型", "small"),
})
STATUS: Labels = MappingProxyType({
    "producing": ("生产", "producing"),
    "construction": ("基建", "under construction"),
    "suspended": ("停产", "suspended"),
    "closed": ("关闭", "closed"),
})
GREEN_LEVEL: Labels = MappingProxyType({
    "none": ("未入选", "not listed"),
    "national": ("国家级", "national"),
    "provincial": ("省级", "provincial"),
    "city": ("市级", "city"),
})
GREEN_STATUS: Labels = MappingProxyType({
    "none": ("—", "—"),
    "listed": ("在册", "listed"),
    "rectifying": ("整改中", "under rectification"),
    "removal_proposed": ("拟移出", "removal proposed"),
    "removed": ("已移出", "removed"),
})
FOLLOW_UP_STATE: Labels = MappingProxyType({
    "open": ("待处理", "open"),
    "notified": ("已下达通知", "notice issued"),
    "served": ("已送达", "served"),
    "reported": ("已报送整改报告", "report received"),
    "rechecked": ("已复查", "re-checked"),
    "closed": ("已销号", "closed"),
    "escalated": ("已移交查处", "escalated"),
    "sent": ("已移送", "sent"),
    "answered": ("已回复", "answered"),
})
FOLLOW_UP_ACTION: Labels = MappingProxyType({
    "issue": ("下达整改通知", "issue the notice"),
    "serve": ("登记送达", "record service"),
    "report": ("登记整改报告", "record the report"),
    "recheck": ("登记复查", "record the re-check"),
    "close": ("销号", "close the case"),
    "escalate": ("移交查处", "escalate"),
    "send": ("移送", "send the referral"),
    "answer": ("登记回复", "record the answer"),
    "merge": ("并入复查", "merged into a re-check"),  # issue 19
})
DEPARTMENT: Labels = MappingProxyType({  # who a finding belongs to; "" is the bureau itself
    "": ("本局", "this bureau"),
    "emergency_management": ("应急管理部门", "emergency management"),
    "ecology_environment": ("生态环境部门", "ecology and environment"),
    "water_resources": ("水利部门", "water resources"),
    "forestry_grassland": ("林业和草原部门", "forestry and grassland"),
})
AVOIDANCE_KIND: Labels = MappingProxyType({
    "mine": ("矿山", "mine"),
    "company": ("企业", "company"),
})


def label(vocab: Labels, code: str, lang: str) -> str:
    zh, en = vocab.get(code, (code, code))
    return en if lang == "en" else zh


def parse(vocab: Labels, value: str) -> str | None:
    """The code for a label or code as a person may type it, or None."""
    wanted = value.strip().casefold()
    for code, names in vocab.items():
        if wanted == code or wanted in (name.casefold() for name in names):
            return code
    return None
