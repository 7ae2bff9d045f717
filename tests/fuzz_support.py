"""What the fuzz test files share: how many examples hypothesis runs, and a count of
examples per reader printed at the end of each file (the closing note quotes it)."""

from __future__ import annotations

import os
import sys

import pytest
from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("WORKSHOP_FUZZ_EXAMPLES", "120"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


class ExampleCounter:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def __call__(self, name: str) -> None:
        self.counts[name] = self.counts.get(name, 0) + 1

    def report_fixture(self):
        """A module fixture that prints 'fuzz examples run: …' once the file is done."""

        @pytest.fixture(scope="module", autouse=True)
        def _report_counts(request):
            yield
            if not self.counts:
                return
            line = "fuzz examples run: " + ", ".join(
                f"{n} {name}" for name, n in sorted(self.counts.items())
            )
            capture = request.config.pluginmanager.getplugin("capturemanager")
            with capture.global_and_fixture_disabled():
                sys.stdout.write(f"\n{line} ({sum(self.counts.values())} in all)\n")

        return _report_counts
