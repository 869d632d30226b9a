"""keeper runs on Windows 10/11 station PCs from the same code: nothing in it may rely on a
POSIX-only call, a hard-coded POSIX path, or the locale's text encoding (GBK on a Chinese
Windows, UTF-8 on Linux: the same file would be read differently)."""
from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

POSIX_MODULES = {"fcntl", "pwd", "grp", "termios", "tty", "pty", "resource", "posix",
                 "syslog", "crypt", "readline"}
POSIX_OS = {"getuid", "geteuid", "getgid", "getegid", "getgroups", "chown", "lchown", "fchown",
            "fork", "forkpty", "killpg", "getpgid", "setpgid", "setsid", "nice", "mkfifo",
            "mknod", "statvfs", "fstatvfs", "getloadavg", "uname", "sync", "symlink",
            "pipe2", "posix_fadvise", "O_DIRECTORY", "O_NOFOLLOW", "O_CLOEXEC", "WNOHANG"}
POSIX_SIGNALS = {"SIGKILL", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGCHLD", "SIGPIPE",
                 "SIGQUIT", "alarm", "setitimer", "pause"}
POSIX_PATH = re.compile(r"^(/(tmp|home|usr|etc|var|opt|dev|proc|media|mnt|root|run)(/|$)|~/)")

# Reviewed uses that are right on Windows too, with the reason.
ALLOWED = {
    ("keeper/core/files.py", "os.chmod"): "gives an output the umask's mode instead of "
    "mkstemp's 0600; on Windows it only clears the read-only flag, which is already clear",
    ("keeper/store/connection.py", "os.statvfs"): "asks the mount whether it is read-only; "
    "on Windows the AttributeError is caught and os.access has answered",
    ("keeper/district/receive.py", "os.sync"): "used only where hasattr(os, 'sync'); "
    "Windows flushes file by file",
    ("keeper/core/restore.py", ".read_text() without encoding"): "reads only the process id "
    "at the start of Qt's lock file (ASCII digits), with errors='replace'",
}
def _is_text_mode(call: ast.Call, mode_position: int) -> bool:
    mode = next((kw.value for kw in call.keywords if kw.arg == "mode"), None)
    if mode is None and len(call.args) > mode_position:
        mode = call.args[mode_position]
    if mode is None:
        return True  # the default mode is text
    return not (isinstance(mode, ast.Constant) and "b" in str(mode.value))


def _has_encoding(call: ast.Call, position: int | None = None) -> bool:
    return any(kw.arg == "encoding" for kw in call.keywords) or \
        (position is not None and len(call.args) > position)


def findings(source: str, name: str, allowed: dict = ALLOWED) -> list[str]:
    """What in ``source`` would break or differ on Windows, one line each, but for the
    ``allowed`` uses."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                       ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    found = []

    def report(node: ast.AST, what: str) -> None:
        if (name, what) not in allowed:
            found.append(f"{name}:{node.lineno}: {what}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in POSIX_MODULES:
                    report(node, f"import {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in POSIX_MODULES:
                report(node, f"from {node.module} import")
            elif node.module == "os":
                for alias in node.names:
                    if alias.name in POSIX_OS or alias.name == "chmod":
                        report(node, f"os.{alias.name}")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id == "os" and (node.attr in POSIX_OS or node.attr == "chmod"):
                report(node, f"os.{node.attr}")
            elif node.value.id == "signal" and node.attr in POSIX_SIGNALS:
                report(node, f"signal.{node.attr}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in docstrings and POSIX_PATH.match(node.value):
                report(node, f"POSIX path {node.value!r}")
        elif isinstance(node, ast.Call):
            problem = _encoding_problem(node)
            if problem:
                report(node, problem)
    return found


def _is_path_like(node: ast.AST) -> bool:
    """A ``Path(...)`` or a name keeper gives paths (``path``, ``target_file`` …)."""
    if isinstance(node, ast.Call):
        return isinstance(node.func, ast.Name) and node.func.id in ("Path", "PurePath")
    return isinstance(node, ast.Name) and (node.id.endswith(("path", "file", "folder"))
                                           or node.id in ("target", "source"))


def _encoding_problem(call: ast.Call) -> str | None:
    """Text read or written in the locale's encoding (no ``encoding=``)."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr in ("read_text", "write_text"):
        position = 0 if func.attr == "read_text" else 1
        return None if _has_encoding(call, position) else f".{func.attr}() without encoding"
    if isinstance(func, ast.Name) and func.id == "open" or \
            isinstance(func, ast.Attribute) and func.attr == "open" and \
            isinstance(func.value, ast.Name) and func.value.id in ("io", "codecs"):
        label, mode_at, encoding_at = "open()", 1, 3
    elif isinstance(func, ast.Attribute) and func.attr == "open" and \
            _is_path_like(func.value):
        label, mode_at, encoding_at = "Path.open()", 0, 2
    else:
        return None
    if _is_text_mode(call, mode_at) and not _has_encoding(call, encoding_at):
        return f"{label} in text mode without encoding"
    return None


def test_keeper_is_windows_safe():
    problems = []
    for path in sorted((ROOT / "keeper").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        problems += findings(path.read_text(encoding="utf-8"), name)
    assert problems == []


def test_every_allowed_exception_is_still_needed():
    found = set()
    for path in sorted((ROOT / "keeper").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        found |= {(name, line.split(": ", 1)[1])
                  for line in findings(path.read_text(encoding="utf-8"), name, allowed={})}
    assert found == set(ALLOWED)


BAD = textwrap.dedent('''
    """A docstring may say /home/user."""
    import fcntl
    import os
    import signal
    from os import getuid
    from pathlib import Path

    def lock(path):
        os.chmod(path, 0o600)
        os.symlink(path, path + ".link")
        signal.signal(signal.SIGHUP, None)
        with open(path, "w") as handle:
            handle.write("x")
        with open(path, "rb") as fine:
            fine.read()
        with open(path, "w", encoding="utf-8") as fine_too:
            fine_too.write("x")
        Path(path).read_text()
        Path(path).write_text("x", "utf-8")
        Path(path).write_text("x")
        with Path(path).open() as handle:
            handle.read()
        return os.path.join("/tmp", "keeper"), os.geteuid()
''')


@pytest.mark.parametrize("expected", [
    "bad.py:3: import fcntl",
    "bad.py:6: os.getuid",
    "bad.py:10: os.chmod",
    "bad.py:11: os.symlink",
    "bad.py:12: signal.SIGHUP",
    "bad.py:13: open() in text mode without encoding",
    "bad.py:19: .read_text() without encoding",
    "bad.py:21: .write_text() without encoding",
    "bad.py:22: Path.open() in text mode without encoding",
    "bad.py:24: POSIX path '/tmp'",
    "bad.py:24: os.geteuid",
])
def test_the_check_finds_what_breaks_on_windows(expected):
    assert expected in findings(BAD, "bad.py")


def test_the_check_passes_what_is_fine():
    found = findings(BAD, "bad.py")
    assert len(found) == 11, found  # the docstring, "rb", encoding= and write_text(x, enc) pass
