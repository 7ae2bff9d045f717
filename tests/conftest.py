"""Shared test set-up. Qt runs offscreen; every test works on real files in tmp folders."""

import atexit
import json
import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The offscreen screen is the smallest the app is made for, a 1024x768 projector (Qt's
# default offscreen screen is 800x800). Windows size themselves to it.
TEST_SCREEN = (1024, 768)
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    _screen_file = Path(tempfile.mkdtemp(prefix="workshop-test-screen-")) / "screen.json"
    _screen = {"name": "test", "x": 0, "y": 0, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    _screen["width"], _screen["height"] = TEST_SCREEN
    _screen_file.write_text(json.dumps({"screens": [_screen]}))
    atexit.register(shutil.rmtree, _screen_file.parent, ignore_errors=True)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_file.as_posix()}"

from datetime import datetime, timedelta  # noqa: E402

import hypothesis  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402

from workshop.core.clock import new_laptop, set_clock, system_clock  # noqa: E402
from workshop.core.store import Programme  # noqa: E402
from workshop.demo import DemoDates, write_demo  # noqa: E402
from workshop.ui import settings  # noqa: E402

# Qt's own test locations, and the settings file in a folder of this run's own, before any
# QSettings is made: macOS QSettings ignores test mode, and other test runs on the same
# machine must not share (and clear) the same file.
QStandardPaths.setTestModeEnabled(True)
_SETTINGS_DIR = tempfile.mkdtemp(prefix="workshop-test-settings-")
atexit.register(shutil.rmtree, _SETTINGS_DIR, ignore_errors=True)
for _format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
    QSettings.setPath(_format, QSettings.Scope.UserScope, _SETTINGS_DIR)


@pytest.fixture(autouse=True)
def _clean_settings():
    """Every test starts with every setting at its default."""
    settings.forget_everything()


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """Keep the default file and backups of every test out of the real home."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    return data


@pytest.fixture
def errors(monkeypatch):
    """Messages the app would have shown in a warning box, in order (nothing blocks)."""
    from workshop.ui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, text, title=None: shown.append(text))
    return shown


@pytest.fixture
def said(monkeypatch):
    """What the app told the facilitator, and its answers to questions (yes by default;
    append False to `said["answer"]` to say no)."""
    from workshop.ui import dialogs

    log: dict[str, list] = {"error": [], "info": [], "asked": [], "answer": [True]}
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, text, title=None: log["error"].append(text)
    )
    monkeypatch.setattr(
        dialogs, "show_info", lambda parent, text, title=None: log["info"].append(text)
    )

    def confirm(parent, title, text, yes=None, cancel_is_default=False):
        log["asked"].append(text)
        return log["answer"][-1]

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return log


@pytest.fixture
def programme_path(tmp_path) -> Path:
    return tmp_path / "test.workshop"


@pytest.fixture
def programme(programme_path):
    with Programme.create(programme_path, "Test programme") as p:
        yield p


@pytest.fixture(scope="session")
def demo_dates() -> DemoDates:
    """The day the test run's demo is written on, and the demo's days counted from it."""
    return DemoDates()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory, demo_dates) -> Path:
    """The demo is written once per test run; each test gets its own copy of the file."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.workshop"
    with Programme.create(path) as p:
        write_demo(p, today=demo_dates.today)
    return path


@pytest.fixture
def demo_path(tmp_path, _demo_template) -> Path:
    path = tmp_path / "demo.workshop"
    shutil.copyfile(_demo_template, path)  # closed cleanly: no -wal file to carry
    return path


@pytest.fixture
def demo(demo_path):
    with Programme.open(demo_path) as p:
        yield p


@pytest.fixture(autouse=True)
def _delete_leftover_windows():
    """Windows closed by a test are only deleted when Qt processes deferred deletes; with
    no event loop running they would pile up and slow every later test down."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class FakeClock:
    """A clock that stands still until the test moves it on."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def fake_clock():
    """`utc_now` reads this clock during the test, so edits are stamped in the order the
    test says (`fake_clock.advance(minutes=1)`), never by waiting for the real clock."""
    clock = FakeClock(system_clock())
    previous = set_clock(clock)
    yield clock
    set_clock(previous)
    # A test that moved the clock years on leaves no stamps from the future behind for the
    # next test (merge asks before bringing in changes dated after this laptop's clock).
    new_laptop()


# A deadline no test would choose, loaded as the default for this run (on top of whatever
# profile hypothesis picked, e.g. its "ci" one): a test still carrying it set no deadline of
# its own. Comparing with hypothesis's own default would not do: the "ci" profile changes it.
_UNSET_DEADLINE = timedelta(milliseconds=201)
hypothesis.settings.register_profile(
    "workshop-tests", parent=hypothesis.settings.default, deadline=_UNSET_DEADLINE
)
hypothesis.settings.load_profile("workshop-tests")


def pytest_runtest_setup(item):
    """Refuse a hypothesis test that leaves its deadline to the default, which a busy
    machine overruns (see fuzz_support for the shared settings)."""
    test = getattr(item, "obj", None)
    if not getattr(test, "is_hypothesis_test", False):
        return
    # hypothesis keeps the settings a test was decorated with here (or the defaults).
    chosen = test._hypothesis_internal_use_settings
    if chosen.deadline == _UNSET_DEADLINE:
        pytest.fail(
            f"{item.name} sets no deadline of its own: decorate it with settings "
            "from fuzz_support (FUZZ, PROPERTY) or @settings(deadline=...) and say why.",
            pytrace=False,
        )
