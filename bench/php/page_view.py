"""Issue 39, item 1: page views per second of the team view (bench/php/team_view.php) under PHP-FPM, with the
binding preloaded as on a production server, against the same library without its NODELETE mark (a copy with the
ELF flag cleared: PHP frees its FFI object after every request, and without the mark the library is unmapped and
mapped again each time). Both in the same run, interleaved rounds, one FPM worker, one request at a time over
FastCGI (a 60-line client below; no web server in between, so the figure is PHP's and the library's).

    python3 bench/php/page_view.py build/stage/lib/libimpactkit.so.1 [REQUESTS] [ROUNDS]
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "php" / "team_view.php"
DT_FLAGS_1, DF_1_NODELETE = 0x6FFFFFFB, 0x8


def without_nodelete(library: Path, target: Path) -> None:
    """A copy of the library with DF_1_NODELETE cleared in its dynamic section (ELF64 little-endian)."""
    data = bytearray(library.read_bytes())
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for index in range(phnum):
        kind, _, offset, _, _, size = struct.unpack_from("<IIQQQQ", data, phoff + index * phentsize)
        if kind != 2:  # PT_DYNAMIC
            continue
        for entry in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, entry)
            if tag == DT_FLAGS_1:
                struct.pack_into("<qQ", data, entry, tag, value & ~DF_1_NODELETE)
                target.write_bytes(bytes(data))
                return
    raise SystemExit(f"{library} has no DT_FLAGS_1 (not linked with -z nodelete?)")


def record(kind: int, content: bytes, request: int = 1) -> bytes:
    padding = -len(content) % 8
    return struct.pack(">BBHHBx", 1, kind, request, len(content), padding) + content + b"\0" * padding


def pair(name: str, value: str) -> bytes:
    def length(size: int) -> bytes:
        return struct.pack(">B", size) if size < 128 else struct.pack(">I", size | 0x80000000)
    return length(len(name)) + length(len(value)) + name.encode() + value.encode()


def fastcgi_get(port: int, script: Path) -> bytes:
    params = {"SCRIPT_FILENAME": str(script), "REQUEST_METHOD": "GET", "QUERY_STRING": "", "SERVER_PROTOCOL": "HTTP/1.1",
              "GATEWAY_INTERFACE": "CGI/1.1", "REQUEST_URI": "/team", "SCRIPT_NAME": "/team", "SERVER_NAME": "bench"}
    body = b"".join(pair(name, value) for name, value in params.items())
    with socket.create_connection(("127.0.0.1", port)) as connection:
        connection.sendall(record(1, struct.pack(">HB5x", 1, 0)) + record(4, body) + record(4, b"") + record(5, b""))
        out, buffer = b"", b""
        while True:
            chunk = connection.recv(65536)
            if not chunk:
                break
            buffer += chunk
            while len(buffer) >= 8:
                _, kind, _, size, padding = struct.unpack_from(">BBHHB", buffer)
                if len(buffer) < 8 + size + padding:
                    break
                content, buffer = buffer[8:8 + size], buffer[8 + size + padding:]
                if kind == 6:
                    out += content
                elif kind == 3:
                    return out
    return out


def start_fpm(work: Path, library: Path, port: int) -> subprocess.Popen:
    fpm = shutil.which("php-fpm8.2") or "/usr/sbin/php-fpm8.2"
    user = "www-data" if os.getuid() == 0 else os.environ.get("USER", "nobody")
    conf = work / f"fpm-{port}.conf"
    conf.write_text(f"""[global]
error_log = {work}/fpm-{port}.log
daemonize = no
[bench]
{"user = " + user if os.getuid() == 0 else ""}
listen = 127.0.0.1:{port}
pm = static
pm.max_children = 1
pm.max_requests = 0
env[IMPACTKIT_LIBRARY] = {library}
env[BENCH_CANVAS] = {ROOT / "examples" / "data" / "pzw-bottendaal-week5.json"}
php_admin_value[auto_prepend_file] = {ROOT / "bindings" / "php" / "autoload.php"}
""")
    process = subprocess.Popen([fpm, "-R", "--fpm-config", str(conf), "-d", "opcache.enable=1",
                                "-d", f"opcache.preload={ROOT / 'bindings' / 'php' / 'preload.php'}",
                                "-d", f"opcache.preload_user={user}"], stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port)).close()
            return process
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"php-fpm did not start on {port}: see {work}/fpm-{port}.log")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> int:
    library = Path(sys.argv[1]).resolve()
    requests = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    work = Path(tempfile.mkdtemp(prefix="impactkit-page-view-"))
    os.chmod(work, 0o755)
    unmarked = work / library.name
    without_nodelete(library, unmarked)
    servers = {"NODELETE (1.3)": (library, free_port()), "unloaded per request (1.2)": (unmarked, free_port())}
    processes = [start_fpm(work, path, port) for path, port in servers.values()]
    try:
        for name, (_, port) in servers.items():
            answer = fastcgi_get(port, SCRIPT)
            if not answer.rstrip().endswith(b"5 5"):
                raise SystemExit(f"{name}: unexpected answer {answer[-300:]!r}")
        rates: dict[str, list[float]] = {name: [] for name in servers}
        for _ in range(rounds):
            for name, (_, port) in servers.items():
                start = time.perf_counter()
                for _ in range(requests):
                    fastcgi_get(port, SCRIPT)
                rates[name].append(requests / (time.perf_counter() - start))
        base = statistics.median(rates["unloaded per request (1.2)"])
        print(f"page views per second, team view under PHP-FPM (1 worker, {requests} requests × {rounds} rounds, median):")
        for name, values in rates.items():
            median = statistics.median(values)
            print(f"  {name:28} {median:8.0f}/s  {1000 / median:6.3f} ms/view  ×{median / base:.2f}")
    finally:
        for process in processes:
            process.terminate()
            process.wait()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
