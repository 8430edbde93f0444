"""The real-text gold under bench/gold stays readable: every line parses and every quote is found in
its document (a merge once left conflict markers in a DEV file, and the DEV scores failed to run)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "bench" / "gold" / "tools"


def test_dev_facts_and_names_gold_check_clean(shared: Path) -> None:
    done = subprocess.run([sys.executable, str(TOOLS / "check_facts_gold.py"), str(ROOT / "bench" / "gold" / "dev")],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def test_dev_audit_gold_check_clean(shared: Path) -> None:
    done = subprocess.run([sys.executable, str(TOOLS / "check_audit_gold.py"), "--split", "dev"],
                          capture_output=True, text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
