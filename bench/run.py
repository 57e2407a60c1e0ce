"""Run bench/*.py side by side on CPython, PyPy (if installed) and the micropy
builds that exist, and print a table of best-of-N wall times and ratios.

    python3 bench/run.py [-n RUNS] [bench names...]

Every engine must print the same output for a benchmark, or it is flagged.
The ratios are only meaningful within one run of this script: machines are
noisy, so all engines are timed interleaved, in the same session.
"""
import argparse
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def engines():
    found = [("cpython", [sys.executable])]
    pypy = shutil.which("pypy3") or shutil.which("pypy")
    if pypy:
        found.append(("pypy", [pypy]))
    for name in ("micropy", "micropy-jit"):
        path = os.path.join(ROOT, "build", name)
        if os.path.exists(path):
            found.append((name, [path]))
    return found


def run_once(cmd, prog):
    t0 = time.perf_counter()
    p = subprocess.run(cmd + [prog], capture_output=True, text=True, timeout=600)
    return time.perf_counter() - t0, p.returncode, p.stdout


def commit():
    try:
        return subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=3, help="runs per engine (best is kept)")
    ap.add_argument("names", nargs="*")
    opts = ap.parse_args()
    progs = sorted(f for f in os.listdir(HERE)
                   if f.endswith(".py") and f != "run.py"
                   and (not opts.names or f[:-3] in opts.names))
    engs = engines()
    print("commit %s; best of %d; ratio = engine time / CPython time" % (commit(), opts.n))
    header = "%-20s" % "benchmark" + "".join("%16s" % name for name, _ in engs)
    print(header)
    for prog in progs:
        path = os.path.join(HERE, prog)
        best = {name: None for name, _ in engs}
        outs = {}
        for _ in range(opts.n):
            for name, cmd in engs:
                dt, rc, out = run_once(cmd, path)
                if rc != 0:
                    dt = float("inf")
                outs[name] = out
                if best[name] is None or dt < best[name]:
                    best[name] = dt
        base = best["cpython"]
        cells = []
        for name, _ in engs:
            t = best[name]
            mark = "" if outs[name] == outs["cpython"] else "!"
            if t == float("inf"):
                cells.append("%16s" % "failed")
            else:
                cells.append("%16s" % ("%.3fs x%.2f%s" % (t, t / base, mark)))
        print("%-20s" % prog[:-3] + "".join(cells))
    print("(! = output differs from CPython's)")


if __name__ == "__main__":
    main()
