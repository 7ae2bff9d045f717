"""What the hypothesis test files share: how many examples the fuzz tests run and how
long an example may take, and a count of examples per reader printed at the end of each
fuzz file (the closing note quotes it). Every @given test sets its deadline explicitly
(conftest refuses one that does not): hypothesis's 200 ms default fails on a busy machine.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("WORKSHOP_FUZZ_EXAMPLES", "120"))
FUZZ = settings(
    max_examples=EXAMPLES,
    # Each example writes, opens or imports a real file: its time is the disk's and the
    # machine's, and a reader that hangs is caught by the test never finishing.
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Properties of small pure functions (card codes, redaction). A busy shared machine has
# stretched such an example past 500 ms; a runaway (a regex that backtracks, a loop that
# never ends) takes far longer than this.
PROPERTY = settings(deadline=timedelta(seconds=5))


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
