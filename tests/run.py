#!/usr/bin/env python3
"""Aster's test runner.

Test programs live under tests/ as annotated scripts (Wren style):

    print(1 + 1)        # expect: 2
    # expect-stderr: ZeroDivisionError: division by zero
    # exit: 1

- `# expect: TEXT` lines, in order, are the expected standard output lines
  (a sibling NAME.out file may hold the expected output instead).
- `# expect-stderr: TEXT` lines must each appear, in order, as a line of the
  standard error (a sibling NAME.err file holds an exact expected stderr).
- `# exit: N` is the expected exit status (default 0, or 1 with stderr
  expectations). `# args: a b` passes arguments. `# stdin: TEXT` feeds input.
- Files ending in .py are valid Python: they also run under python3, and
  CPython's stdout and exit status must equal Aster's.
- `# env: NAME=VALUE` sets an environment variable for the program.
- `# sigint-after: TEXT` sends SIGINT to the program once it has printed
  the line TEXT (a repeated annotation sends one more SIGINT, 0.15 s later);
  a program killed by SIGINT has `# exit: -2`.
- tests/c/test_*.c are C programs linked with build/libaster.a exactly as an
  embedding host would; they must exit 0.
- tests/cli/test_*.py are Python driver scripts for the `aster` command
  (flags, exit statuses, the REPL through a pseudo-terminal, `aster test`):
  run by python3 with ASTER set to the binary; they must exit 0.

The last line printed is `N passed, N failed`.
"""
import concurrent.futures
import difflib
import glob
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ASTER = os.environ.get("ASTER_BIN") or os.path.join(ROOT, "build", "aster")
TIMEOUT = 60


def python_exe():
    for cand in ("python3",):
        p = shutil.which(cand)
        if p:
            return p
    return None


def parse_annotations(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    expect, stderr, exitcode, args, stdin = [], [], None, [], None
    sigint = []
    env = {}
    for line in text.splitlines():
        m = re.search(r"#\s*expect:\s?(.*)$", line)
        if m:
            expect.append(m.group(1))
        m = re.search(r"#\s*expect-stderr:\s?(.*)$", line)
        if m:
            stderr.append(m.group(1))
        m = re.search(r"#\s*exit:\s*(-?\d+)", line)
        if m:
            exitcode = int(m.group(1))
        m = re.search(r"#\s*args:\s*(.*)$", line)
        if m:
            args = m.group(1).split()
        m = re.search(r"#\s*env:\s*(\w+)=(.*)$", line)
        if m:
            env[m.group(1)] = m.group(2).strip()
        m = re.search(r"#\s*sigint-after:\s?(.*)$", line)
        if m:
            sigint.append(m.group(1).strip())
        m = re.search(r"#\s*stdin:\s?(.*)$", line)
        if m:
            stdin = (stdin or "") + m.group(1).replace("\\n", "\n")
    base = os.path.splitext(path)[0]
    out_file = base + ".out"
    expected_out = None
    if os.path.exists(out_file):
        with open(out_file, encoding="utf-8") as f:
            expected_out = f.read()
    elif expect:
        expected_out = "\n".join(expect) + "\n"
    err_file = base + ".err"
    expected_err = None
    if os.path.exists(err_file):
        with open(err_file, encoding="utf-8") as f:
            expected_err = f.read()
    if exitcode is None:
        exitcode = 1 if (stderr or expected_err) else 0
    return expected_out, stderr, expected_err, exitcode, args, stdin, sigint, env


def diff(a, b, na, nb):
    return "".join(difflib.unified_diff(a.splitlines(True), b.splitlines(True), na, nb, n=1))


def run_interrupted(cmd, stdin, cwd, sigint, env=None):
    """Run cmd, sending SIGINT after each awaited line of its stdout."""
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin else subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, cwd=cwd, errors="replace", env=env)
    timer = threading.Timer(TIMEOUT, p.kill)
    timer.start()
    try:
        if stdin:
            p.stdin.write(stdin)
            p.stdin.close()
            p.stdin = None
        lines, seen = [], set()
        for text in sigint:
            if text in seen:
                time.sleep(0.15)
            else:
                while True:
                    line = p.stdout.readline()
                    if not line:
                        break
                    lines.append(line)
                    if line.rstrip("\n") == text:
                        break
                seen.add(text)
                time.sleep(0.1)
            if p.poll() is None:
                p.send_signal(signal.SIGINT)
        out, err = p.communicate()
    finally:
        timer.cancel()
    return p.returncode, "".join(lines) + out, err


def run(cmd, stdin, cwd, sigint=None, env=None):
    if env:
        env = dict(os.environ, **env)
    if sigint:
        return run_interrupted(cmd, stdin, cwd, sigint, env)
    try:
        p = subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=TIMEOUT, cwd=cwd,
                           errors="replace", env=env)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return None, "", "TIMEOUT after %ds" % TIMEOUT


