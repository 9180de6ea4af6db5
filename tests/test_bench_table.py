"""The benchmark run's one table (issue 23): ratios against the baseline of the same run,
every target checked, and the table written as JSON."""

import json

from tests.benchmarks.record import Table


def test_a_result_is_divided_by_its_baseline_and_checked_against_every_target(tmp_path):
    table = Table()
    table.baseline("durable copy", 2.0)
    fast = table.result("ingest", 2.5, baseline="durable copy", ratio=1.3, most=10)
    slow = table.result("import", 2.7, baseline="durable copy", ratio=1.3, most=10)
    too_long = table.result("report", 11.0, most=10)
    too_big = table.result("memory", 401, most=400, unit="MB")
    assert (fast.ratio, fast.passed) == (1.25, True)
    assert (round(slow.ratio, 2), slow.passed) == (1.35, False)
    assert too_long.passed is False and too_big.passed is False
    assert "1.35× durable copy (2.00 s)" in slow.line() and "target ≤ 1.3× durable copy, ≤ 10.00 s" in slow.line()

    lines = table.lines()
    header = ["benchmark", "median", "baseline", "ratio", "target", "pass"]
    assert [cell.strip() for cell in lines[0].split(" | ")] == header
    assert [line.split(" | ")[0].strip() for line in lines[2:]] == ["durable copy", "ingest", "import", "report",
                                                                       "memory"]
    assert lines[3].endswith("yes") and lines[4].endswith("NO") and "| baseline" in lines[2]

    record = json.loads(table.write(tmp_path / "build" / "bench.json").read_text(encoding="utf-8"))
    rows = {row["name"]: row for row in record["rows"]}
    assert rows["import"]["passed"] is False and rows["import"]["baseline_median"] == 2.0
    assert rows["durable copy"]["passed"] is None
    assert record["machine"]["sqlite"]


def test_a_result_whose_baseline_did_not_run_is_judged_on_its_other_targets():
    table = Table()
    row = table.result("ingest", 2.5, baseline="durable copy", ratio=1.3, most=10)
    assert row.ratio is None and row.passed is True
    assert table.result("draw", 0.3, most=0.2).passed is False
