"""Run every console block of README.md and rewrite the outputs it shows.

A console block is a ```console fence of `$ command` lines, each followed by the output it
prints. The commands run in order, all blocks in one fresh folder holding a copy of
examples/ (so `kg build examples` and the default ./kg-store behave as for a reader),
with this interpreter's `kg` and `oxigraph` first on PATH. A command ending in `&` starts
a server in the background; the ports it binds are waited for, and are replaced by free
loopback ports while running (shown back as written). tests/test_readme.py runs the
same and fails when an output differs from the README.

    python scripts/update_readme.py          # rewrite README.md's outputs in place
    python scripts/update_readme.py --check  # exit 1 and print a diff when they differ
"""
from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
FENCE = re.compile(r"^```console\n(.*?)^```$", re.M | re.S)
PORT = re.compile(r"(?:(?<=:)|(?<=--port ))(\d{4,5})\b")
#: Output lines longer than this many seconds to produce mean something hangs.
TIMEOUT = 600


@dataclass
class Command:
    """One `$ command` line and the output lines shown under it."""

    line: str
    shown: list[str] = field(default_factory=list)


@dataclass
class Block:
    """One console block: where its body is in the README, and its commands."""

    start: int
    end: int
    commands: list[Command]


def console_blocks(text: str) -> list[Block]:
    """Every ```console block of the text, in order."""
    blocks = []
    for match in FENCE.finditer(text):
        commands: list[Command] = []
        for line in match[1].splitlines():
            if line.startswith("$ "):
                commands.append(Command(line[2:]))
            elif commands:
                commands[-1].shown.append(line.rstrip())
            else:
                raise ValueError(f"console block at offset {match.start()} does not start with '$ '")
        blocks.append(Block(match.start(1), match.end(1), commands))
    return blocks


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_port(port: int, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"background command exited with {process.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing answered on port {port} within {seconds} s")


def _environment() -> dict[str, str]:
    """This interpreter's scripts first on PATH; nothing that points kg elsewhere."""
    env = {k: v for k, v in os.environ.items() if k not in {"NEWSKG_STORE", "COLUMNS"}}
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env.update(LC_ALL="C.UTF-8", PYTHONIOENCODING="utf-8")
    return env


def run_blocks(blocks: list[Block], work: Path) -> list[list[list[str]]]:
    """Run every command of every block in `work`; the output lines of each command."""
    shutil.copytree(REPO / "examples", work / "examples")
    env, ports, servers = _environment(), {}, []
    outputs: list[list[list[str]]] = []
    try:
        for block in blocks:
            outputs.append([])
            for command in block.commands:
                line = PORT.sub(lambda m: str(ports.setdefault(m[1], _free_port()))
                                if int(m[1]) > 1024 else m[1], command.line)
                if line.rstrip().endswith("&"):
                    log = work / f".background-{len(servers)}.log"
                    with log.open("w") as sink:
                        server = subprocess.Popen(["bash", "-c", line.rstrip()[:-1] + " 2>&1"],
                                                  cwd=work, env=env, stdin=subprocess.DEVNULL,
                                                  stdout=sink, start_new_session=True)
                    servers.append(server)
                    for port in PORT.findall(line):
                        if int(port) in ports.values():
                            _wait_for_port(int(port), server)
                    time.sleep(1)  # what it prints on start
                    shown = log.read_text(encoding="utf-8")
                    for written, used in ports.items():
                        shown = shown.replace(f":{used}", f":{written}").replace(
                            f"--port {used}", f"--port {written}")
                    outputs[-1].append([out.rstrip() for out in shown.splitlines()])
                    continue
                done = subprocess.run(["bash", "-c", line + " 2>&1"], cwd=work, env=env,
                                      stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                      text=True, timeout=TIMEOUT)
                shown = done.stdout
                for written, used in ports.items():
                    shown = shown.replace(f":{used}", f":{written}")
                outputs[-1].append([out.rstrip() for out in shown.splitlines()])
    finally:
        for server in servers:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
    return outputs


def rewrite(text: str, blocks: list[Block], outputs: list[list[list[str]]]) -> str:
    """The text with each block's shown outputs replaced by the outputs given."""
    for block, block_outputs in reversed(list(zip(blocks, outputs, strict=True))):
        body = "".join(f"$ {command.line}\n" + "".join(f"{out}\n" for out in lines)
                       for command, lines in zip(block.commands, block_outputs, strict=True))
        text = text[:block.start] + body + text[block.end:]
    return text


def current_readme(text: str) -> tuple[str, str]:
    """The README as it is and as its console blocks print today (run in a temp folder)."""
    blocks = console_blocks(text)
    with tempfile.TemporaryDirectory(prefix="readme-") as folder:
        outputs = run_blocks(blocks, Path(folder))
    return text, rewrite(text, blocks, outputs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; print a diff and exit 1 when outputs differ")
    args = parser.parse_args()
    before, after = current_readme(README.read_text(encoding="utf-8"))
    if before == after:
        print("README.md: every console output is current")
        return 0
    if args.check:
        sys.stdout.writelines(difflib.unified_diff(before.splitlines(True), after.splitlines(True),
                                                   "README.md", "README.md (as run)"))
        return 1
    README.write_text(after, encoding="utf-8")
    print("README.md: console outputs rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
