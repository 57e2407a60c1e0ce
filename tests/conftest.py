"""Differential test harness: run each program under tests/cases/ with micropy
and compare its stdout with the expected output (a `prog.py.exp` file next to
the program, or else what CPython prints for the same program).

The binary under test is $MICROPY (default: <repo>/build/micropy); it may be a
shell script (e.g. an untranslated runner).  All selected programs are started
up front on a thread pool (size $MICROPY_JOBS, default: number of CPUs), so a
run is bounded by total CPU time rather than by process start-up latency.

Conventions for tests/cases/:
  * every `**/*.py` whose name does not start with `_` is one test case; files
    and folders starting with `_` are helper modules/packages a case may import;
  * a case runs with cwd = its own folder, stdin = /dev/null, 60 s timeout;
  * with `prog.py.exp` the expected stdout comes from that file and the
    program must exit normally (status 0); use .exp only where MicroPython
    differs from CPython on purpose;
  * without it, CPython (sys.executable) is the oracle: stdout must match, the
    exit status must match, and for an uncaught exception the exception type
    name (last line of stderr, before ':') must match;
  * CPython runs with -S (no site import): much faster start-up.

This file is also seen by the Python 2.7 pytest that runs tests/unit, so it
keeps to Python 2 compatible syntax and only does work under Python 3.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CASES_DIR = os.path.join(HERE, 'cases')
TIMEOUT = 60

# the programs under cases/ are not pytest modules
collect_ignore = ['cases']


def micropy_path():
    return os.environ.get('MICROPY') or os.path.join(REPO, 'build', 'micropy')


class RunResult(object):
    def __init__(self, returncode, stdout, stderr, timed_out=False, error=None):
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out
        self.error = error  # could not start the process at all

    def exception_name(self):
        """Type name of an uncaught exception, from the last stderr line."""
        lines = [l for l in self.stderr.splitlines() if l.strip()]
        if not lines or 'Traceback (most recent call last):' not in self.stderr:
            return None
        last = lines[-1]
        name = last.split(':', 1)[0].strip()
        if not name or ' ' in name:
            return None
        # CPython qualifies classes from other modules ('mod.Error')
        return name.rsplit('.', 1)[-1]

    def stderr_tail(self, n=15):
        lines = self.stderr.splitlines()
        lines = [l for l in lines if not l.startswith('[version:WARNING]')]
        return '\n'.join(lines[-n:])


def run_program(argv, cwd):
    import subprocess
    env = dict(os.environ)
    env['PYTHONIOENCODING'] = 'utf-8'
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    env['PYTHONHASHSEED'] = '0'
    try:
        p = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=env, start_new_session=True)
    except OSError as e:
        return RunResult(None, '', '', error='cannot run %r: %s' % (argv[0], e))
    try:
        out, err = p.communicate(timeout=TIMEOUT)
        timed_out = False
    except subprocess.TimeoutExpired:
        import signal
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            p.kill()
        out, err = p.communicate()
        timed_out = True
    return RunResult(p.returncode, out.decode('utf-8', 'replace'),
                     err.decode('utf-8', 'replace'), timed_out)


class CaseRunner(object):
    """Runs case programs (micropy and the CPython oracle) on a thread pool.

    The first request starts every selected case, in test order, so later
    tests usually find their results ready."""

    def __init__(self, micropy, cases, jobs):
        import concurrent.futures
        self.micropy = micropy
        self.cases = cases
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=jobs)
        self.futures = {}
        self.started = False

    def _submit(self, case):
        if case in self.futures:
            return
        prog = os.path.join(CASES_DIR, case)
        cwd = os.path.dirname(prog)
        name = os.path.basename(prog)
        f_mp = self.pool.submit(run_program, [self.micropy, name], cwd)
        if os.path.exists(prog + '.exp'):
            f_py = None
        else:
            # -S: site.py (site-packages, .pth files) is most of CPython's start-up
            f_py = self.pool.submit(run_program, [sys.executable, '-S', name], cwd)
        self.futures[case] = (f_mp, f_py)

    def get(self, case):
        if not self.started:
            self.started = True
            for c in self.cases:
                self._submit(c)
        self._submit(case)
        f_mp, f_py = self.futures[case]
        return f_mp.result(), (f_py.result() if f_py is not None else None)

    def close(self):
        if sys.version_info >= (3, 9):
            self.pool.shutdown(wait=False, cancel_futures=True)
        else:
            self.pool.shutdown(wait=False)


if sys.version_info[0] >= 3:
    import pytest

    @pytest.fixture(scope='session')
    def micropy():
        """Absolute path of the binary under test (it may not exist: the test
        itself reports that as a failure)."""
        return os.path.abspath(micropy_path())

    @pytest.fixture(scope='session')
    def case_runner(request, micropy):
        cases = []
        for item in request.session.items:
            callspec = getattr(item, 'callspec', None)
            if callspec is not None and 'case' in callspec.params:
                cases.append(callspec.params['case'])
        jobs = int(os.environ.get('MICROPY_JOBS') or 0) or (os.cpu_count() or 2)
        runner = CaseRunner(micropy, cases, jobs)
        yield runner
        runner.close()
