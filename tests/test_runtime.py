"""Run-time behaviour seen from outside a micropy process: Ctrl-C (SIGINT)
as KeyboardInterrupt, local time following TZ, reports written to stderr by
threads and micropython.mem_info.  Uses the binary in $MICROPY (default
build/micropy), like test_cli.py."""
import os
import re
import signal
import subprocess
import sys
import time

import pytest

from test_cli import check_binary, run


def start(code):
    exe = check_binary()
    env = dict(os.environ)
    env.pop('MICROPYPATH', None)
    return subprocess.Popen([exe, '-c', code], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, start_new_session=True)


def interrupt_after_ready(p, timeout=60):
    """Wait for the program's 'ready' line, then send SIGINT; returns
    (stdout, stderr) once it exits."""
    line = p.stdout.readline()
    assert line == b'ready\n', line
    time.sleep(0.2)
    p.send_signal(signal.SIGINT)
    time.sleep(0.3)     # let it arrive before communicate() closes stdin
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        pytest.fail('micropy did not stop on SIGINT')
    err = b''.join(l for l in err.splitlines(True) if not l.startswith(b'[version:'))
    return out.decode(), err.decode()


LOOP = "import sys\nprint('ready')\nsys.stdout.flush()\n"


def test_sigint_interrupts_a_busy_loop():
    p = start(LOOP + "n = 0\nwhile True:\n    n += 1\n")
    out, err = interrupt_after_ready(p)
    assert p.returncode != 0
    assert err.splitlines()[-1].startswith('KeyboardInterrupt'), err


def test_sigint_can_be_caught():
    p = start(LOOP + "try:\n    while True:\n        pass\n"
              "except KeyboardInterrupt:\n    print('caught')\nprint('after')\n")
    out, err = interrupt_after_ready(p)
    assert p.returncode == 0, err
    assert out == 'caught\nafter\n'


def test_sigint_interrupts_sleep():
    p = start(LOOP + "import time\nt = time.time()\ntry:\n    time.sleep(30)\n"
              "except KeyboardInterrupt:\n    print('slept', time.time() - t < 10)\n")
    out, err = interrupt_after_ready(p)
    assert out == 'slept True\n', err


def test_sigint_interrupts_a_blocking_read():
    exe = check_binary()
    p = subprocess.Popen([exe, '-c', "import sys\nprint('ready')\nsys.stdout.flush()\n"
                          "try:\n    sys.stdin.read()\nexcept KeyboardInterrupt:\n"
                          "    print('read interrupted')\n"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, start_new_session=True)
    out, err = interrupt_after_ready(p)
    p.stdin.close()
    assert out == 'read interrupted\n', err


def test_sigint_interrupts_a_lock_wait_in_threads():
    # the main thread gets the KeyboardInterrupt while a worker spins
    p = start("import _thread, sys\nstop = []\n"
              "def spin():\n    while not stop:\n        pass\n"
              "_thread.start_new_thread(spin, ())\n" + LOOP +
              "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n"
              "    stop.append(1)\n    print('main interrupted')\n")
    out, err = interrupt_after_ready(p)
    assert out == 'main interrupted\n', err


LOCALTIME = """import time
for t in [0, 1700000000, 1720000000, 951782400]:
    lt = time.localtime(t)
    print(tuple(lt[:8]), time.mktime(tuple(lt[:8]) + (0,)) == t)
"""


@pytest.mark.parametrize('tz', ['UTC0', 'CET-1CEST,M3.5.0,M10.5.0/3', 'EST5EDT,M3.2.0,M11.1.0'])
def test_localtime_follows_tz(tz):
    got = run(['-c', LOCALTIME], env={'TZ': tz})
    cpython_code = LOCALTIME.replace('tuple(lt[:8]) + (0,)', 'tuple(lt[:8]) + (-1,)')
    want = subprocess.run([sys.executable, '-c', cpython_code], env=dict(os.environ, TZ=tz),
                          capture_output=True, text=True, check=True).stdout
    assert got.rc == 0, got.err
    assert got.out == want


def test_thread_exception_is_reported_on_stderr():
    r = run(['-c', "import _thread, time\n"
                   "def f():\n    raise ValueError('in thread')\n"
                   "_thread.start_new_thread(f, ())\ntime.sleep(0.2)\nprint('main done')\n"])
    assert r.rc == 0
    assert r.out == 'main done\n'
    assert r.err.startswith('Unhandled exception in thread started by <function f')
    assert 'ValueError: in thread' in r.err


def test_mem_info_and_qstr_info():
    r = run(['-c', "import micropython\nmicropython.mem_info()\nmicropython.qstr_info()\n"])
    assert r.rc == 0, r.err
    lines = r.out.splitlines()
    assert re.match(r'stack: \d+ out of \d+$', lines[0]), lines
    m = re.match(r'GC: total: (\d+), used: (\d+), free: (\d+)$', lines[1])
    assert m and int(m.group(1)) == int(m.group(2)) + int(m.group(3)), lines
    assert re.match(r'qstr pool: n_pool=1, n_qstr=\d+, n_str_data_bytes=\d+, '
                    r'n_total_bytes=\d+$', lines[2]), lines


def test_kbd_intr_off_ignores_ctrl_c():
    p = start("import micropython, time\nmicropython.kbd_intr(-1)\n" + LOOP +
              "t = time.time()\nwhile time.time() - t < 1.0:\n    pass\n"
              "print('not interrupted')\n")
    out, err = interrupt_after_ready(p)
    assert out == 'not interrupted\n', err


def test_dupterm_stream_that_raises_is_detached():
    r = run(['-c', "import os, io\nclass Broken(io.IOBase):\n"
                   "    def write(self, b):\n        raise ValueError('broken')\n"
                   "os.dupterm(Broken())\nprint('still printed')\nprint(os.dupterm(None))\n"])
    assert r.rc == 0, r.err
    assert r.out == 'still printed\nNone\n'
    assert r.err.startswith('dupterm: Exception in write() method, deactivating: ')
    assert 'ValueError: broken' in r.err
