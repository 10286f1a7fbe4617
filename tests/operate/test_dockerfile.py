"""The Dockerfile, followed outside Docker (no base image can be pulled here).

Its steps: build the wheel from the copied sources, install it into a fresh
venv, run `ipom`. The test does the same, lending the fresh venv the
dependencies already installed (by a .pth line) so it needs no network, and
checks that ipom runs from the wheel alone: entry point, `ipom check` on a
sample, `ipom init` (the migrations shipped inside the wheel).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "Dockerfile"


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of the Dockerfile, continuation lines joined."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def test_every_path_the_dockerfile_copies_from_the_project_exists() -> None:
    copies = [args for word, args in instructions() if word == "COPY"]
    sources = [src for args in copies if not args.startswith("--from") for src in args.split()[:-1]]
    assert sources, "the Dockerfile copies nothing from the project"
    assert [s for s in sources if not (ROOT / s).exists()] == []


def test_the_image_runs_ipom_serve_as_a_non_root_user_with_a_status_healthcheck() -> None:
    steps = dict(reversed(instructions()))  # the first of each instruction…
    last = {word: args for word, args in instructions()}  # …and the last
    assert last["CMD"] == '["ipom", "serve"]'
    assert last["USER"] not in ("root", "0")
    assert '"ipom", "status"' in last["HEALTHCHECK"]
    assert "/data" in last["VOLUME"] and "IPOM_CONFIG=/config/ipom.toml" in last["ENV"]
    assert steps["FROM"].startswith("python:3.11-slim")


@pytest.mark.slow
def test_the_wheel_installed_in_a_fresh_venv_runs_check_and_init(tmp_path: Path) -> None:
    from samples import samples

    wheels = tmp_path / "wheels"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if built.returncode != 0 and "No matching distribution" in built.stderr:
        pytest.skip(f"the build backend cannot be downloaded here: {built.stderr[-300:]}")
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("ipom_mail-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
    )
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (site / "zz-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    ipom = venv / "bin" / "ipom"
    where = subprocess.run(
        [str(python), "-c", "import ipom_mail; print(ipom_mail.__file__)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(str(site)), where  # the wheel's copy, not the source tree
    assert subprocess.run([str(ipom), "--version"], capture_output=True, text=True).returncode == 0
    eml = tmp_path / "sample.eml"
    eml.write_bytes(next(iter(samples().values())))
    work = tmp_path / "work"
    work.mkdir()
    checked = subprocess.run(
        [str(ipom), "check", str(eml), "--json"], capture_output=True, text=True, cwd=work
    )
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout)["status"] in ("complete", "incomplete")
    init = subprocess.run([str(ipom), "init"], capture_output=True, text=True, cwd=work)
    assert init.returncode == 0, init.stderr
    assert (work / "ipom.toml").is_file() and (work / "ipom-data" / "ipom.sqlite3").is_file()
    shutil.rmtree(venv)


def test_the_image_and_the_bootstrap_install_ffmpeg_that_publishing_videos_needs() -> None:
    final_stage = instructions()[[w for w, _ in instructions()].index("FROM", 1) :]
    runs = [args for word, args in final_stage if word == "RUN"]
    assert any("apt-get install" in run and " ffmpeg" in run for run in runs)
    bootstrap = (ROOT / "scripts" / "bootstrap.sh").read_text()
    assert "command -v ffmpeg" in bootstrap and "need+=(ffmpeg)" in bootstrap
