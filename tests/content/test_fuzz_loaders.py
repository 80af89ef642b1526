"""Fuzzing the loaders of shared files: any input gives content or problems, never an exception."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kbassist.content.frontmatter import split_document
from kbassist.facilities.model import load_facility_file, load_gazetteer
from kbassist.problems import ProblemList

_YAML_PIECES = [
    *"abc:-[]{}&*!#|>'\",.0123456789?%@` \t\n\r\x00\x07é",
    "---\n",
    "title: ",
    "tags: ",
    "review_by: ",
    "lat: ",
    "hours:\n  mon: ",
    "  - ",
    "- id: a\n  name: A\n  lat: 1\n  lon: 2\n",
    "timezone: Europe",
    "!!int ",
    "!!timestamp ",
    "!!python/object:os.system ",
    "!!binary ",
    "&a ",
    "*a",
    "<<: *a",
    "9" * 120,
    "1e999",
    ".nan",
    "[" * 70,
]
_CSV_PIECES = [
    *'abc,;"\n\r\t 0123456789.-+é\x00',
    "place,lat,lon\n",
    "id,name,lat,lon,mon\n",
    "x" * 300,
]

yaml_texts = st.lists(st.sampled_from(_YAML_PIECES), max_size=40).map("".join)
csv_texts = st.lists(st.sampled_from(_CSV_PIECES), max_size=40).map("".join)
raw_bytes = st.one_of(st.binary(max_size=300), csv_texts.map(lambda t: t.encode("utf-16")))
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_names = itertools.count()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder to write one file per example into."""
    return tmp_path_factory.mktemp("fuzz")


def _write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / f"{next(_names)}-{name}"
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    return path


@FUZZ
@given(front=yaml_texts, body=st.text(max_size=50))
def test_front_matter(front: str, body: str) -> None:
    problems = ProblemList()
    doc = split_document(f"---\n{front}\n---\n{body}", Path("articles/fuzz.md"), problems)
    assert doc is not None or problems.has_errors


@FUZZ
@given(text=yaml_texts)
def test_facility_yaml(folder: Path, text: str) -> None:
    problems = ProblemList()
    facilities = load_facility_file(_write(folder, "list.yaml", text), problems)
    # A facility without coordinates is placed later, from the gazetteer; given ones are valid.
    placed = [(f.lat, f.lon) for f in facilities if f.lat is not None and f.lon is not None]
    assert all(-90 <= lat <= 90 and -180 <= lon <= 180 for lat, lon in placed)


@FUZZ
@given(data=st.one_of(csv_texts, raw_bytes))
def test_facility_csv(folder: Path, data: str | bytes) -> None:
    problems = ProblemList()
    load_facility_file(_write(folder, "more.csv", data), problems)


@FUZZ
@given(data=st.one_of(csv_texts, raw_bytes))
def test_gazetteer(folder: Path, data: str | bytes) -> None:
    problems = ProblemList()
    places = load_gazetteer(_write(folder, "places.csv", data), problems)
    assert all(-90 <= p.lat <= 90 and -180 <= p.lon <= 180 for p in places)
