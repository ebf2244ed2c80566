"""A writer killed at a random moment leaves the old file or the new one, never a torn mix.

Each trial starts a writer, kills it with SIGKILL after a random delay within its run time, and checks the target.
A deliberately naive writer (truncate, then write in chunks) runs through the same harness as a control: it must
be caught, which shows the harness can see a torn file at all."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
# The CLI under test: the debug build by default; IMPACTKIT_CLI names another (the installed release build when the
# suite runs against an installed wheel with the toolchain hidden).
IMPACT = Path(os.environ.get("IMPACTKIT_CLI", ROOT / ".build" / "debug" / "impact"))
TRIALS = 16


def big_canvas(placements: int) -> dict:
    document = json.loads((ROOT / "examples" / "data" / "pzw-bottendaal-week5.json").read_text())
    fields = ["activity", "place", "result"]
    domains = ["target-group", "partners", "complexity", "interprofessional", "knowledge"]
    document["placements"] = [
        {"id": f"p{i}", "text": f"Vrije tekst {i} " + "x" * 40, "domain": domains[i % 5], "field": fields[i % 3]}
        for i in range(1, placements + 1)
    ]
    return document


def run_trials(tmp_path: Path, start_writer, old: bytes, new: bytes) -> tuple[int, int]:
    """Returns (torn, caught_mid_write) over TRIALS kills."""
    target = tmp_path / "canvas.json"
    target.write_bytes(old)
    started = time.monotonic()
    start_writer(target).wait()
    duration = time.monotonic() - started
    assert target.read_bytes() == new, "an undisturbed writer writes the new content"
    rng = random.Random(20261123)
    torn = mid = 0
    for _ in range(TRIALS):
        target.write_bytes(old)
        process = start_writer(target)
        time.sleep(rng.uniform(0.3, 1.0) * duration)
        process.send_signal(signal.SIGKILL)
        process.wait()
        content = target.read_bytes()
        if content not in (old, new):
            torn += 1
        elif content == old and process.returncode == -signal.SIGKILL:
            mid += 1
    return torn, mid


NAIVE = """
import sys, time
data = open(sys.argv[1], 'rb').read()
with open(sys.argv[2], 'wb') as out:
    for i in range(0, len(data), 65536):
        out.write(data[i:i + 65536]); out.flush(); time.sleep(0.002)
