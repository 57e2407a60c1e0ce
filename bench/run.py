"""micropy's benchmark harness: run bench/*.py on the micropy builds, CPython 3
and PyPy 3 (whichever exist), side by side, and write the results.

    python3 bench/run.py [-n RUNS] [--engines a,b] [--no-chart] [names...]

For every program and engine: one warm-up run (not timed), then RUNS timed
runs, interleaved across engines (A B C D, A B C D, ...) so that machine noise
hits all engines alike.  Reported: the median wall time, its ratio to
CPython's, and the peak memory (max RSS of the child, from os.wait4).  Every
run's output must equal CPython's: a failure or a different output is marked
in every table, never hidden, and such a cell is left out of the geometric
mean.

Writes bench/results/results.md (tables), bench/results/results.json (raw
numbers) and bench/results/chart.png (ratios to CPython, log scale; needs
matplotlib, skipped with a note when it is missing).
"""
import argparse
import datetime
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RESULTS = os.path.join(HERE, "results")
REF = "cpython"


# ---------------------------------------------------------------- engines

def find_engines():
    """[(name, argv prefix)] of the engines found, in table order."""
    found = []
    for name in ("micropy-jit", "micropy"):
        path = os.path.join(ROOT, "build", name)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            found.append((name, [path]))
    found.append((REF, [sys.executable]))
    pypy = shutil.which("pypy3")
    if pypy:
        found.append(("pypy", [pypy]))
    return found


def engine_version(cmd):
    """sys.version; micropy's --version line names the commit it was built from."""
    try:
        if os.path.basename(cmd[0]).startswith("micropy"):
            args = cmd + ["--version"]
        else:
            args = cmd + ["-c", "import sys; print(sys.version)"]
        p = subprocess.run(args, capture_output=True, text=True, timeout=60)
        return " ".join(p.stdout.split())
    except (OSError, subprocess.TimeoutExpired):
        return "?"


# ---------------------------------------------------------------- running