def check_program(path):
    rel = os.path.relpath(path, ROOT)
    expected_out, stderr_lines, expected_err, exitcode, args, stdin, sigint, env = parse_annotations(path)
    cwd = os.path.dirname(path)
    code, out, err = run([ASTER, os.path.basename(path)] + args, stdin, cwd, sigint, env)
    problems = []
    if code is None:
        problems.append("timed out")
    if code != exitcode:
        problems.append("exit status %s, expected %s" % (code, exitcode))
    if expected_out is not None and out != expected_out:
        problems.append("stdout differs:\n" + diff(expected_out, out, "expected", "aster"))
    if expected_err is not None and err != expected_err:
        problems.append("stderr differs:\n--- expected\n%s--- got\n%s" % (expected_err, err))
    if stderr_lines:
        lines = err.splitlines()
        i = 0
        for want in stderr_lines:
            while i < len(lines) and lines[i].strip() != want.strip():
                i += 1
            if i == len(lines):
                problems.append("stderr lacks line %r; got:\n%s" % (want, err))
                break
            i += 1
    if not stderr_lines and expected_err is None and exitcode == 0 and err:
        problems.append("unexpected stderr:\n" + err)
    if path.endswith(".py") and PYTHON:
        pcode, pout, perr = run([PYTHON, os.path.basename(path)] + args, stdin, cwd, sigint, env)
        if pout != out:
            problems.append("differs from CPython:\n" + diff(pout, out, "python3", "aster"))
        if pcode != code:
            problems.append("exit status %s differs from CPython's %s (python3 stderr: %s)" % (code, pcode, perr[-500:]))
    return rel, problems


def check_c(path):
    rel = os.path.relpath(path, ROOT)
    exe = os.path.join(ROOT, "build", "tests", os.path.splitext(os.path.basename(path))[0])
    os.makedirs(os.path.dirname(exe), exist_ok=True)
    cflags = subprocess.run(["pkg-config", "--cflags", "lua5.4", "libuv"], capture_output=True, text=True).stdout.split()
    libs = subprocess.run(["pkg-config", "--libs", "lua5.4", "libuv", "libedit", "libpcre2-8"], capture_output=True, text=True).stdout.split()
    extra = [os.path.join(ROOT, "build", "libaster.a")]
    cmd = ["cc", "-std=c11", "-D_GNU_SOURCE", "-Wall", "-g", "-I" + os.path.join(ROOT, "vm"), "-I" + os.path.join(ROOT, "parser"),
           path, "-o", exe] + cflags + extra + libs + ["-lhttp_parser", "-lm", "-lpthread", "-ldl"]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        return rel, ["does not compile:\n" + p.stderr[-3000:]]
    code, out, err = run([exe], None, os.path.dirname(path))
    if code != 0:
        return rel, ["exit status %s\n%s%s" % (code, out[-3000:], err[-3000:])]
    return rel, []


def check_driver(path):
    rel = os.path.relpath(path, ROOT)
    env = dict(os.environ, ASTER=ASTER)
    try:
        p = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=TIMEOUT * 2,
                           cwd=os.path.dirname(path), env=env, errors="replace")
    except subprocess.TimeoutExpired:
        return rel, ["timed out"]
    if p.returncode != 0:
        return rel, ["exit status %s\n%s%s" % (p.returncode, p.stdout[-3000:], p.stderr[-3000:])]
    return rel, []


def check_parse(path):
    """tests/parser/NAME.py: the AST dump must equal NAME.expected."""
    rel = os.path.relpath(path, ROOT)
    with open(os.path.splitext(path)[0] + ".expected", encoding="utf-8") as f:
        expected = f.read()
    code, out, err = run([os.path.join(ROOT, "build", "parsetest"), path], None, ROOT)
    if out != expected:
        return rel, ["AST dump differs:\n" + diff(expected, out, "expected", "parsetest")]
    return rel, []


PYTHON = None


def main():
    global PYTHON
    PYTHON = python_exe()
    filters = sys.argv[1:]
    progs = sorted(glob.glob(os.path.join(ROOT, "tests", "**", "*.as"), recursive=True) +
                   glob.glob(os.path.join(ROOT, "tests", "**", "*.py"), recursive=True))
    progs = [p for p in progs if "/tests/parser/" not in p and not os.path.basename(p).startswith("_")
             and "/tests/support/" not in p and "/tests/cli/" not in p and os.path.basename(p) != "run.py"]
    drivers = sorted(glob.glob(os.path.join(ROOT, "tests", "cli", "test_*.py")))
    cprogs = sorted(glob.glob(os.path.join(ROOT, "tests", "c", "test_*.c")))
    parses = sorted(p for p in glob.glob(os.path.join(ROOT, "tests", "parser", "*.py"))
                    if os.path.exists(os.path.splitext(p)[0] + ".expected"))
    if filters:
        progs = [p for p in progs if any(f in p for f in filters)]
        cprogs = [p for p in cprogs if any(f in p for f in filters)]
        parses = [p for p in parses if any(f in p for f in filters)]
        drivers = [p for p in drivers if any(f in p for f in filters)]
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        futs = ([ex.submit(check_program, p) for p in progs] + [ex.submit(check_c, p) for p in cprogs] +
                [ex.submit(check_parse, p) for p in parses] + [ex.submit(check_driver, p) for p in drivers])
        for fut in futs:
            rel, problems = fut.result()
            if problems:
                failed += 1
                print("FAIL %s" % rel)
                for pr in problems:
                    print("    " + pr.replace("\n", "\n    "))
            else:
                passed += 1
                print("PASS %s" % rel)
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
