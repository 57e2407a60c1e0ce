"""One test per program under tests/cases/: micropy's stdout must equal the
expected output (prog.py.exp, or CPython's stdout); see conftest.py."""
import difflib
import os

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
CASES_DIR = os.path.join(HERE, 'cases')


def list_cases():
    out = []
    for dirpath, dirnames, filenames in os.walk(CASES_DIR):
        dirnames[:] = [d for d in dirnames if not d.startswith(('.', '_'))]
        for fn in filenames:
            if fn.endswith('.py') and not fn.startswith('_'):
                rel = os.path.relpath(os.path.join(dirpath, fn), CASES_DIR)
                out.append(rel.replace(os.sep, '/'))
    return sorted(out)


CASES = list_cases()


def udiff(expected, got, expected_name):
    lines = difflib.unified_diff(expected.splitlines(True), got.splitlines(True),
                                 expected_name, 'micropy', lineterm='\n')
    text = ''.join(l if l.endswith('\n') else l + '\n\\ No newline at end of file\n'
                   for l in lines)
    if len(text) > 8000:
        text = text[:8000] + '\n... (diff truncated)\n'
    return text


def describe(res):
    if res.timed_out:
        return 'timed out'
    if res.returncode == 0:
        return 'exit 0'
    exc = res.exception_name()
    if exc:
        return 'exit %s, uncaught %s' % (res.returncode, exc)
    return 'exit %s' % res.returncode


@pytest.mark.parametrize('case', CASES)
def test_case(case, micropy, case_runner):
    if not os.path.exists(micropy):
        pytest.fail('micropy binary not found: %s (build it with `make`, or set '
                    'MICROPY to the binary or a runner script)' % micropy, pytrace=False)
    if not os.access(micropy, os.X_OK):
        pytest.fail('micropy binary is not executable: %s' % micropy, pytrace=False)

    prog = os.path.join(CASES_DIR, case)
    got, ref = case_runner.get(case)
    if got.error:
        pytest.fail(got.error, pytrace=False)
    if got.timed_out:
        pytest.fail('micropy timed out on %s; stdout so far:\n%s' % (case, got.stdout),
                    pytrace=False)

    if ref is None:
        with open(prog + '.exp', encoding='utf-8') as f:
            expected = f.read()
        expected_name = case + '.exp'
        exp_code, exp_exc = 0, None
    else:
        if ref.error or ref.timed_out:
            pytest.fail('CPython failed to run %s: %s' % (case, ref.error or 'timed out'),
                        pytrace=False)
        expected = ref.stdout
        expected_name = 'CPython'
        exp_code, exp_exc = ref.returncode, ref.exception_name()

    problems = []
    if got.stdout != expected:
        problems.append('stdout differs:\n' + udiff(expected, got.stdout, expected_name))
    got_exc = got.exception_name()
    if got.returncode != exp_code or got_exc != exp_exc:
        problems.append('expected %s, micropy: %s' % (
            'exit %s%s' % (exp_code, ', uncaught %s' % exp_exc if exp_exc else ''),
            describe(got)))
    if problems:
        if got.stderr.strip():
            problems.append('micropy stderr (tail):\n' + got.stderr_tail())
        pytest.fail('%s:\n%s' % (case, '\n'.join(problems)), pytrace=False)
