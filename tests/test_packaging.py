"""Every data file the package reads is shipped in the wheel (an editable install would
hide a missing package-data pattern: the suite runs from the source tree)."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch

from conftest import REPO


def test_package_data_patterns_cover_every_data_file() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["miwake"]
    package = REPO / "src" / "miwake"
    data = [p for p in (package / "data").rglob("*") if p.is_file() and p.suffix != ".py"]
    assert data
    missing = [
        str(p.relative_to(package))
        for p in data
        if "__pycache__" not in p.parts
        and not any(fnmatch(str(p.relative_to(package)), pat) for pat in patterns)
    ]
    assert not missing, f"not in [tool.setuptools.package-data]: {missing}"
