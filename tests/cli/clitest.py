"""Helpers for the tests of the `aster` command: run it, and drive the REPL
through a pseudo-terminal (a transcript is checked with expect())."""
import os
import pty
import select
import subprocess
import sys
import tempfile
import time

ASTER = os.environ.get("ASTER") or os.path.join(os.path.dirname(__file__), "..", "..", "build", "aster")
failures = []


def run(args, stdin=None, cwd=None, env=None):
    """Run aster with args; returns (status, stdout, stderr)."""
    p = subprocess.run([ASTER] + args, input=stdin, capture_output=True, text=True, cwd=cwd, env=env, timeout=60)
    return p.returncode, p.stdout, p.stderr


def check(cond, what, detail=""):
    if not cond:
        failures.append(what + ("\n    " + detail.replace("\n", "\n    ") if detail else ""))


def finish():
    for f in failures:
        print("FAIL:", f)
    sys.exit(1 if failures else 0)


class Repl:
    """The aster REPL on a pseudo-terminal, HOME in a fresh directory."""

    def __init__(self, args=(), home=None, cwd=None):
        self.home = home or tempfile.mkdtemp(prefix="aster-home-")
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["HOME"] = self.home
            os.environ["TERM"] = "dumb"
            if cwd:
                os.chdir(cwd)
            os.execv(ASTER, [ASTER] + list(args))
        self.transcript = ""
        self.pos = 0

    def send(self, text):
        os.write(self.fd, text.encode())

    def _read(self, timeout):
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.fd, 4096)
        except OSError:
            return None
        if not data:
            return None
        self.transcript += data.decode(errors="replace").replace("\r\n", "\n")
        return True

    def expect(self, text, timeout=20):
        """Wait until `text` appears after what was matched so far."""
        end = time.time() + timeout
        while True:
            i = self.transcript.find(text, self.pos)
            if i >= 0:
                self.pos = i + len(text)
                return True
            left = end - time.time()
            if left <= 0 or self._read(left) is None:
                check(False, "REPL output lacks %r" % text, "transcript after last match:\n" + self.transcript[self.pos:])
                return False

    def line(self, text, wait=">>> "):
        """Type a line and wait for the next prompt."""
        self.send(text + "\r")
        return self.expect(wait)

    def close(self, timeout=20):
        """Wait for the process to end; returns its exit status."""
        end = time.time() + timeout
        while time.time() < end:
            if self._read(0.2) is None:
                break
        for _ in range(100):
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(st)
            time.sleep(0.1)
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)
        check(False, "REPL did not exit", self.transcript[-2000:])
        return None
