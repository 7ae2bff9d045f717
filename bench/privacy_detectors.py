"""How well the detectors find personal things (issue 15), on the planted set in
tests/privacy_planted.py: each kind's hits and misses, and what is found in sentences
that hold nothing personal. No names are known to the policy here, so this measures the
detectors alone (a file's own names and purged names are caught by other means).

Run:  PYTHONPATH=. .venv/bin/python bench/privacy_detectors.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from privacy_planted import CLEAN, PERSONAL  # noqa: E402

from workshop.core.privacy import PARTNER, PrivacyPolicy  # noqa: E402


def measure() -> dict:
    policy = PrivacyPolicy(PARTNER)
    caught, missed = Counter(), Counter()
    misses: list[str] = []
    for text, items in PERSONAL:
        hits = policy.detect(text)
        for kind, planted in items:
            start = text.index(planted)
            end = start + len(planted)
            if any(h.start <= start and h.end >= end for h in hits):
                caught[kind] += 1
            else:
                missed[kind] += 1
                misses.append(f"{kind}: {text!r} -> {[h.text for h in hits]}")
    false_removed, false_asked = [], []
    for text in CLEAN:
        hits = policy.detect(text)
        if policy.redact(text) != text:
            false_removed.append(f"{text!r} -> {policy.redact(text)!r}")
        elif hits:
            false_asked.append(f"{text!r} -> {[h.text for h in hits]}")
    return {
        "caught": caught,
        "missed": missed,
        "misses": misses,
        "false_removed": false_removed,
        "false_asked": false_asked,
    }


def main() -> None:
    result = measure()
    kinds = sorted(set(result["caught"]) | set(result["missed"]))
    total_c = sum(result["caught"].values())
    total = total_c + sum(result["missed"].values())
    print(f"{'kind':15} caught / planted")
    for kind in kinds:
        c, m = result["caught"][kind], result["missed"][kind]
        print(f"{kind:15} {c:3} / {c + m}")
    print(f"{'all':15} {total_c:3} / {total}")
    print(f"\nMisses ({len(result['misses'])}):")
    for line in result["misses"]:
        print("  " + line)
    print(
        f"\nClean sentences: {len(CLEAN)}; changed by redaction: "
        f"{len(result['false_removed'])}; asked about (possible names): "
        f"{len(result['false_asked'])}"
    )
    for line in result["false_removed"] + result["false_asked"]:
        print("  " + line)


def linear() -> None:
    """CPU time of detect + redact on hostile texts of n and 2n characters: a ratio near
    2 is linear; near 4 would be quadratic."""
    import time

    from workshop.core.privacy import _keyed

    policy = PrivacyPolicy(
        PARTNER,
        known_names=[f"Person{n} Surname{n}" for n in range(600)],
        purged={"k": {_keyed("k", "zebedee")}},
    )
    policy.detect("warm up")
    print("\nTime in text length (CPU s for n, for 2n, ratio):")
    for unit in ("a", "1", "Aa-", "Mr Aa ", "Aa Bb. ", "a at b ", "0.", "14 Penny Lane "):
        times = []
        for size in (100_000, 200_000):
            text = unit * (size // len(unit))
            start = time.process_time()
            policy.detect(text)
            policy.redact(text)
            times.append(time.process_time() - start)
        print(f"  {unit!r:18} {times[0]:.2f} {times[1]:.2f} {times[1] / max(times[0], 1e-6):.1f}")


if __name__ == "__main__":
    main()
    linear()
