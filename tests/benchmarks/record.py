"""One table for a benchmark run (issue 23): every benchmark records its median here, with
the baseline it is divided by and its targets; at the end of the run the conftest prints
the table and writes it to build/bench.json, so two runs are compared at a glance.

    TABLE.baseline("read_hash", benchmark)                      a figure others are divided by
    row = TABLE.result("ingest", benchmark, baseline="durable_copy", ratio=1.3, most=10.0)
    assert row.passed, row.line()

Baselines must run before the results that use them (pytest keeps file order); a result
whose baseline did not run (a test run alone) has no ratio and passes on its other targets.
"""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass
class Row:
    name: str
    median: float
    unit: str = "s"
    baseline: str = ""
    baseline_median: float | None = None
    ratio: float | None = None
    target: str = ""
    passed: bool | None = None  # None: a baseline, which has no target of its own

    def line(self) -> str:
        """The row as one sentence, for an assertion's message and the test's output."""
        text = f"{self.name}: {_shown(self.median, self.unit)}"
        if self.ratio is not None:
            text += f", {self.ratio:.2f}× {self.baseline} ({_shown(self.baseline_median, self.unit)})"
        return text + (f"; target {self.target}" if self.target else "")


def _median(measured: Any) -> float:
    """A pytest-benchmark fixture's median, or a number measured otherwise."""
    return measured.stats.stats.median if hasattr(measured, "stats") else float(measured)


def _shown(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        if value < 0.01:
            return f"{value * 1000:.2f} ms"
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:.0f} {unit}"


class Table:
    def __init__(self) -> None:
        self.rows: dict[str, Row] = {}
        self.load_at_start = _load()

    def baseline(self, name: str, measured: Any, unit: str = "s") -> Row:
        row = self.rows[name] = Row(name, _median(measured), unit, target="baseline")
        return row

    def result(self, name: str, measured: Any, *, baseline: str = "", ratio: float | None = None,
               most: float | None = None, least: float | None = None, unit: str = "s") -> Row:
        """Record a measurement with its targets: at most ``ratio`` × the baseline's median,
        at most ``most`` (or at least ``least``) in ``unit``."""
        row = Row(name, _median(measured), unit, baseline)
        targets, checks = [], []
        if ratio is not None:
            targets.append(f"≤ {ratio:g}× {baseline}")
            if baseline in self.rows:
                row.baseline_median = self.rows[baseline].median
                row.ratio = row.median / row.baseline_median
                checks.append(row.ratio <= ratio)
        if most is not None:
            targets.append(f"≤ {_shown(most, unit)}")
            checks.append(row.median <= most)
        if least is not None:
            targets.append(f"≥ {_shown(least, unit)}")
            checks.append(row.median >= least)
        row.target, row.passed = ", ".join(targets), all(checks) if checks else None
        self.rows[name] = row
        return row

    def lines(self) -> list[str]:
        header = ("benchmark", "median", "baseline", "ratio", "target", "pass")
        body = [(r.name, _shown(r.median, r.unit), r.baseline if r.ratio is not None else "",
                 f"{r.ratio:.2f}×" if r.ratio is not None else "", r.target,
                 {True: "yes", False: "NO", None: ""}[r.passed]) for r in self.rows.values()]
        widths = [max(len(row[k]) for row in [header, *body]) for k in range(len(header))]
        return [" | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
                for row in [header, tuple("-" * w for w in widths), *body]]

    def write(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        machine = {"platform": platform.platform(), "python": platform.python_version(),
                   "sqlite": sqlite3.sqlite_version, "cpus": os.cpu_count(),
                   "load_at_start": self.load_at_start, "load_at_end": _load()}
        record = {"finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "machine": machine,
                  "rows": [asdict(r) for r in self.rows.values()]}
        path.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
        return path


def _load() -> list[float] | None:
    """The 1, 5 and 15 minute load averages where the system keeps them (not on Windows)."""
    return [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None


TABLE = Table()
