"""A generated 50,000-mine county workspace, built once per benchmark session."""

from pathlib import Path

import pytest

from greenmine_desktop.services.demo import create_demo_county

BENCH_MINES = 50_000


@pytest.fixture(scope="session")
def big_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_demo_county(tmp_path_factory.mktemp("bench"), mines=BENCH_MINES, seed=50_000)