def gnu_time():
    """Path of GNU time, or None.  Peak memory is read through it when it is
    there: os.wait4 on a child that Python forked reports at least the RSS
    of the forking Python process (Linux keeps the high-water mark across
    fork and exec: ~14 MB here), which would hide a small engine's real
    peak.  GNU time forks from a ~1 MB process and reports its own child's
    wait4 ru_maxrss, so the floor drops to ~1 MB."""
    for path in ("/usr/bin/time", shutil.which("gtime") or ""):
        if path and os.access(path, os.X_OK):
            try:
                p = subprocess.run([path, "--version"], capture_output=True, text=True,
                                   timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                continue
            if "GNU" in p.stdout + p.stderr:
                return path
    return None


TIME = gnu_time()


def run_once(cmd, prog, args, timeout):
    """Run one program; return dict(time, rc, out, err, maxrss_kb)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(mode="r", suffix=".rss") as rss:
        argv = cmd + [prog] + args
        if TIME:
            argv = [TIME, "-q", "-f", "%M", "-o", rss.name] + argv
        t0 = time.perf_counter()
        p = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                             cwd=HERE, start_new_session=True)
        timed_out = []

        def kill():
            timed_out.append(True)
            try:
                os.killpg(p.pid, 9)
            except OSError:
                pass
        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, rusage = os.wait4(p.pid, 0)
        finally:
            timer.cancel()
        dt = time.perf_counter() - t0
        if os.WIFSIGNALED(status):
            rc = -os.WTERMSIG(status)
        else:
            rc = os.WEXITSTATUS(status)
        p.returncode = rc                 # reaped here: keep Popen from waiting again
        # ru_maxrss is in KiB on Linux (bytes on macOS)
        maxrss = rusage.ru_maxrss // (1024 if sys.platform == "darwin" else 1)
        if TIME:
            lines = [l.strip() for l in rss.read().splitlines() if l.strip().isdigit()]
            if lines:
                maxrss = int(lines[-1])
        out.seek(0)
        err.seek(0)
        res = {
            "time": dt,
            "rc": "timeout" if timed_out else rc,
            "out": out.read().decode("utf-8", "replace"),
            "err": err.read().decode("utf-8", "replace"),
            "maxrss_kb": maxrss,
        }
        return res


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    if n == 0:
        return None
    if n % 2:
        return xs[n // 2]
    return (xs[n // 2 - 1] + xs[n // 2]) / 2.0


def geomean(xs):
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def status_of(runs, ref_out):
    """'ok', 'FAIL' (non-zero exit / timeout) or 'DIFF' (output differs)."""
    if any(r["rc"] != 0 for r in runs):
        return "FAIL"
    if ref_out is None or any(r["out"] != ref_out for r in runs):
        return "DIFF"
    return "ok"


def bench_program(prog, engines, nruns, args, timeout):
    path = os.path.join(HERE, prog + ".py")
    runs = {name: [] for name, _ in engines}
    warm = {}
    for name, cmd in engines:                       # warm-up, not timed
        warm[name] = run_once(cmd, path, args, timeout)
    for _ in range(nruns):                          # interleaved timed runs
        for name, cmd in engines:
            runs[name].append(run_once(cmd, path, args, timeout))
    ref_runs = [warm[REF]] + runs[REF] if REF in warm else []
    ref_out = None
    if ref_runs and all(r["rc"] == 0 for r in ref_runs):
        ref_out = ref_runs[0]["out"]
    result = {"name": prog, "reference_output": ref_out, "engines": {}}
    for name, _ in engines:
        allr = [warm[name]] + runs[name]
        st = status_of(allr, ref_out)
        if name == REF and ref_out is not None and st == "DIFF":
            st = "NONDET"                           # CPython disagrees with itself
        times = [r["time"] for r in runs[name]]
        entry = {
            "status": st,
            "times": times,
            "median": median(times),
            "peak_mb": max(r["maxrss_kb"] for r in allr) / 1024.0,
        }
        bad = [r for r in allr if r["rc"] != 0 or r["out"] != ref_out]
        if bad and st != "ok":
            b = bad[0]
            entry["rc"] = b["rc"]
            entry["output"] = b["out"][-2000:]
            entry["stderr"] = b["err"][-2000:]
        result["engines"][name] = entry
    ref = result["engines"].get(REF)
    for name, entry in result["engines"].items():
        if ref and ref["median"] and entry["median"] is not None:
            entry["ratio"] = entry["median"] / ref["median"]
        else:
            entry["ratio"] = None
    return result


# ---------------------------------------------------------------- reports

def commit():
    try:
        return subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True).stdout.strip() or "?"
    except OSError:
        return "?"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def machine_info():
    u = platform.uname()
    return {
        "uname": " ".join([u.system, u.node, u.release, u.version, u.machine]),
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
    }


def cell(entry):
    if entry["status"] == "FAIL":
        return "FAILED"
    s = "%.3f" % entry["median"]
    if entry["status"] != "ok":
        s += " (%s)" % entry["status"]
    return s


def ratio_cell(entry):
    if entry["status"] == "FAIL" or entry["ratio"] is None:
        return "-"
    s = "%.2f" % entry["ratio"]
    if entry["status"] != "ok":
        s += " (%s)" % entry["status"]
    return s


def summary(results, names):
    geo = {}
    for name in names:
        ratios = [r["engines"][name]["ratio"] for r in results
                  if r["engines"][name]["status"] == "ok"
                  and r["engines"][name]["ratio"]]
        geo[name] = {"geomean_ratio": geomean(ratios), "count": len(ratios)}
    return geo


def write_markdown(path, meta, results, names, geo):
    L = []
    L.append("# micropy benchmarks")
    L.append("")
    L.append("- commit: `%s`" % meta["commit"])
    L.append("- date: %s" % meta["date"])
    L.append("- machine: %s" % meta["machine"]["uname"])
    L.append("- CPU: %s, %s cores" % (meta["machine"]["cpu"], meta["machine"]["cores"]))
    L.append("- runs: 1 warm-up + %d timed runs per engine and program, interleaved; "
             "median wall time" % meta["runs"])
    for name in names:
        L.append("- %s: `%s` (%s)" % (name, meta["engines"][name]["path"],
                                      meta["engines"][name]["version"]))
    L.append("")
    L.append("Ratio = engine median / CPython median (lower is faster; < 1 beats "
             "CPython). FAILED = non-zero exit or timeout; DIFF = output differs "
             "from CPython's. Both are left out of the geometric mean.")
    L.append("")
    L.append("## Time (median seconds) and ratio to CPython")
    L.append("")
    head = ["benchmark"]
    for name in names:
        head.append("%s s" % name)
        if name != REF:
            head.append("%s ratio" % name)
    L.append("| " + " | ".join(head) + " |")
    L.append("|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|")
    for r in results:
        row = [r["name"]]
        for name in names:
            e = r["engines"][name]
            row.append(cell(e))
            if name != REF:
                row.append(ratio_cell(e))
        L.append("| " + " | ".join(row) + " |")
    row = ["**geometric mean**"]
    for name in names:
        g = geo[name]
        row.append("")
        if name != REF:
            row.append("**%.2f** (%d)" % (g["geomean_ratio"], g["count"])
                       if g["geomean_ratio"] else "-")
    L.append("| " + " | ".join(row) + " |")
    L.append("")
    L.append("## Peak memory (max RSS, MB)")
    L.append("")
    L.append("Largest over all runs; %s." % meta["peak_memory"])
    L.append("")
    L.append("| benchmark | " + " | ".join(names) + " |")
    L.append("|---|" + "|".join(["---:"] * len(names)) + "|")
    for r in results:
        L.append("| %s | %s |" % (r["name"], " | ".join(
            "%.1f" % r["engines"][n]["peak_mb"] for n in names)))
    L.append("")
    problems = [(r["name"], n, r["engines"][n]) for r in results for n in names
                if r["engines"][n]["status"] != "ok"]
    L.append("## Failures and output differences")
    L.append("")
    if not problems:
        L.append("None: every engine printed CPython's output on every program.")
        L.append("")
    for prog, name, e in problems:
        L.append("### %s on %s: %s (exit %s)" % (prog, name, e["status"], e.get("rc")))
        L.append("")
        L.append("```")
        L.append((e.get("stderr") or "").strip()[-1500:] or "(no stderr)")
        L.append("--- stdout:")
        L.append((e.get("output") or "").strip()[-1500:] or "(no output)")
        L.append("```")
        L.append("")
    if meta.get("chart"):
        L.append("## Chart")
        L.append("")
        L.append("![ratios to CPython](chart.png)")
    L.append("")
    with open(path, "w") as f:
        f.write("\n".join(L))


def write_chart(path, results, names, geo):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is missing: no chart (pip install matplotlib)")
        return False
    others = [n for n in names if n != REF]
    if not others:
        return False
    labels = [r["name"] for r in results] + ["GEOMEAN"]
    width = 0.8 / len(others)
    fig, ax = plt.subplots(figsize=(max(8, 0.75 * len(labels) + 2), 5.5))
    colors = {"micropy-jit": "#d62728", "micropy": "#ff7f0e", "pypy": "#2ca02c"}
    def xpos(i, k):
        return i + (k - (len(others) - 1) / 2.0) * width

    for k, name in enumerate(others):
        color = colors.get(name)
        xs, ys, dx, dy, fx = [], [], [], [], []
        for i, r in enumerate(results):
            e = r["engines"][name]
            if e["status"] == "FAIL" or e["ratio"] is None:
                fx.append(xpos(i, k))
            elif e["status"] == "ok":
                xs.append(xpos(i, k))
                ys.append(e["ratio"])
            else:
                dx.append(xpos(i, k))
                dy.append(e["ratio"])
        g = geo[name]["geomean_ratio"]
        if g:
            xs.append(xpos(len(results), k))
            ys.append(g)
        # bars grow from the CPython line: down = faster, up = slower
        ax.bar(xs, [y - 1.0 for y in ys], width, bottom=1.0, label=name, color=color)
        if dx:
            ax.bar(dx, [y - 1.0 for y in dy], width, bottom=1.0, color="white",
                   edgecolor=color, hatch="//", label=name + " (output differs)")
        for x in fx:
            ax.text(x, 1.0, "FAILED", rotation=90, ha="center", va="bottom",
                    fontsize=7, color=color)
    ax.axhline(1.0, color="black", linewidth=1)
    ax.set_yscale("log")
    vals = [r["engines"][n]["ratio"] for r in results for n in others
            if r["engines"][n]["ratio"]] + [1.0]
    ax.set_ylim(min(vals) / 1.5, max(max(vals) * 2.0, 2.0))
    ax.set_ylabel("time / CPython time (log scale, lower is faster)")
    ax.set_xticks(range(len(labels)))
    ax.set_xticklabels(labels, rotation=45, ha="right")
    ax.set_title("micropy benchmarks: ratio to CPython (line = CPython)")
    ax.legend()
    ax.grid(axis="y", which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


# ---------------------------------------------------------------- main

def list_programs(names):
    progs = sorted(f[:-3] for f in os.listdir(HERE)
                   if f.endswith(".py") and f != "run.py" and not f.startswith("_"))
    if names:
        missing = [n for n in names if n not in progs]
        if missing:
            sys.exit("no such benchmark: %s (have: %s)" % (", ".join(missing), ", ".join(progs)))
        progs = [p for p in progs if p in names]
    return progs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--runs", type=int, default=5,
                    help="timed runs per engine and program (default 5)")
    ap.add_argument("--engines", default="",
                    help="comma-separated subset of: micropy-jit,micropy,cpython,pypy")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before a run is killed (default 300)")
    ap.add_argument("--args", default="",
                    help="extra arguments for every program, e.g. a size: --args 1000")
    ap.add_argument("--no-chart", action="store_true", help="skip the chart")
    ap.add_argument("--out", default=RESULTS, help="results directory")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    opts = ap.parse_args()

    progs = list_programs(opts.names)
    engines = find_engines()
    if opts.engines:
        want = opts.engines.split(",")
        engines = [e for e in engines if e[0] in want]
        if REF not in [e[0] for e in engines]:
            engines.append((REF, [sys.executable]))   # the reference is always needed
    names = [n for n, _ in engines]
    args = opts.args.split()

    meta = {
        "commit": commit(),
        "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
        "machine": machine_info(),
        "runs": opts.runs,
        "engines": {n: {"path": c[0], "version": engine_version(c)} for n, c in engines},
        "args": args,
        "peak_memory": ("max RSS via %s -f %%M (the engine's own wait4 ru_maxrss)" % TIME
                        if TIME else "max RSS via os.wait4 of the Popen'd child (GNU time "
                        "missing: includes the forking Python's ~14 MB, a floor)"),
    }
    print("commit %s; %s; %d timed runs; engines: %s" % (
        meta["commit"], meta["machine"]["cpu"], opts.runs, ", ".join(names)))
    print("median seconds (ratio to CPython); ! = failed or output differs")
    print("%-16s" % "benchmark" + "".join("%22s" % n for n in names))
    sys.stdout.flush()

    results = []
    for prog in progs:
        r = bench_program(prog, engines, opts.runs, args, opts.timeout)
        results.append(r)
        cells = []
        for n in names:
            e = r["engines"][n]
            if e["status"] == "FAIL":
                cells.append("%22s" % "FAILED!")
            else:
                mark = "" if e["status"] == "ok" else "!" + e["status"]
                cells.append("%22s" % ("%.3f (x%.2f)%s" % (e["median"], e["ratio"] or 0, mark)))
        print("%-16s" % prog + "".join(cells))
        sys.stdout.flush()

    geo = summary(results, names)
    print("%-16s" % "geomean ratio" + "".join(
        "%22s" % ("x%.2f (%d)" % (geo[n]["geomean_ratio"], geo[n]["count"])
                  if geo[n]["geomean_ratio"] else "-") for n in names))

    os.makedirs(opts.out, exist_ok=True)
    chart_path = os.path.join(opts.out, "chart.png")
    meta["chart"] = False
    if not opts.no_chart:
        meta["chart"] = write_chart(chart_path, results, names, geo)
    write_markdown(os.path.join(opts.out, "results.md"), meta, results, names, geo)
    with open(os.path.join(opts.out, "results.json"), "w") as f:
        json.dump({"meta": meta, "geomean": geo, "results": results}, f, indent=1)
    print("wrote %s/results.md, results.json%s" % (
        os.path.relpath(opts.out), ", chart.png" if meta["chart"] else " (no chart)"))
    bad = [(r["name"], n) for r in results for n in names
           if r["engines"][n]["status"] != "ok"]
    if bad:
        print("problems: " + ", ".join("%s on %s: %s" % (p, n, [
            r for r in results if r["name"] == p][0]["engines"][n]["status"]) for p, n in bad))


if __name__ == "__main__":
    main()
