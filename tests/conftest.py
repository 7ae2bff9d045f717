"""Shared test set-up. Qt runs offscreen; every test works on real files in tmp folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from workshop.core.demo import write_demo  # noqa: E402
from workshop.core.store import Programme  # noqa: E402


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """Keep the default file, backups and settings of every test out of the real home."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    return data


@pytest.fixture
def programme_path(tmp_path) -> Path:
    return tmp_path / "test.workshop"


@pytest.fixture
def programme(programme_path):
    with Programme.create(programme_path, "Test programme") as p:
        yield p


@pytest.fixture
def demo_path(tmp_path) -> Path:
    path = tmp_path / "demo.workshop"
    with Programme.create(path) as p:
        write_demo(p)
    return path


@pytest.fixture
def demo(demo_path):
    with Programme.open(demo_path) as p:
        yield p
