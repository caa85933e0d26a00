"""Audit the installed Python packages for known vulnerabilities with pip-audit.

Fails on any known vulnerability. Where the advisory data cannot be reached (these machines
reach the package index but not its JSON vulnerability API, nor OSV), it says so plainly and
passes: an audit that could look nothing up has found nothing, and is reported as not run.

    python scripts/dependency_audit.py        (with the project's virtual environment's python)
"""

# ruff: noqa: S603  (runs pip-audit from this environment, with fixed arguments)
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SERVICES = ("pypi", "osv")


def audit(service: str) -> tuple[list[str], int, int] | None:
    """Return (vulnerabilities, audited, skipped) from one advisory service, or None."""
    done = subprocess.run(
        [
            str(Path(sys.executable).parent / "pip-audit"),
            "--local",
            "--skip-editable",
            "--vulnerability-service",
            service,
            "--timeout",
            "15",
            "--progress-spinner",
            "off",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
    )
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        return None  # the service could not be reached at all
    found, audited, skipped = [], 0, 0
    for dependency in report.get("dependencies", []):
        if "skip_reason" in dependency:
            skipped += 1
            continue
        audited += 1
        for vulnerability in dependency.get("vulns", []):
            fixed = ", ".join(vulnerability.get("fix_versions", [])) or "no fixed version"
            found.append(
                f"{dependency['name']} {dependency['version']}: {vulnerability['id']} ({fixed})"
            )
    return found, audited, skipped


def main() -> int:
    for service in SERVICES:
        result = audit(service)
        if result is None or result[1] == 0:
            print(f"dependency audit: the {service} advisory data cannot be reached from here")
            continue
        found, audited, skipped = result
        print(f"dependency audit ({service}): {audited} packages audited, {skipped} not found")
        for line in found:
            print("  vulnerable:", line)
        return 1 if found else 0
    print("dependency audit: NOT RUN — no advisory service answered (see docs/security-testing.md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
