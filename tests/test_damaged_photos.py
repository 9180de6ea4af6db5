"""Hundreds of damaged and hostile photos (made by tests/damaged_photos.py): every file gets
a result, every refusal one sentence, and nothing stops the batch or leaks a library's words."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter

import pytest

from greenmine_desktop.cli import main
from greenmine_desktop.domain.photo import GPS_INVALID, METADATA_UNREADABLE, Flag, PhotoMeta, flags_for
from greenmine_desktop.messages import UserError
from greenmine_desktop.photos import reader
from greenmine_desktop.photos.reader import DecodeBudget, read_photo
from greenmine_desktop.services.photo_ingest import ingest
from greenmine_desktop.store import photos as photo_store
from greenmine_desktop.store.mines import iter_mines
from greenmine_desktop.store.workspace import Workspace
from tests.damaged_photos import make_corpus
from tests.photo_factory import lat_lon, write_jpeg

#: Words that would mean a library's or Python's own message reached the user.
LEAKS = ("Traceback", "Error", "exifread", "_degrees", "missing 2 required", "意外", "unexpected", "division")


def one_sentence(message_zh: str, message_en: str) -> None:
    assert message_zh.endswith("。") and message_zh.count("。") == 1 and "\n" not in message_zh, message_zh
    assert message_en.endswith(".") and "\n" not in message_en, message_en
    assert not any(word in message_zh + message_en for word in LEAKS), message_en


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("damaged"))


def test_the_corpus_holds_every_kind_of_damage(corpus):
    kinds = Counter(kind.split("-")[0] for _, kind in corpus)
    assert len(corpus) >= 300
    assert kinds["bitflip"] >= 150 and kinds["truncated"] >= 40
    for kind in ("zero", "absurd", "ifd", "loop", "giant", "png", "other"):
        assert kinds[kind] >= 1, kind
    assert sum(kind.startswith("png-bomb") for _, kind in corpus) >= 8


def test_every_damaged_photo_is_read_or_refused_with_one_sentence(corpus):
    outcomes = Counter()
    for path, kind in corpus:
        try:
            data = read_photo(path)
        except UserError as exc:
            one_sentence(exc.message("zh_CN"), exc.message("en"))
            outcomes["refused"] += 1
            continue
        meta = data.meta
        outcomes["read"] += 1
        assert meta.metadata_error in ("", METADATA_UNREADABLE, GPS_INVALID), kind
        for number in (meta.lat, meta.lon, meta.alt):
            assert number is None or abs(number) < 1e6, kind
        if meta.has_gps:
            assert abs(meta.lat) <= 90 and abs(meta.lon) <= 180, kind
        assert len(meta.make) <= 200 and "\0" not in meta.make + meta.software, kind
        assert data.thumbnail[:2] == b"\xff\xd8"
    assert outcomes["read"] > 100 and outcomes["refused"] > 50


@pytest.mark.parametrize(("kind", "expected"), [
    ("zero-lat-minutes-0over0", GPS_INVALID), ("zero-lon-seconds-xover0", GPS_INVALID),
    ("absurd-lat-91", GPS_INVALID), ("absurd-lat-4.4e9", GPS_INVALID), ("absurd-lon-999", GPS_INVALID),
    ("absurd-lon-181-west", GPS_INVALID), ("absurd-minutes-9999", GPS_INVALID),
    ("zero-altitude-xover0", ""), ("zero-timestamp-xover0", ""), ("xmp-only", ""), ("loop-next-is-itself", ""),
])
def test_zero_denominators_and_impossible_positions(corpus, kind, expected):
    path = next(p for p, k in corpus if k == kind)
    meta = read_photo(path).meta
    assert meta.metadata_error == expected
    if expected == GPS_INVALID:
        assert meta.lat is None and meta.lon is None
        assert flags_for(meta, None, None, reused=False)[0] is Flag.gps_invalid
        assert Flag.no_gps not in flags_for(meta, None, None, reused=False)
    if kind == "zero-altitude-xover0":
        assert meta.alt is None and meta.lat == pytest.approx(30.25)
    if kind == "zero-timestamp-xover0":
        assert meta.gps_time is None


@pytest.mark.parametrize(("kind", "code"), [
    ("png-bomb-9400x9400", "photo_memory"), ("png-bomb-8000x8000", "photo_memory"),
    ("png-bomb-30000x30000", "photo_too_large"), ("png-bomb-65535x65535", "photo_too_large"),
    ("other-jpeg-header-huge-size", "photo_too_large"), ("other-bmp", "photo_format"),
])
def test_bombs_are_refused_from_their_header(corpus, kind, code):
    path = next(p for p, k in corpus if k == kind)
    with pytest.raises(UserError) as err:
        read_photo(path)
    assert err.value.code == code


def test_the_batch_goes_on_and_lists_every_file(demo_folder, corpus):
    files = [path for path, _ in corpus]
    with Workspace.open(demo_folder) as ws:
        results = ingest(ws, files, actor="测试")
        assert [r.path for r in results] == files
        refused = [r for r in results if r.status == "refused"]
        assert refused and len(refused) < len(files)
        for result in refused:
            one_sentence(result.problem.message("zh_CN"), result.problem.message("en"))
        for result in results:
            if result.status != "refused":
                assert photo_store.has_photo(ws.conn, result.sha256)
    assert not any((demo_folder / "photos" / ".incoming").iterdir())


def test_photos_inspect_never_prints_nan_and_flags_impossible_gps(demo_folder, corpus, capsys):
    with Workspace.open(demo_folder) as ws:
        mine = next(iter_mines(ws))
    files = [str(path) for path, _ in corpus]
    status = main(["photos", "inspect", *files, "--json", "--mine", mine.licence_no, "--workspace",
                   str(demo_folder)])
    out, err = capsys.readouterr()
    assert status == 1  # some files are refused
    assert "意外" not in err and "unexpected" not in err
    lines = out.splitlines()
    assert len(lines) == len(files)

    def no_constants(name):
        raise AssertionError(f"{name} is not JSON")

    records = [json.loads(line, parse_constant=no_constants) for line in lines]
    assert [r["path"] for r in records] == files
    for record, (_, kind) in zip(records, corpus, strict=True):
        if record["sha256"] is None:
            assert record["error"]
        if kind in ("absurd-lat-91", "absurd-lon-999", "absurd-lat-4.4e9"):
            assert record["lat"] is None and record["distance_m"] is None
            assert "gps_invalid" in record["flags"] and "no_gps" not in record["flags"]
            assert "GPS" in record["error"] and "_degrees" not in record["error"]


def test_a_photo_at_a_boundary_point_still_measures(demo_folder, tmp_path, capsys):
    """The valid path is untouched: a real position gives a finite distance."""
    with Workspace.open(demo_folder) as ws:
        mine = next(iter_mines(ws))
    corner = mine.parts[0].corners[0]
    lat, lon = lat_lon(mine.epsg, corner.x + 500, corner.y)
    path = write_jpeg(tmp_path / "a.jpg", lat=lat, lon=lon)
    assert main(["photos", "inspect", str(path), "--json", "--mine", mine.licence_no, "--workspace",
                 str(demo_folder)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["distance_m"] is not None and record["distance_m"] >= 0 and record["error"] is None


def test_pillow_limit_is_ours():
    from PIL import Image

    assert Image.MAX_IMAGE_PIXELS == reader.MAX_PIXELS == 200_000_000


def test_the_decode_budget_makes_big_decodes_wait_and_refuses_impossible_ones():
    budget = DecodeBudget(100)
    with pytest.raises(UserError) as err:
        with budget.reserve(101):
            pass
    assert err.value.code == "photo_memory"
    order = []
    with budget.reserve(80):
        waiting = threading.Thread(target=lambda: (budget.reserve(50).__enter__(), order.append("second")))
        waiting.start()
        time.sleep(0.1)
        order.append("first done")  # the second could not start while 80 of 100 were in use
    waiting.join(2)
    assert order == ["first done", "second"]


def test_metadata_reasons_from_older_versions_still_flag():
    meta = PhotoMeta("0" * 64, 10, 10, metadata_error="KeyError: 'x'")
    assert flags_for(meta, None, None, reused=False)[:2] == [Flag.metadata_unreadable, Flag.no_gps]