"""


def test_cli_format_survives_being_killed(tmp_path):
    assert IMPACT.exists(), "build the CLI first (make test does)"
    compact = json.dumps(big_canvas(20_000), separators=(",", ":")).encode()
    canonical_file = tmp_path / "canonical.json"
    canonical_file.write_bytes(compact)
    subprocess.run([str(IMPACT), "format", str(canonical_file)], check=True, capture_output=True)
    canonical = canonical_file.read_bytes()
    assert canonical != compact

    def cli(target):
        return subprocess.Popen([str(IMPACT), "format", str(target)], stdout=subprocess.DEVNULL)

    torn, _ = run_trials(tmp_path, cli, compact, canonical)
    assert torn == 0
    # Each kill mid-write left a temporary named for its (now gone) writer; the next run removes them all.
    subprocess.run([str(IMPACT), "format", str(tmp_path / "canvas.json")], check=True, capture_output=True)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".canvas.json.impact-")] == []

    # The control: the same harness catches a writer that truncates and writes in place.
    source = tmp_path / "new.json"
    source.write_bytes(canonical)

    def naive(target):
        return subprocess.Popen([sys.executable, "-c", NAIVE, str(source), str(target)])

    torn, _ = run_trials(tmp_path, naive, compact, canonical)
    assert torn > 0, "the harness must be able to see a torn file"


SAVE = """
import sys, impactkit
canvas = impactkit.Canvas.load(sys.argv[1])
canvas.save(sys.argv[2])
"""


def test_python_save_survives_being_killed(tmp_path):
    new_document = big_canvas(20_000)
    source = tmp_path / "source.json"
    source.write_text(json.dumps(new_document))
    import impactkit

    new = impactkit.Canvas.load(source).to_json().encode()
    old = json.dumps(big_canvas(5_000), separators=(",", ":")).encode()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))

    def writer(target):
        return subprocess.Popen([sys.executable, "-c", SAVE, str(source), str(target)], env=env)

    torn, _ = run_trials(tmp_path, writer, old, new)
    assert torn == 0


def test_save_keeps_mode_honours_umask_follows_links_and_refuses_fifos(tmp_path):
    # Python's save() used to write every file 0600 and the CLI every file 0644: now both keep what was there.
    import impactkit

    canvas = impactkit.load(ROOT / "examples" / "data" / "pzw-bottendaal-week5.json")
    shared = tmp_path / "shared.json"
    shared.write_text("{}")
    shared.chmod(0o664)
    canvas.save(shared)
    assert (shared.stat().st_mode & 0o777, shared.read_text()) == (0o664, canvas.to_json())
    old_mask = os.umask(0o027)
    try:
        canvas.save(tmp_path / "new.json")
    finally:
        os.umask(old_mask)
    assert (tmp_path / "new.json").stat().st_mode & 0o777 == 0o640
    (tmp_path / "link.json").symlink_to("shared.json")
    canvas.save(tmp_path / "link.json")
    assert (tmp_path / "link.json").is_symlink() and shared.read_text() == canvas.to_json()
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(impactkit.FileError, match="it is a FIFO; ImpactKit writes regular files only") as refused:
        canvas.save(tmp_path / "fifo")
    assert refused.value.code == -13 and refused.value.symbol == "IK_EIO"
    with pytest.raises(OSError, match="cannot write .*x.json: No such file or directory"):
        canvas.save(tmp_path / "no-such-dir" / "x.json")
    # A temporary a killed writer left (its process is gone) goes with the next save, as in PHP and the CLI.
    (tmp_path / ".shared.json.impact-999999999-abcdef").write_text("{")
    canvas.save(shared)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo", "link.json", "new.json", "shared.json"]


def test_a_document_read_near_the_limit_saves_in_a_form_the_same_limits_read(tmp_path):
    """Issue 37, item 2: indenting adds about a third; a canvas read just under max_document_bytes was saved over it
    and `load` with the same options then refused the file that `save` had written."""
    import impactkit
    from conftest import DATA
    compact = json.dumps(json.loads((DATA / "pzw-bottendaal-end.json").read_text()), separators=(",", ":"),
                         ensure_ascii=False)
    options = impactkit.Options(max_document_bytes=len(compact.encode()) + 16)
    canvas = impactkit.Canvas.from_json(compact, options=options)
    path = tmp_path / "canvas.json"
    canvas.save(path)
    assert path.stat().st_size <= options.max_document_bytes and b"\n" not in path.read_bytes()
    again = impactkit.Canvas.load(path, options=options)
    assert again.revision == canvas.revision
    # With room to spare the file is indented, as always.
    roomy = impactkit.Canvas.from_json(compact)
    roomy.save(path)
    assert path.read_text() == (DATA / "pzw-bottendaal-end.json").read_text()


SAVE_THROUGH_A_LINK = r"""
import os, sys, tempfile
sys.path.insert(0, sys.argv[1])
import impactkit
folder = tempfile.mkdtemp()
target = os.path.join(folder, "canvas.json")
link = os.path.join(folder, "link.json")
impactkit.Canvas("Lang geleden").save(target)
os.symlink(target, link)
impactkit.Canvas("Door de link").save(link)
assert os.path.islink(link) and impactkit.load(target).to_dict()["title"] == "Door de link"
print("ok")
"""


@pytest.mark.parametrize("version", ["3.9", "3.10", "3.11", "3.12", "3.13"])
def test_save_through_a_link_works_on_every_python_we_claim(version):
    """requires-python >= 3.9: on 3.9, save() through a symbolic link raised TypeError (realpath's `strict` is
    3.10+). Run with each interpreter pyenv has here (the binding needs nothing but the standard library)."""
    import glob
    found = sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version}.*/bin/python{version}")))
    if not found:
        pytest.skip(f"no Python {version} on this machine")
    # The package under test, wherever this run imports it from: the source tree, or the installed wheel
    # (IMPACTKIT_TEST_INSTALLED), whose folder holds the library too.
    import impactkit
    package = str(Path(impactkit.__file__).resolve().parents[1])
    result = subprocess.run([found[-1], "-c", SAVE_THROUGH_A_LINK, package], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-2000:]
