"""Command-line behaviour of micropy, as MicroPython's unix port has it:

    micropy [options] [-c CMD | -m MODULE | FILE] [args...]

The binary under test is $MICROPY (default: <repo>/build/micropy).  It may be
a shell script, e.g. an untranslated runner; such a runner may print lines
starting with "[version:" on stderr, which are ignored here.
"""
import os
import re
import subprocess
import textwrap

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
TIMEOUT = 120


def binary():
    return os.path.abspath(os.environ.get('MICROPY') or
                           os.path.join(REPO, 'build', 'micropy'))


def check_binary():
    path = binary()
    if not os.path.isfile(path):
        pytest.fail('micropy binary not found: %s (build it with `make`, or '
                    'set MICROPY to an interpreter/runner)' % path,
                    pytrace=False)
    if not os.access(path, os.X_OK):
        pytest.fail('micropy binary is not executable: %s' % path,
                    pytrace=False)
    return path


class Result(object):
    def __init__(self, rc, out, err):
        self.rc = rc
        self.out = out
        self.err = err

    def __repr__(self):
        return 'Result(rc=%r, out=%r, err=%r)' % (self.rc, self.out, self.err)


def run(args, stdin='', cwd=None, env=None):
    """Run micropy with args; stdin is a str fed through a pipe (None: the
    child gets /dev/null)."""
    exe = check_binary()
    full_env = dict(os.environ)
    full_env.pop('MICROPYPATH', None)
    full_env.pop('MICROPYINSPECT', None)
    if env:
        full_env.update(env)
    p = subprocess.Popen([exe] + list(args), cwd=cwd, env=full_env,
                         stdin=subprocess.PIPE if stdin is not None
                         else subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         start_new_session=True)
    try:
        out, err = p.communicate(
            stdin.encode('utf-8') if stdin is not None else None,
            timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        pytest.fail('micropy %r timed out' % (args,))
    err_lines = err.decode('utf-8', 'replace').splitlines(True)
    err = ''.join(l for l in err_lines if not l.startswith('[version:'))
    return Result(p.returncode, out.decode('utf-8', 'replace'), err)


def write(path, text):
    d = os.path.dirname(str(path))
    if d and not os.path.isdir(d):
        os.makedirs(d)
    with open(str(path), 'w') as f:
        f.write(textwrap.dedent(text))
    return str(path)


def last_line(s):
    lines = [l for l in s.splitlines() if l.strip()]
    return lines[-1] if lines else ''


# ---------------------------------------------------------------------------
# the binary itself

def test_binary_exists():
    check_binary()


# ---------------------------------------------------------------------------
# -c

def test_c_runs_command():
    r = run(['-c', 'print(1 + 2)'])
    assert (r.rc, r.out, r.err) == (0, '3\n', '')


def test_c_multiline_command():
    r = run(['-c', 'for i in range(3):\n    print(i)\nprint("end")'])
    assert (r.rc, r.out) == (0, '0\n1\n2\nend\n')


def test_c_argv():
    r = run(['-c', 'import sys; print(sys.argv)', 'a', 'b c', '-x'])
    assert r.rc == 0
    # like CPython (and MicroPython >= 1.21): '-c' then the arguments
    assert r.out == "['-c', 'a', 'b c', '-x']\n"


def test_c_argv_no_args():
    r = run(['-c', 'import sys; print(sys.argv)'])
    assert r.out == "['-c']\n"


def test_c_main_module():
    r = run(['-c', 'print(__name__)'])
    assert r.out == '__main__\n'


def test_c_sys_path_first_entry_is_empty():
    r = run(['-c', 'import sys; print(repr(sys.path[0]))'])
    assert r.out == "''\n"


def test_c_missing_argument():
    r = run(['-c'])
    assert r.rc == 1
    assert r.out == ''
    assert 'usage' in r.err


def test_c_stops_option_parsing():
    # everything after the command belongs to sys.argv, even options
    r = run(['-c', 'import sys; print(sys.argv[1:])', '-h', '--version'])
    assert (r.rc, r.out) == (0, "['-h', '--version']\n")


# ---------------------------------------------------------------------------
# FILE

def test_file_argv_and_main(tmp_path):
    write(tmp_path / 's.py', '''\
        import sys
        print(sys.argv)
        print(__name__)
        print(__file__)
        ''')
    r = run(['s.py', 'one', '-c', 'two'], cwd=str(tmp_path))
    assert r.rc == 0, r
    assert r.out == "['s.py', 'one', '-c', 'two']\n__main__\ns.py\n"


def test_file_argv0_is_path_as_given(tmp_path):
    p = write(tmp_path / 'sub' / 'prog.py', 'import sys; print(sys.argv[0])\n')
    r = run([p], cwd=str(tmp_path))
    assert r.out == p + '\n'
    r = run(['sub/prog.py', 'x'], cwd=str(tmp_path))
    assert r.out == 'sub/prog.py\n'


def test_file_script_dir_is_on_path(tmp_path):
    write(tmp_path / 'app' / 'helper.py', 'VALUE = 42\n')
    write(tmp_path / 'app' / 'main.py', '''\
        import helper
        print(helper.VALUE)
        ''')
    r = run(['app/main.py'], cwd=str(tmp_path))
    assert (r.rc, r.out) == (0, '42\n'), r


def test_file_options_before_script(tmp_path):
    write(tmp_path / 's.py', 'import sys; print(sys.argv); print(__debug__)\n')
    r = run(['-O', '-v', 's.py', '-O'], cwd=str(tmp_path))
    assert (r.rc, r.out) == (0, "['s.py', '-O']\nFalse\n"), r


def test_missing_script(tmp_path):
    r = run(['nope.py'], cwd=str(tmp_path))
    assert r.rc == 2
    assert r.out == ''
    assert re.match(r"^\S*micropy: can't open file 'nope\.py': "
                    r"\[Errno 2\] ENOENT$", r.err.strip()), r.err


def test_empty_script(tmp_path):
    write(tmp_path / 'e.py', '')
    r = run(['e.py'], cwd=str(tmp_path))
    assert (r.rc, r.out, r.err) == (0, '', '')


def test_script_with_only_comments(tmp_path):
    write(tmp_path / 'e.py', '# nothing\n\n   # here\n')
    r = run(['e.py'], cwd=str(tmp_path))
    assert (r.rc, r.out, r.err) == (0, '', '')


# ---------------------------------------------------------------------------
# -m

@pytest.fixture
def libdir(tmp_path):
    lib = tmp_path / 'lib'
    write(lib / 'mymod.py', '''\
        import sys
        print('mymod', __name__, sys.argv)
        if __name__ == '__main__':
            print('running as main')
        ''')
    write(lib / 'pkg' / '__init__.py', "print('pkg init', __name__)\n")
    write(lib / 'pkg' / '__main__.py', "print('pkg main', __name__)\n")
    write(lib / 'pkg' / 'sub.py', "print('sub', __name__)\n")
    write(lib / 'nomain' / '__init__.py', "X = 1\n")
    write(lib / 'failing.py', '''\
        def f():
            raise ValueError('from module')
        f()
        ''')
    write(tmp_path / 'other' / 'othermod.py', "print('othermod found')\n")
    return str(lib)


def test_m_module(tmp_path, libdir):
    r = run(['-m', 'mymod', 'x', 'y'], cwd=str(tmp_path),
            env={'MICROPYPATH': libdir})
    assert r.rc == 0, r
    assert r.out == ("mymod __main__ ['mymod', 'x', 'y']\n"
                     "running as main\n")


def test_m_package_runs_dunder_main(tmp_path, libdir):
    r = run(['-m', 'pkg'], cwd=str(tmp_path), env={'MICROPYPATH': libdir})
    assert r.rc == 0, r
    assert r.out == 'pkg init pkg\npkg main __main__\n'


def test_m_submodule(tmp_path, libdir):
    r = run(['-m', 'pkg.sub'], cwd=str(tmp_path), env={'MICROPYPATH': libdir})
    assert r.rc == 0, r
    assert r.out == 'pkg init pkg\nsub __main__\n'


def test_m_package_without_main(tmp_path, libdir):
    r = run(['-m', 'nomain'], cwd=str(tmp_path), env={'MICROPYPATH': libdir})
    assert r.rc == 1
    assert 'ImportError' in last_line(r.err)


def test_m_missing_module(tmp_path):
    r = run(['-m', 'no_such_module_xyz'], cwd=str(tmp_path))
    assert r.rc == 1
    assert last_line(r.err).startswith('ImportError:')
    assert 'no_such_module_xyz' in r.err


def test_m_found_in_cwd(tmp_path):
    # sys.path[0] is '' for -m, so the current directory is searched
    write(tmp_path / 'here.py', "print('here', __name__)\n")
    r = run(['-m', 'here'], cwd=str(tmp_path))
    assert (r.rc, r.out) == (0, 'here __main__\n'), r


def test_m_multiple_micropypath_entries(tmp_path, libdir):
    path = '/nonexistent/dir:%s:%s' % (libdir, tmp_path / 'other')
    r = run(['-m', 'othermod'], cwd=str(tmp_path),
            env={'MICROPYPATH': path})
    assert (r.rc, r.out) == (0, 'othermod found\n'), r


def test_m_uncaught_exception_traceback(tmp_path, libdir):
    r = run(['-m', 'failing'], cwd=str(tmp_path), env={'MICROPYPATH': libdir})
    assert r.rc == 1
    assert r.err.startswith('Traceback (most recent call last):\n')
    assert 'failing.py", line 3' in r.err
    assert 'failing.py", line 2, in f' in r.err
    assert last_line(r.err) == 'ValueError: from module'


def test_m_missing_argument():
    r = run(['-m'])
    assert r.rc == 1
    assert 'usage' in r.err


# ---------------------------------------------------------------------------
# sys.path and MICROPYPATH

def test_micropypath_sets_sys_path(tmp_path):
    r = run(['-c', 'import sys; print(sys.path)'], cwd=str(tmp_path),
            env={'MICROPYPATH': '/a/b:/c:rel'})
    assert (r.rc, r.out) == (0, "['', '.frozen', '/a/b', '/c', 'rel']\n")


def test_default_sys_path(tmp_path):
    r = run(['-c', 'import sys; print(sys.path[0] == "", len(sys.path) > 1)'],
            cwd=str(tmp_path))
    assert r.out == 'True True\n'


def test_import_via_micropypath(tmp_path, libdir):
    r = run(['-c', 'import pkg.sub'], cwd='/', env={'MICROPYPATH': libdir})
    assert (r.rc, r.out) == (0, 'pkg init pkg\nsub pkg.sub\n'), r


# ---------------------------------------------------------------------------
# stdin

def test_script_from_stdin():
    r = run([], stdin='print(1)\n')
    assert (r.rc, r.out, r.err) == (0, '1\n', '')


def test_multiline_script_from_stdin():
    src = 'def f(x):\n    return x * 2\n\nprint(f(21))\nprint(f("ab"))\n'
    r = run([], stdin=src)
    assert (r.rc, r.out) == (0, '42\nabab\n')


def test_stdin_script_argv():
    r = run([], stdin='import sys; print(sys.argv)\n')
    assert r.out == "['']\n"


def test_empty_stdin():
    r = run([], stdin='')
    assert (r.rc, r.out) == (0, '')
    r = run([], stdin=None)
    assert (r.rc, r.out) == (0, '')


def test_stdin_script_error():
    r = run([], stdin='print("a")\n1/0\n')
    assert r.rc == 1
    assert r.out == 'a\n'
    assert r.err == ('Traceback (most recent call last):\n'
                     '  File "<stdin>", line 2, in <module>\n'
                     'ZeroDivisionError: divide by zero\n')


def test_stdin_script_without_final_newline():
    r = run([], stdin='x = 5\nprint(x)')
    assert (r.rc, r.out) == (0, '5\n')


def test_program_reads_stdin(tmp_path):
    write(tmp_path / 'r.py', '''\
        import sys
        line = sys.stdin.readline()
        print('got', repr(line))
        ''')
    r = run(['r.py'], stdin='hello\nworld\n', cwd=str(tmp_path))
    assert (r.rc, r.out) == (0, "got 'hello\\n'\n"), r


# ---------------------------------------------------------------------------
# -i

def test_i_after_command_reads_stdin():
    r = run(['-i', '-c', 'x = 41'], stdin='print(x + 1)\n')
    assert r.rc == 0, r
    assert '42' in r.out


def test_i_after_script(tmp_path):
    write(tmp_path / 's.py', 'def f():\n    return "from script"\nprint("ran")\n')
    r = run(['-i', 's.py'], stdin='print(f())\n', cwd=str(tmp_path))
    assert r.rc == 0, r
    assert r.out.startswith('ran\n')
    assert 'from script' in r.out


def test_i_repl_multiline_statement():
    # a compound statement continues until a blank line
    src = ('for i in range(2):\n    print("loop", i)\n    print("body", i)\n'
           '\nprint("done")\n')
    r = run(['-i', '-c', 'pass'], stdin=src)
    assert r.rc == 0, r
    assert r.err == ''
    for word in ['loop 0', 'body 0', 'loop 1', 'body 1', 'done']:
        assert word in r.out
    assert r.out.index('body 1') < r.out.index('done')


def test_i_repl_if_else_and_def():
    src = ('if 0:\n    x = 1\nelse:\n    x = 2\n\nprint("x is", x)\n'
           '@staticmethod\ndef f():\n    return 9\n\n'
           'class A:\n    def m(self):\n        return 5\n\nprint(A().m())\n')
    r = run(['-i', '-c', 'pass'], stdin=src)
    assert r.err == '', r
    assert 'x is 2' in r.out
    assert '5' in r.out


def test_i_repl_open_bracket_continues():
    r = run(['-i', '-c', 'pass'], stdin='x = (1,\n\n 2)\nprint("len", len(x))\n')
    assert r.err == '', r
    assert 'len 2' in r.out


def test_i_repl_compound_statement_at_eof():
    r = run(['-i', '-c', 'pass'], stdin='for i in range(2):\n    print("it", i)')
    assert r.err == '', r
    assert 'it 0' in r.out and 'it 1' in r.out


def test_i_repl_prints_expression_values():
    r = run(['-i', '-c', 'x = 21'], stdin='x * 2\nNone\n"s"\n')
    assert r.err == '', r
    assert '42\n' in r.out
    assert "'s'\n" in r.out
    assert 'None' not in r.out


def test_i_repl_syntax_error_does_not_end_session():
    r = run(['-i', '-c', 'pass'], stdin='x = = 1\nprint("next")\n')
    assert 'SyntaxError: invalid syntax' in r.err
    assert 'next' in r.out


def test_i_repl_error_does_not_end_session():
    r = run(['-i', '-c', 'pass'], stdin='1/0\nprint("still here")\n')
    assert 'ZeroDivisionError' in r.err
    assert 'still here' in r.out


def test_i_repl_sys_exit():
    r = run(['-i', '-c', 'pass'],
            stdin='import sys\nsys.exit(7)\nprint("not reached")\n')
    assert r.rc == 7
    assert 'not reached' not in r.out


# ---------------------------------------------------------------------------
# -O, -v, -X

def test_debug_true_by_default():
    r = run(['-c', 'print(__debug__)\nassert 1 == 2, "boom"'])
    assert r.out == 'True\n'
    assert r.rc == 1
    assert last_line(r.err) == 'AssertionError: boom'


@pytest.mark.parametrize('opt', ['-O', '-OO', '-O2'])
def test_optimize_disables_asserts(opt):
    r = run([opt, '-c', 'assert 1 == 2, "boom"\nprint(__debug__)'])
    assert (r.rc, r.out, r.err) == (0, 'False\n', '')


def test_optimize_if_debug_block():
    src = 'if __debug__:\n    print("debug")\nelse:\n    print("optimized")'
    assert run(['-c', src]).out == 'debug\n'
    assert run(['-O', '-c', src]).out == 'optimized\n'


def test_verbose_flag_accepted():
    r = run(['-v', '-c', 'print("ok")'])
    assert (r.rc, r.out) == (0, 'ok\n')
    r = run(['-v', '-v', '-c', 'print("ok")'])
    assert (r.rc, r.out) == (0, 'ok\n')


def test_X_option_accepted():
    r = run(['-X', 'heapsize=1M', '-c', 'print("ok")'])
    assert (r.rc, r.out) == (0, 'ok\n')
    r = run(['-X', 'heapsize=64K', '-X', 'emit=bytecode', '-c',
             'import sys; print(sys.argv)'])
    assert (r.rc, r.out) == (0, "['-c']\n")


def test_X_jit_parameters():
    # the JIT's tuning knobs (no effect on the plain build, same output)
    prog = 'print(sum(i * i for i in range(3000)))'
    for opt in ['jit=threshold=50,function_threshold=60,trace_limit=3000', 'jit=off']:
        r = run(['-X', opt, '-c', prog])
        assert (r.rc, r.out) == (0, '8995500500\n'), opt
    r = run(['-X', 'jit=threshold', '-c', 'print(1)'])
    assert r.rc == 1 and "bad -X jit= option 'threshold'" in r.err
    r = run(['-X', 'jit=trace_limit=100000', '-c', 'print(1)'])
    assert r.rc == 1 and 'trace_limit' in r.err


def test_X_missing_argument():
    r = run(['-X'])
    assert r.rc == 1


# ---------------------------------------------------------------------------
# --version, -h, bad options

def test_version():
    r = run(['--version'])
    assert r.rc == 0
    line = r.out.splitlines()[0]
    assert re.match(r'^MicroPython v\d+\.\d+\.\d+', line), r.out
    assert 'micropy' in line[len('MicroPython'):]


def test_version_matches_sys_implementation():
    r = run(['--version'])
    m = re.match(r'^MicroPython v(\d+)\.(\d+)\.(\d+)', r.out)
    r2 = run(['-c', 'import sys; print(sys.implementation.version[:3])'])
    assert r2.out == '(%s, %s, %s)\n' % m.groups()


def test_help():
    r = run(['-h'])
    assert r.rc == 0
    assert r.out.startswith('usage:')
    for opt in ['-c', '-m', '-i', '-O', '-X', '-v', '-h']:
        assert opt in r.out


def test_help_ignores_rest():
    r = run(['-h', '-c', 'print("should not run")'])
    assert r.rc == 0
    assert 'should not run' not in r.out


@pytest.mark.parametrize('opt', ['-Z', '--bogus', '-q'])
def test_unknown_option(opt):
    r = run([opt, '-c', 'print("should not run")'])
    assert r.rc == 1
    assert r.out == ''
    assert 'usage' in r.err


# ---------------------------------------------------------------------------
# exit status

@pytest.mark.parametrize('code, status', [
    ('pass', 0),
    ('raise SystemExit', 0),
    ('raise SystemExit()', 0),
    ('raise SystemExit(None)', 0),
    ('raise SystemExit(0)', 0),
    ('raise SystemExit(3)', 3),
    ('raise SystemExit(255)', 255),
    ('raise SystemExit(258)', 2),
    ('import sys; sys.exit()', 0),
    ('import sys; sys.exit(42)', 42),
    ('import sys\ndef f():\n    sys.exit(5)\nf()', 5),
    ('raise ValueError("x")', 1),
    ('raise KeyboardInterrupt', 130),
    ('raise KeyboardInterrupt()', 130),
    ('1/0', 1),
    ('x = (', 1),
])
def test_exit_status(code, status):
    r = run(['-c', code])
    assert r.rc == status, r


def test_system_exit_is_silent():
    r = run(['-c', 'print("a")\nraise SystemExit(4)\nprint("b")'])
    assert (r.rc, r.out, r.err) == (4, 'a\n', '')


def test_system_exit_message():
    r = run(['-c', 'raise SystemExit("bye now")'])
    assert r.rc == 1
    assert r.out == ''
    assert r.err == 'bye now\n'


def test_sys_exit_message():
    r = run(['-c', 'import sys; sys.exit("fatal: x")'])
    assert (r.rc, r.err) == (1, 'fatal: x\n')


def test_system_exit_caught():
    r = run(['-c', 'try:\n    raise SystemExit(3)\nexcept SystemExit as e:\n'
                   '    print("caught", e.args)\n'])
    assert (r.rc, r.out) == (0, 'caught (3,)\n')


def test_keyboard_interrupt_traceback():
    r = run(['-c', 'raise KeyboardInterrupt'])
    assert r.rc == 130
    assert re.match(r'^KeyboardInterrupt(: ?)?$', last_line(r.err))


def test_finally_runs_on_exit():
    r = run(['-c', 'import sys\ntry:\n    sys.exit(2)\nfinally:\n'
                   '    print("cleanup")\n'])
    assert (r.rc, r.out) == (2, 'cleanup\n')


# ---------------------------------------------------------------------------
# tracebacks

def test_traceback_format(tmp_path):
    write(tmp_path / 'x.py', '''\
        def f():
            return 1 // 0

        def g():
            f()

        g()
        ''')
    r = run(['x.py'], cwd=str(tmp_path))
    assert r.rc == 1
    assert r.out == ''
    assert r.err == ('Traceback (most recent call last):\n'
                     '  File "x.py", line 7, in <module>\n'
                     '  File "x.py", line 5, in g\n'
                     '  File "x.py", line 2, in f\n'
                     'ZeroDivisionError: divide by zero\n')


def test_traceback_uses_path_as_given(tmp_path):
    write(tmp_path / 'd' / 'y.py', 'print("before")\nraise ValueError("bad value")\n')
    r = run(['d/y.py'], cwd=str(tmp_path))
    assert r.rc == 1
    assert r.out == 'before\n'
    assert r.err == ('Traceback (most recent call last):\n'
                     '  File "d/y.py", line 2, in <module>\n'
                     'ValueError: bad value\n')


def test_traceback_across_modules(tmp_path):
    write(tmp_path / 'helper.py', 'def boom():\n    raise KeyError("k")\n')
    write(tmp_path / 'main.py', 'import helper\n\nhelper.boom()\n')
    r = run(['main.py'], cwd=str(tmp_path))
    assert r.rc == 1
    lines = r.err.splitlines()
    assert lines[0] == 'Traceback (most recent call last):'
    assert lines[1] == '  File "main.py", line 3, in <module>'
    # sys.path[0] is the script's real folder, as MicroPython sets it
    helper = os.path.join(os.path.realpath(str(tmp_path)), 'helper.py')
    assert lines[2] == '  File "%s", line 2, in boom' % helper
    # MicroPython prints a single exception argument with str()
    assert lines[3] == 'KeyError: k'


def test_exception_without_message(tmp_path):
    # CPython prints "ValueError", MicroPython "ValueError: "
    r = run(['-c', 'raise ValueError'])
    assert re.match(r'^ValueError(: ?)?$', last_line(r.err))
    r = run(['-c', 'raise ValueError()'])
    assert re.match(r'^ValueError(: ?)?$', last_line(r.err))


def test_user_exception_class():
    r = run(['-c', 'class MyError(Exception):\n    pass\n'
                   'raise MyError("custom", 2)'])
    assert r.rc == 1
    assert last_line(r.err) == "MyError: ('custom', 2)"


@pytest.mark.parametrize('code, msg', [
    ('1/0', 'ZeroDivisionError: divide by zero'),
    ('1 % 0', 'ZeroDivisionError: divide by zero'),
    ('undefined_name', "NameError: name 'undefined_name' isn't defined"),
    ('[][1]', 'IndexError: list index out of range'),
    ('{}["k"]', 'KeyError: k'),
    ('int("x")', "ValueError: invalid syntax for integer with base 10: 'x'"),
    ('None.foo', "AttributeError: 'NoneType' object has no attribute 'foo'"),
    ('1 + "a"', "TypeError: unsupported types for __add__: 'int', 'str'"),
])
def test_micropython_error_messages(code, msg):
    r = run(['-c', code])
    assert r.rc == 1
    assert last_line(r.err) == msg


def test_output_flushed_before_traceback(tmp_path):
    write(tmp_path / 'p.py', 'for i in range(3):\n    print(i)\nraise RuntimeError("x")\n')
    r = run(['p.py'], cwd=str(tmp_path))
    assert r.out == '0\n1\n2\n'
    assert last_line(r.err) == 'RuntimeError: x'


def test_print_to_stderr():
    r = run(['-c', 'import sys\nprint("err", file=sys.stderr)\nprint("out")'])
    assert (r.out, r.err) == ('out\n', 'err\n')


def test_sys_print_exception():
    r = run(['-c', 'import sys\ndef f():\n    raise OSError(5)\ntry:\n    f()\n'
                   'except Exception as e:\n    sys.print_exception(e)\n'
                   'print("after")'])
    assert r.rc == 0
    assert r.out == ('Traceback (most recent call last):\n'
                     '  File "<stdin>", line 5, in <module>\n'
                     '  File "<stdin>", line 3, in f\n'
                     'OSError: [Errno 5] EIO\n'
                     'after\n')


# ---------------------------------------------------------------------------
# syntax errors

def test_syntax_error_in_file(tmp_path):
    write(tmp_path / 'bad.py', 'print("not run")\nx = 1\ny = = 2\n')
    r = run(['bad.py'], cwd=str(tmp_path))
    assert r.rc == 1
    assert r.out == ''
    assert r.err == ('Traceback (most recent call last):\n'
                     '  File "bad.py", line 3\n'
                     'SyntaxError: invalid syntax\n')


def test_syntax_error_in_command():
    r = run(['-c', 'if True\n    pass'])
    assert r.rc == 1
    assert r.err == ('Traceback (most recent call last):\n'
                     '  File "<stdin>", line 1\n'
                     'SyntaxError: invalid syntax\n')


def test_indentation_error(tmp_path):
    write(tmp_path / 'ind.py', 'if 1:\n    a = 1\n  b = 2\n')
    r = run(['ind.py'], cwd=str(tmp_path))
    assert r.rc == 1
    assert '  File "ind.py", line 3\n' in r.err
    assert last_line(r.err).startswith('IndentationError:')


def test_unexpected_indent(tmp_path):
    write(tmp_path / 'ind.py', 'a = 1\n    b = 2\n')
    r = run(['ind.py'], cwd=str(tmp_path))
    assert r.rc == 1
    assert '  File "ind.py", line 2\n' in r.err
    assert last_line(r.err) == 'IndentationError: unexpected indent'


@pytest.mark.parametrize('code, msg', [
    ('return 1', "SyntaxError: 'return' outside function"),
    ('nonlocal x', 'SyntaxError: nonlocal declaration not allowed at module level'),
    ('def f():\n    nonlocal q', "SyntaxError: no binding for nonlocal 'q' found"),
    ('break', "SyntaxError: 'break' outside loop"),
    ('continue', "SyntaxError: 'continue' not properly in loop"),
    ('f(x for x in y, 1)', 'SyntaxError: Generator expression must be parenthesized'),
    ('def f(a=1, b): pass', 'SyntaxError: non-default argument follows default argument'),
    ('1 = x', "SyntaxError: can't assign to expression"),
])
def test_compile_errors(code, msg):
    r = run(['-c', code])
    assert r.rc == 1, r
    assert r.out == ''
    assert r.err.startswith('Traceback (most recent call last):\n  File "<stdin>", line ')
    assert last_line(r.err) == msg


def test_syntax_error_in_imported_module(tmp_path):
    write(tmp_path / 'broken.py', '\n\ndef (:\n')
    write(tmp_path / 'main.py', 'try:\n    import broken\nexcept SyntaxError as e:\n'
                                '    print("caught", type(e).__name__)\n')
    r = run(['main.py'], cwd=str(tmp_path))
    assert (r.rc, r.out) == (0, 'caught SyntaxError\n'), r


# ---------------------------------------------------------------------------
# sys module basics

def test_sys_implementation():
    r = run(['-c', 'import sys\nprint(sys.implementation.name)\n'
                   'print(type(sys.implementation.version) is tuple)'])
    assert (r.rc, r.out) == (0, 'micropython\nTrue\n')


def test_sys_version_info():
    r = run(['-c', 'import sys; print(sys.version_info[0], type(sys.version))'])
    assert r.out == "3 <class 'str'>\n"


def test_sys_modules_main():
    r = run(['-c', 'import sys; print("__main__" in sys.modules)'])
    assert r.out == 'True\n'


# ---------------------------------------------------------------------------
# recursion

def test_deep_recursion_is_catchable(tmp_path):
    write(tmp_path / 'rec.py', '''\
        def f(n):
            return f(n + 1)
        try:
            f(0)
        except RuntimeError as e:
            print('caught', e.args[0])
        def g(n):
            return 0 if n == 0 else 1 + g(n - 1)
        print(g(50))
        ''')
    r = run(['rec.py'], cwd=str(tmp_path))
    assert r.rc == 0, r
    assert r.out == 'caught maximum recursion depth exceeded\n50\n'


def test_uncaught_deep_recursion(tmp_path):
    write(tmp_path / 'rec.py', 'def f():\n    f()\nf()\n')
    r = run(['rec.py'], cwd=str(tmp_path))
    assert r.rc == 1
    assert r.err.startswith('Traceback (most recent call last):\n')
    assert last_line(r.err) == 'RuntimeError: maximum recursion depth exceeded'


def test_recursion_in_method_and_repr():
    r = run(['-c', 'class A:\n    def __repr__(self):\n        return repr(self)\n'
                   'try:\n    repr(A())\nexcept RuntimeError:\n    print("ok")'])
    assert (r.rc, r.out) == (0, 'ok\n'), r


# ---------------------------------------------------------------------------
# tracebacks through frames, modules and kinds of code; sys.print_exception
#
# MicroPython prints one `  File "F", line N, in NAME` line per frame (no source
# lines), innermost last, then `Type: message` (with the colon even when there
# is no message).  A module found on sys.path is named by its path there; the
# script's folder may be spelt as given or absolute, so those lines are matched
# loosely.

def tb_lines(err):
    return err.splitlines()


def mod_line(line, name, lineno, block):
    return re.match(r'  File "(.*/)?%s", line %d, in %s$' % (re.escape(name), lineno,
                                                              re.escape(block)), line)


def test_traceback_methods_lambdas_generators_comprehensions(tmp_path):
    write(tmp_path / 'helper.py', '''\
        def boom(x):
            return 10 // x

        class Thing:
            def method(self):
                return boom(0)
        ''')
    write(tmp_path / 'main.py', '''\
        import helper
        class A:
            def m(self):
                return helper.Thing().method()
        f = lambda: A().m()
        def gen():
            yield 1
            f()
        def run():
            return [x for x in gen()]
        run()
        ''')
    r = run(['main.py'], cwd=str(tmp_path))
    assert (r.rc, r.out) == (1, ''), r
    lines = tb_lines(r.err)
    assert lines[:6] == ['Traceback (most recent call last):',
                         '  File "main.py", line 11, in <module>',
                         '  File "main.py", line 10, in run',
                         '  File "main.py", line 10, in <listcomp>',
                         '  File "main.py", line 8, in gen',
                         '  File "main.py", line 5, in <lambda>'], r.err
    assert lines[6] == '  File "main.py", line 4, in m'
    assert mod_line(lines[7], 'helper.py', 6, 'method'), r.err
    assert mod_line(lines[8], 'helper.py', 2, 'boom'), r.err
    assert lines[9:] == ['ZeroDivisionError: divide by zero']


def test_traceback_other_comprehensions_and_class_body(tmp_path):
    write(tmp_path / 'c.py', '''\
        import sys
        def show(f):
            try:
                f()
            except Exception as e:
                sys.print_exception(e)
        show(lambda: {k: 1 // k for k in range(-1, 1)})
        show(lambda: {1 // k for k in [0]})
        show(lambda: sum(1 // k for k in [0]))
        def nested():
            def inner():
                return [][0]
            return inner()
        show(nested)
        class C:
            x = 1
            y = x // 0
        ''')
    r = run(['c.py'], cwd=str(tmp_path))
    assert r.rc == 1, r
    assert r.out == (
        'Traceback (most recent call last):\n'
        '  File "c.py", line 4, in show\n'
        '  File "c.py", line 7, in <lambda>\n'
        '  File "c.py", line 7, in <dictcomp>\n'
        'ZeroDivisionError: divide by zero\n'
        'Traceback (most recent call last):\n'
        '  File "c.py", line 4, in show\n'
        '  File "c.py", line 8, in <lambda>\n'
        '  File "c.py", line 8, in <setcomp>\n'
        'ZeroDivisionError: divide by zero\n'
        'Traceback (most recent call last):\n'
        '  File "c.py", line 4, in show\n'
        '  File "c.py", line 9, in <lambda>\n'
        '  File "c.py", line 9, in <genexpr>\n'
        'ZeroDivisionError: divide by zero\n'
        'Traceback (most recent call last):\n'
        '  File "c.py", line 4, in show\n'
        '  File "c.py", line 13, in nested\n'
        '  File "c.py", line 12, in inner\n'
        'IndexError: list index out of range\n')
    assert r.err == ('Traceback (most recent call last):\n'
                     '  File "c.py", line 15, in <module>\n'
                     '  File "c.py", line 17, in C\n'
                     'ZeroDivisionError: divide by zero\n')


def test_traceback_error_while_importing(tmp_path):
    write(tmp_path / 'badmod.py', '''\
        X = 1

        def helper():
            return {}['missing']
        helper()
        ''')
    write(tmp_path / 'main.py', 'print("start")\nimport badmod\nprint("not reached")\n')
    r = run(['main.py'], cwd=str(tmp_path))
    assert (r.rc, r.out) == (1, 'start\n'), r
    lines = tb_lines(r.err)
    assert lines[:2] == ['Traceback (most recent call last):',
                         '  File "main.py", line 2, in <module>']
    assert mod_line(lines[2], 'badmod.py', 5, '<module>'), r.err
    assert mod_line(lines[3], 'badmod.py', 4, 'helper'), r.err
    assert lines[4:] == ['KeyError: missing']


def test_traceback_through_package_modules(tmp_path):
    write(tmp_path / 'pkg' / '__init__.py', 'from . import a\n')
    write(tmp_path / 'pkg' / 'a.py', 'from . import b\n\ndef go():\n    return b.fail(3)\n')
    write(tmp_path / 'pkg' / 'b.py', 'def fail(n):\n    raise ValueError(n)\n')
    write(tmp_path / 'main.py', 'import pkg\npkg.a.go()\n')
    r = run(['main.py'], cwd=str(tmp_path))
    assert r.rc == 1, r
    lines = tb_lines(r.err)
    assert lines[:2] == ['Traceback (most recent call last):',
                         '  File "main.py", line 2, in <module>']
    assert mod_line(lines[2], 'pkg/a.py', 4, 'go'), r.err
    assert mod_line(lines[3], 'pkg/b.py', 2, 'fail'), r.err
    assert lines[4:] == ['ValueError: 3']


def test_traceback_raise_object_again_appends(tmp_path):
    # `raise e` adds the raising line to the traceback e already has
    write(tmp_path / 't.py', '''\
        def g():
            raise ValueError('v')
        def f():
            try:
                g()
            except ValueError as e:
                err = e
            raise err
        f()
        ''')
    r = run(['t.py'], cwd=str(tmp_path))
    assert r.rc == 1
    assert r.err == ('Traceback (most recent call last):\n'
                     '  File "t.py", line 9, in <module>\n'
                     '  File "t.py", line 8, in f\n'
                     '  File "t.py", line 5, in f\n'
                     '  File "t.py", line 2, in g\n'
                     'ValueError: v\n')


def test_traceback_bare_raise_and_finally_add_nothing(tmp_path):
    write(tmp_path / 't.py', '''\
        def g():
            raise ValueError('v')
        def f():
            try:
                g()
            finally:
                print('finally')
        try:
            f()
        except ValueError:
            print('caught')
            raise
        ''')
    r = run(['t.py'], cwd=str(tmp_path))
    assert (r.rc, r.out) == (1, 'finally\ncaught\n'), r
    assert r.err == ('Traceback (most recent call last):\n'
                     '  File "t.py", line 9, in <module>\n'
                     '  File "t.py", line 5, in f\n'
                     '  File "t.py", line 2, in g\n'
                     'ValueError: v\n')


def test_traceback_chained_exception_prints_only_the_last(tmp_path):
    # MicroPython does not print the "During handling ..." chain
    write(tmp_path / 't.py', '''\
        def f():
            try:
                1 / 0
            except ZeroDivisionError:
                raise KeyError('second')
        f()
        ''')
    r = run(['t.py'], cwd=str(tmp_path))
    assert r.rc == 1
    assert r.err == ('Traceback (most recent call last):\n'
                     '  File "t.py", line 6, in <module>\n'
                     '  File "t.py", line 5, in f\n'
                     'KeyError: second\n')


def test_traceback_in_generator_resumed_from_loop(tmp_path):
    write(tmp_path / 't.py', '''\
        def gen(n):
            for i in range(n):
                yield 10 // (2 - i)
        total = 0
        for v in gen(5):
            total += v
        ''')
    r = run(['t.py'], cwd=str(tmp_path))
    assert r.rc == 1
    assert r.err == ('Traceback (most recent call last):\n'
                     '  File "t.py", line 5, in <module>\n'
                     '  File "t.py", line 3, in gen\n'
                     'ZeroDivisionError: divide by zero\n')


@pytest.mark.parametrize('code, line', [
    ('raise ValueError', 'ValueError: '),
    ('raise ValueError()', 'ValueError: '),
    ('class E(Exception):\n    pass\nraise E', 'E: '),
    ('raise Exception(1, "two")', "Exception: (1, 'two')"),
    ('raise KeyError("k")', 'KeyError: k'),
    ('raise OSError(2)', 'OSError: [Errno 2] ENOENT'),
    ('raise StopIteration(5)', 'StopIteration: 5'),
    ('class E(Exception):\n    def __str__(self):\n        return "mine"\nraise E(1)', 'E: 1'),
    ('class E(Exception):\n    def __repr__(self):\n        return "whole line"\nraise E(1)',
     'whole line'),
])
def test_uncaught_exception_last_line(code, line):
    r = run(['-c', code])
    assert r.rc == 1
    assert r.err.startswith('Traceback (most recent call last):\n  File "<stdin>", line ')
    assert r.err.endswith('\n' + line + '\n'), r.err


def test_print_exception_targets(tmp_path):
    write(tmp_path / 'p.py', '''\
        import sys
        def g():
            raise KeyError('k', 2)
        try:
            g()
        except KeyError as e:
            sys.print_exception(e)
            sys.print_exception(e, sys.stdout)
            sys.print_exception(e, sys.stderr)
            err = e
        sys.print_exception(err)
        print('after')
        ''')
    r = run(['p.py'], cwd=str(tmp_path))
    assert r.rc == 0, r
    tb = ('Traceback (most recent call last):\n'
          '  File "p.py", line 5, in <module>\n'
          '  File "p.py", line 3, in g\n'
          "KeyError: ('k', 2)\n")
    assert r.out == tb + tb + tb + 'after\n'
    assert r.err == tb


def test_print_exception_never_raised_and_messages(tmp_path):
    write(tmp_path / 'p.py', '''\
        import sys
        class E(Exception):
            def __str__(self):
                return 'custom str'
        class R(Exception):
            def __repr__(self):
                return 'custom repr'
        class Sub(E):
            pass
        for exc in [ValueError('never raised'), ValueError(), E('a'), R('b'), Sub(),
                    KeyError('k'), Exception(1, 2), OSError(2), OSError(2, 'detail'),
                    StopIteration(3), IndexError('')]:
            sys.print_exception(exc)
        print(str(E('a')), repr(R()))
        try:
            raise Sub('x')
        except E as e:
            sys.print_exception(e)
        ''')
    r = run(['p.py'], cwd=str(tmp_path))
    assert r.rc == 0, r
    assert r.out == ('ValueError: never raised\n'
                     'ValueError: \n'
                     'E: a\n'
                     'custom repr\n'
                     'Sub: \n'
                     'KeyError: k\n'
                     'Exception: (1, 2)\n'
                     'OSError: [Errno 2] ENOENT\n'
                     'OSError: [Errno 2] ENOENT: detail\n'
                     'StopIteration: 3\n'
                     'IndexError: \n'
                     'custom str custom repr\n'
                     'Traceback (most recent call last):\n'
                     '  File "p.py", line 16, in <module>\n'
                     'Sub: x\n')
    assert r.err == ''


def test_print_exception_to_non_stream_is_oserror():
    r = run(['-c', 'import sys\ntry:\n    sys.print_exception(Exception(), 1)\n'
                   'except OSError:\n    print("OSError")\n'])
    assert (r.rc, r.out) == (0, 'OSError\n'), r


def test_print_exception_traceback_grows_on_reraise(tmp_path):
    write(tmp_path / 'p.py', '''\
        import sys
        def f():
            raise ValueError('v')
        try:
            try:
                f()
            except Exception as e:
                sys.print_exception(e)
                raise
        except Exception as e:
            print('--')
            sys.print_exception(e)
        ''')
    r = run(['p.py'], cwd=str(tmp_path))
    assert r.rc == 0, r
    tb = ('Traceback (most recent call last):\n'
          '  File "p.py", line 6, in <module>\n'
          '  File "p.py", line 3, in f\n'
          'ValueError: v\n')
    assert r.out == tb + '--\n' + tb


def test_exception_in_main_after_output_and_exit_status(tmp_path):
    write(tmp_path / 'p.py', '''\
        import sys
        print('out')
        print('err', file=sys.stderr)
        def deep(n):
            if n == 0:
                raise RuntimeError('bottom')
            deep(n - 1)
        deep(3)
        ''')
    r = run(['p.py'], cwd=str(tmp_path))
    assert (r.rc, r.out) == (1, 'out\n'), r
    assert r.err == ('err\n'
                     'Traceback (most recent call last):\n'
                     '  File "p.py", line 8, in <module>\n'
                     '  File "p.py", line 7, in deep\n'
                     '  File "p.py", line 7, in deep\n'
                     '  File "p.py", line 7, in deep\n'
                     '  File "p.py", line 6, in deep\n'
                     'RuntimeError: bottom\n')


# ---------------------------------------------------------------------------
# MICROPYPATH, sys.path and -m with packages

def test_micropypath_several_dirs_search_order(tmp_path):
    write(tmp_path / 'one' / 'shared.py', 'WHERE = "one"\n')
    write(tmp_path / 'two' / 'shared.py', 'WHERE = "two"\n')
    write(tmp_path / 'two' / 'only2.py', 'WHERE = "only two"\n')
    write(tmp_path / 'three' / 'pk' / '__init__.py', 'WHERE = "pk in three"\n')
    write(tmp_path / 'three' / 'pk' / 'm.py', 'from . import WHERE as W\nWHERE = W + "/m"\n')
    write(tmp_path / 'prog' / 'main.py', '''\
        import shared, only2, pk.m
        print(shared.WHERE, only2.WHERE, pk.WHERE, pk.m.WHERE)
        print(shared.__file__.endswith('one/shared.py'))
        ''')
    path = '%s:%s:%s' % (tmp_path / 'one', tmp_path / 'two', tmp_path / 'three')
    r = run(['prog/main.py'], cwd=str(tmp_path), env={'MICROPYPATH': path})
    assert (r.rc, r.out) == (0, 'one only two pk in three pk in three/m\nTrue\n'), r
    path = '%s:%s' % (tmp_path / 'two', tmp_path / 'one')
    r = run(['prog/main.py'], cwd=str(tmp_path), env={'MICROPYPATH': path + ':' +
                                                      str(tmp_path / 'three')})
    assert r.out.startswith('two only two'), r


def test_script_folder_shadows_micropypath(tmp_path):
    write(tmp_path / 'lib' / 'mod.py', 'WHERE = "lib"\n')
    write(tmp_path / 'app' / 'mod.py', 'WHERE = "app"\n')
    write(tmp_path / 'app' / 'main.py', 'import mod\nprint(mod.WHERE)\n')
    r = run(['app/main.py'], cwd=str(tmp_path), env={'MICROPYPATH': str(tmp_path / 'lib')})
    assert (r.rc, r.out) == (0, 'app\n'), r


def test_sys_path_for_script_and_micropypath(tmp_path):
    write(tmp_path / 'app' / 'main.py', '''\
        import sys
        print(sys.path[1:])
        print(sys.path[0].rstrip('/').endswith('app'))
        ''')
    r = run(['app/main.py'], cwd=str(tmp_path), env={'MICROPYPATH': '/x:/y/z'})
    assert (r.rc, r.out) == (0, "['.frozen', '/x', '/y/z']\nTrue\n"), r


def test_sys_path_is_mutable_for_imports(tmp_path):
    write(tmp_path / 'extra' / 'late.py', 'X = "late"\n')
    write(tmp_path / 'main.py', '''\
        import sys
        try:
            import late
        except ImportError:
            print('not yet')
        sys.path.append('extra')
        import late
        print(late.X)
        ''')
    r = run(['main.py'], cwd=str(tmp_path))
    assert (r.rc, r.out) == (0, 'not yet\nlate\n'), r


def test_micropypath_empty_entry_is_cwd(tmp_path):
    write(tmp_path / 'cwdmod.py', 'print("cwdmod", __name__)\n')
    r = run(['-c', 'import cwdmod'], cwd=str(tmp_path), env={'MICROPYPATH': ':/nonexistent'})
    assert (r.rc, r.out) == (0, 'cwdmod cwdmod\n'), r


def test_m_nested_package_module(tmp_path):
    lib = tmp_path / 'lib'
    write(lib / 'outer' / '__init__.py', 'print("outer init", __name__)\n')
    write(lib / 'outer' / 'inner' / '__init__.py', 'print("inner init", __name__)\nV = 7\n')
    write(lib / 'outer' / 'inner' / 'tool.py', '''\
        import sys
        import outer.inner
        print('tool', __name__, outer.inner.V, sys.argv)
        print('outer.inner.tool' in sys.modules)
        ''')
    r = run(['-m', 'outer.inner.tool', 'a1'], cwd=str(tmp_path), env={'MICROPYPATH': str(lib)})
    assert r.rc == 0, r
    assert r.out == ('outer init outer\ninner init outer.inner\n'
                     "tool __main__ 7 ['outer.inner.tool', 'a1']\nFalse\n")


def test_m_subpackage_runs_its_main(tmp_path):
    lib = tmp_path / 'lib'
    write(lib / 'app' / '__init__.py', '')
    write(lib / 'app' / 'cli' / '__init__.py', 'print("cli init")\n')
    write(lib / 'app' / 'cli' / '__main__.py', 'print("cli main", __name__)\n')
    r = run(['-m', 'app.cli'], cwd=str(tmp_path), env={'MICROPYPATH': str(lib)})
    assert (r.rc, r.out) == (0, 'cli init\ncli main __main__\n'), r


def test_m_missing_submodule(tmp_path):
    lib = tmp_path / 'lib'
    write(lib / 'pkg2' / '__init__.py', '')
    r = run(['-m', 'pkg2.nothere'], cwd=str(tmp_path), env={'MICROPYPATH': str(lib)})
    assert r.rc == 1
    assert last_line(r.err).startswith('ImportError:'), r


def test_m_module_imports_siblings_from_path(tmp_path):
    lib = tmp_path / 'lib'
    write(lib / 'helperlib.py', 'def greet():\n    return "hello"\n')
    write(lib / 'runner.py', 'import helperlib\nprint(helperlib.greet(), __name__)\n')
    r = run(['-m', 'runner'], cwd=str(tmp_path), env={'MICROPYPATH': str(lib)})
    assert (r.rc, r.out) == (0, 'hello __main__\n'), r


def test_m_exception_in_package_main(tmp_path):
    lib = tmp_path / 'lib'
    write(lib / 'bad' / '__init__.py', '')
    write(lib / 'bad' / '__main__.py', 'def f():\n    raise TypeError("t")\nf()\n')
    r = run(['-m', 'bad'], cwd=str(tmp_path), env={'MICROPYPATH': str(lib)})
    assert r.rc == 1
    lines = tb_lines(r.err)
    assert lines[0] == 'Traceback (most recent call last):'
    assert mod_line(lines[1], 'bad/__main__.py', 3, '<module>'), r.err
    assert mod_line(lines[2], 'bad/__main__.py', 2, 'f'), r.err
    assert lines[3:] == ['TypeError: t']


def test_atexit_runs_and_keeps_exit_status():
    r = run(['-c', 'import sys\nsys.atexit(lambda: print("at exit"))\nprint("body")\nsys.exit(3)\n'])
    assert (r.rc, r.out) == (3, 'body\nat exit\n'), r


def test_atexit_exception_is_reported():
    r = run(['-c', 'import sys\ndef f():\n    raise ValueError("late")\nsys.atexit(f)\n'])
    assert r.rc == 1 and r.err.strip().endswith('ValueError: late'), r


def test_script_folder_is_absolute_in_sys_path(tmp_path):
    sub = tmp_path / 'sub'
    sub.mkdir()
    write(sub / 'show.py', 'import sys\nprint(sys.path[0])\n')
    r = run(['sub/../sub/./show.py'], cwd=str(tmp_path))
    assert r.rc == 0, r.err
    assert r.out == os.path.realpath(str(sub)) + '\n'


# ---------------------------------------------------------------------------
# --board / --pty: the argument errors (board mode itself: test_board.py)

def test_pty_needs_board():
    r = run(['--pty'])
    assert r.rc == 1, r
    assert '--pty needs --board DIR' in r.err


def test_board_folder_must_exist(tmp_path):
    r = run(['--board', str(tmp_path / 'nope')])
    assert r.rc == 1, r
    assert "board folder '%s' does not exist" % (tmp_path / 'nope') in r.err


def test_board_needs_an_argument():
    r = run(['--board'])
    assert r.rc == 1, r
    assert r.err.startswith('usage: micropy')
