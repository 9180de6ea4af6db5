"""A deterministic fictional county for the demo and the benchmarks.

The same seed always gives the same register (names, boundaries, inspectors and
avoidance pairs); every name is invented, the coordinates are realistic CGCS2000
Gauss-Krüger zone coordinates so the boundary checks run on real geometry.
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from stdnum.cn import uscc

from greenmine_desktop.assets import get_asset
from greenmine_desktop.domain import gauss_kruger as gk
from greenmine_desktop.domain.draw import SampleRule
from greenmine_desktop.domain.inspector import Avoidance, Inspector
from greenmine_desktop.domain.mine import BoundaryPart, Corner, Mine
from greenmine_desktop.geo.boundary import ellipsoidal_area_km2
from greenmine_desktop.services.draw_plans import Plan, SpotCheckItem, save_item, save_plan
from greenmine_desktop.store.inspectors import upsert_inspectors
from greenmine_desktop.store.mines import upsert_mines
from greenmine_desktop.store.workspace import Workspace

DEFAULT_SEED = 20261123
DEFAULT_MINES = 300
DEFAULT_INSPECTORS = 24
#: The day the demo register's list statuses are dated: the list as it stood in January.
REGISTER_DAY = date(2026, 1, 5)
DEMO_ITEM = SpotCheckItem(
    name="绿色矿山建设情况抽查",
    legal_basis="《关于进一步加强绿色矿山建设的通知》（自然资规〔2024〕1号）",
    scope="绿色矿山名录内矿山的建设与保持情况",
    method="现场检查、资料核查",
    template="green-mine-2020",
    proportion=0.2,
    frequency="每年一次",
)
#: The county clerk who keeps the demo county's desk (fictional, like everyone in the demo).
CLERK = "刘文静"
#: The ready plan of the demo (the year's third draw, after the two of the demo year): a
#: green-mine check of listed mines, 20 %, teams of two.
DEMO_PLAN = Plan(
    name="2026年第三批", item=DEMO_ITEM.name, rule=SampleRule(ratio=0.2, team_size=2, max_load=2),
    filters={"green_level": ["national", "provincial", "city"]},
)
_CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


@dataclass(frozen=True)
class DemoRegister:
    county: dict
    mines: list[Mine]
    inspectors: list[Inspector]


def _seed_data() -> dict:
    return json.loads(get_asset("resources/demo/county.json").read_text(encoding="utf-8"))


def _credit_code(rng: random.Random, county_code: str) -> str:
    body = "91" + county_code + "".join(rng.choice(_CREDIT_ALPHABET) for _ in range(9))
    return body + uscc.calc_check_digit(body + "0")


def _ring(rng: random.Random, centre: tuple[float, float], area_km2: float, first_no: int) -> tuple[Corner, ...]:
    """A simple ring of 4–7 corners around a centre, about the given area.

    The corners sit at jittered, evenly spaced angles, so every gap stays under π and the
    ring is star-shaped around its centre: it can never cross itself.
    """
    count = rng.randint(4, 7)
    step = 2 * math.pi / count
    start = rng.uniform(0, step)
    angles = [start + i * step + rng.uniform(-0.3, 0.3) * step for i in range(count)]
    radius = math.sqrt(area_km2 * 1e6 / (count / 2 * math.sin(2 * math.pi / count)))
    corners = []
    for index, angle in enumerate(angles):
        r = radius * rng.uniform(0.85, 1.15)
        x = round(centre[0] + r * math.cos(angle), 2)
        y = round(centre[1] + r * math.sin(angle), 2)
        corners.append(Corner(first_no + index, x, y))
    return tuple(corners)


def _person(rng: random.Random, seed: dict) -> str:
    return rng.choice(seed["surnames"]) + rng.choice(seed["given_names"])


def _mine(rng: random.Random, seed: dict, index: int, epsg: int) -> Mine:
    town, town_dx, town_dy = rng.choice(seed["towns"])
    mineral = rng.choices(seed["minerals"], weights=[m["weight"] for m in seed["minerals"]])[0]
    scales = mineral["scales"]
    scale = rng.choices(list(scales), weights=list(scales.values()))[0]
    method = rng.choice(mineral["methods"])
    low, high = mineral["area_km2"]
    share = {"small": (0.0, 0.4), "medium": (0.3, 0.8), "large": (0.7, 1.0)}[scale]
    area = low + (high - low) * rng.uniform(*share)
    zone_prefix = seed["gk_zone"] * 1_000_000
    centre = (
        seed["centre_northing"] + (town_dy + rng.uniform(-6, 6)) * 1000,
        zone_prefix + seed["centre_easting"] + (town_dx + rng.uniform(-6, 6)) * 1000,
    )
    ground = round(rng.uniform(1400, 2200), 1)
    bottom = round(ground - rng.uniform(*mineral["depth"]), 1)
    first = _ring(rng, centre, area, 1)
    parts = [BoundaryPart("A区", first, ground, bottom)]
    if rng.random() < 0.08:  # a second, separate part
        direction = rng.uniform(0, 2 * math.pi)
        distance = 3.2 * math.sqrt(area * 1e6 / math.pi)
        other = (centre[0] + distance * math.cos(direction), centre[1] + distance * math.sin(direction))
        parts.append(BoundaryPart("B区", _ring(rng, other, area * 0.4, len(first) + 1),
                                   round(ground - 20, 1), round(bottom - 40, 1)))  # to 0.1 m, as registered
    computed = round(ellipsoidal_area_km2(epsg, parts), 4)
    stated = computed if rng.random() > 0.03 else round(computed * rng.uniform(1.005, 1.03), 4)
    year = rng.randint(2010, 2023)
    valid_from = date(year, rng.randint(1, 12), rng.randint(1, 28))
    valid_to = date(year + rng.randint(3, 12), valid_from.month, valid_from.day)
    level = rng.choices(["none", "national", "provincial", "city"], weights=[88, 1.2, 7, 3.8])[0]
    green_status = "none" if level == "none" else rng.choices(["listed", "rectifying"], weights=[9, 1])[0]
    word = rng.choice(seed["company_words"])
    company = f"{seed['county']}{word}{rng.choice(seed['company_kinds'])}"
    place = rng.choice(seed["places"])
    licence = f"C{seed['county_code']}{year}{valid_from.month:02d}{index + 1:010d}"
    return Mine(
        licence_no=licence, name=f"{seed['county']}{word}{town}{place}{mineral['name'].removesuffix('矿')}矿",
        company=company, credit_code=_credit_code(rng, seed["county_code"]), legal_rep=_person(rng, seed),
        mineral=mineral["name"], mining_method=method, scale=scale,
        status=rng.choices(list(seed["statuses"]), weights=list(seed["statuses"].values()))[0],
        county_code=seed["county_code"], town=town, address=f"{seed['county']}{town}{place}村",
        valid_from=valid_from, valid_to=valid_to, green_level=level, green_status=green_status,
        abnormal=rng.random() < 0.04, epsg=epsg, parts=tuple(parts),
        complaints=rng.choices((0, 1, 2), weights=(92, 6, 2))[0],
        area_stated_km2=stated, area_computed_km2=computed,
    )


def _inspectors(rng: random.Random, seed: dict, mines: list[Mine], count: int) -> list[Inspector]:
    inspectors = []
    for index in range(count):
        avoid: list[Avoidance] = []
        if index % 3 == 0 and mines:  # about a third have a conflict of interest on record
            mine = rng.choice(mines)
            if rng.random() < 0.5:
                avoid.append(Avoidance("mine", mine.licence_no, rng.choice(seed["avoidance_reasons"])))
            else:
                avoid.append(Avoidance("company", mine.credit_code, rng.choice(seed["avoidance_reasons"])))
        inspectors.append(Inspector(
            badge_no=f"{seed['county_code']}{index + 1:05d}", name=_person(rng, seed),
            unit=rng.choice(seed["units"]), active=index % 11 != 10, avoidances=tuple(avoid),
        ))
    return inspectors


def generate_register(mines: int = DEFAULT_MINES, seed: int = DEFAULT_SEED) -> DemoRegister:
    data = _seed_data()
    rng = random.Random(seed)
    epsg = gk.epsg_for(gk.datum_by_code("cgcs2000"), data["gk_zone"], prefixed=True)
    register = [_mine(rng, data, index, epsg) for index in range(mines)]
    return DemoRegister(data, register, _inspectors(rng, data, register, DEFAULT_INSPECTORS))


DEMO_DRAW_SALT = "6772656e6d696e652d64656d6f2d3230"


def create_demo_county(folder: Path, mines: int = DEFAULT_MINES, seed: int = DEFAULT_SEED) -> Path:
    """Make ``folder/county``, a county workspace holding the demo register."""
    target = Path(folder) / "county"
    register = generate_register(mines, seed)
    with Workspace.create(target, "county") as ws:
        upsert_mines(ws, register.mines, CLERK, "示例名录", REGISTER_DAY)
        upsert_inspectors(ws, register.inspectors)
        save_item(ws, DEMO_ITEM, actor=CLERK)
        save_plan(ws, DEMO_PLAN, actor=CLERK)
        with ws.transaction():
            ws.set_meta({
                "county": register.county["county"],
                "county_code": register.county["county_code"],
                "bureau": register.county["bureau"],
                "province": register.county["province"],  # GK zone 35, code 62: Gansu
                "draw_salt": DEMO_DRAW_SALT,  # demo data: the same draws every time
            })
    return target
