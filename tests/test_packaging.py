"""pyproject.toml, the constraints file and the Makefile agree, so a build prints no licence
warning and `make bundle` is reproducible. (tools/check_build.py builds the wheel itself.)"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
# The libraries whose APIs we lean on: a new major version must be a deliberate change.
PINNED_MAJORS = {
    "pyside6-essentials",
    "reportlab",
    "sqlite-utils",
    "qrcode",
    "pillow",
    "platformdirs",
    "python-bidi",
    "arabic-reshaper",
    "pypdfium2",
}


def runtime_requirements() -> list[Requirement]:
    return [Requirement(line) for line in PROJECT["dependencies"]]


def constraints() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "packaging" / "constraints.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, version = line.split("==")
            pins[canonicalize_name(name)] = version
    return pins


def test_the_licence_is_an_spdx_string_with_its_files():
    assert PROJECT["license"] == "MIT"
    assert PYPROJECT["build-system"]["requires"] == ["setuptools>=77"]
    matched = [p for pattern in PROJECT["license-files"] for p in ROOT.glob(pattern)]
    assert ROOT / "LICENSE" in matched
    assert "MIT License" in (ROOT / "LICENSE").read_text()
    assert len(matched) >= 10  # Workshop's own and one notice per third-party part


def test_each_dependency_is_listed_once_across_runtime_and_extras():
    names = [canonicalize_name(r.name) for r in runtime_requirements() if r.marker is None]
    for extra in PROJECT["optional-dependencies"].values():
        names += [canonicalize_name(Requirement(line).name) for line in extra]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)


def test_the_libraries_we_lean_on_have_an_upper_bound_on_their_major():
    for req in runtime_requirements():
        name = canonicalize_name(req.name)
        if name in PINNED_MAJORS:
            uppers = [s for s in req.specifier if s.operator == "<"]
            assert uppers, f"{req} has no upper bound"
            assert all(u.version.split(".")[1:] in ([], ["0"]) for u in uppers) or name.startswith(
                "pyside6"
            ), f"{req}: bound the major version, e.g. <{uppers[0].version.split('.')[0]}"
    assert {canonicalize_name(r.name) for r in runtime_requirements()} >= PINNED_MAJORS


def test_the_constraints_pin_every_runtime_dependency_within_its_range():
    pins = constraints()
    for req in runtime_requirements():
        name = canonicalize_name(req.name)
        assert name in pins, f"{name} is not in packaging/constraints.txt"
        if req.marker is None or req.marker.evaluate():
            assert req.specifier.contains(pins[name]), f"{name}=={pins[name]} is outside {req}"
    (bundle,) = PROJECT["optional-dependencies"]["bundle"]
    assert Requirement(bundle).specifier.contains(pins["pyinstaller"])


def test_make_bundle_installs_the_bundle_extra_with_the_constraints():
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("\nbundle:", 1)[1].split("\n\n", 1)[0]
    assert re.search(r"pip install .*-c \$\(CONSTRAINTS\) .*\[bundle\]", recipe)
    assert "CONSTRAINTS := packaging/constraints.txt" in makefile
    assert "pip install --quiet 'pyinstaller" not in makefile  # no ad-hoc install left
