"""miwake (見分け): tell a fake brand mail from a real one, say why, and what to do now.

Usage::

    import miwake

    report = miwake.check_file("mail.eml")  # or miwake.check_bytes(raw)
    report.verdict, report.score  # (Verdict.PHISHING, 92)
    [f.id for f in report.findings]  # heaviest first
"""

from miwake.analyzers.base import Context
from miwake.model import BrandClaim, Evidence, Finding, Report, ScoredFinding, Verdict
from miwake.pipeline import check_bytes, check_file
from miwake.settings import Limits, Settings

__version__ = "0.1.0"

__all__ = [
    "BrandClaim",
    "Context",
    "Evidence",
    "Finding",
    "Limits",
    "Report",
    "ScoredFinding",
    "Settings",
    "Verdict",
    "__version__",
    "check_bytes",
    "check_file",
]
