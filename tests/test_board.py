"""Board mode: `micropy --board DIR [--pty]` behaves like a MicroPython board
on a serial console: friendly REPL, raw REPL, raw-paste, soft reboot, DIR
mounted as '/', and it works with mpremote.

The binary under test is $MICROPY (default <repo>/build/micropy); see
tests/boardharness.py for the harness and its environment variables.
Expected bytes come from the spec of issue 5 and MicroPython's documented
raw-REPL / raw-paste protocol (as pyboard.py and mpremote use it).
"""
import os
import random
import re
import struct
import subprocess
import sys

import pytest

from boardharness import (Board, BoardError, RAW_BANNER, HELP_LINE,
                          SOFT_REBOOT, BIG_TIMEOUT, TIMEOUT, board_banner,
                          version_line, tree_checksums, _show)

sys.dont_write_bytecode = True


# --------------------------------------------------------------- fixtures
@pytest.fixture
def board_dir(tmp_path):
    """A board folder with some files; tmp_path itself is 'outside'."""
    d = tmp_path / 'board'
    d.mkdir()
    (d / 'a.txt').write_bytes(b'alpha\n')
    (d / 'data.bin').write_bytes(bytes(range(256)) * 4)
    (d / 'sub').mkdir()
    (d / 'sub' / 'b.txt').write_bytes(b'bravo')
    (d / 'lib').mkdir()
    (d / 'lib' / 'blib.py').write_text('NAME = "blib from /lib"\n')
    (d / 'top.py').write_text('NAME = "top from /"\n')
    (tmp_path / 'secret.txt').write_bytes(b'SECRET-OUTSIDE')
    return d


@pytest.fixture
def boards():
    """Factory: boards(dir, pty=True, connect=True) -> started Board; every
    board is killed at the end of the test."""
    started = []

    def start(dirpath, pty=True, connect=True, wait_banner=True):
        b = Board.start(dirpath, pty=pty, connect=connect)
        started.append(b)
        if wait_banner and (connect or not pty):
            b.startup = b.read_until(board_banner())
        return b
    yield start
    for b in started:
        b.close()


@pytest.fixture
def board(boards, board_dir):
    """A --pty board on board_dir, connected, banner consumed."""
    return boards(board_dir)


@pytest.fixture
def raw(board):
    """A --pty board in the raw REPL, synchronised at a '>' prompt."""
    board.enter_raw_repl()
    return board


def write_boot_main(d):
    # boot.py / main.py print and count their runs in files
    (d / 'boot.py').write_text(
        "print('BOOT-RAN')\n"
        "f = open('/boot_runs.txt', 'a'); f.write('B'); f.close()\n")
    (d / 'main.py').write_text(
        "print('MAIN-RAN')\n"
        "f = open('/main_runs.txt', 'a'); f.write('M'); f.close()\n")


def runs(d, name):
    p = d / name
    return p.read_text() if p.exists() else ''


def ok_frame(out):
    return b'OK' + out + b'\x04\x04>'


def friendly(board, line):
    """Type one line at the friendly prompt, return output up to next '>>> '."""
    board.write(line.encode() + b'\r')
    return board.read_until(b'>>> ')


def big_program(size):
    """A program of about `size` bytes (many assignments); returns the source
    and what it prints.  Any lost/duplicated byte changes the result or gives
    a SyntaxError."""
    parts = ['t = 0\nn = 0\n']
    length = len(parts[0])
    total = count = i = 0
    while length < size:
        s = ''.join(chr(97 + (i * 7 + k) % 26) for k in range(40 + i % 50))
        line = "t += len('%s'); n += 1  # %d\n" % (s, i)
        parts.append(line)
        length += len(line)
        total += len(s)
        count += 1
        i += 1
    parts.append('print(n, t)\n')
    return ''.join(parts).encode(), ('%d %d' % (count, total)).encode()


# ======================================================== start-up, banner
def test_pty_line_then_banner(board):
    assert board.pty_path.startswith('/dev/')
    assert board.startup.endswith(board_banner())
    assert board.alive()


def test_banner_uses_version_line(board):
    assert version_line().startswith(b'MicroPython ')
    assert board.startup.endswith(version_line() +
                                  b'\r\nType "help()" for more information.\r\n>>> ')


def test_boot_then_main_then_banner(boards, board_dir):
    write_boot_main(board_dir)
    b = boards(board_dir)
    assert b.startup.endswith(b'BOOT-RAN\r\nMAIN-RAN\r\n' + board_banner())
    assert runs(board_dir, 'boot_runs.txt') == 'B'
    assert runs(board_dir, 'main_runs.txt') == 'M'


def test_console_output_uses_crlf(board):
    out = friendly(board, 'print("x\\ny")')
    assert b'x\r\ny\r\n>>> ' in out
    board.enter_raw_repl()
    out, err = board.exec_raw('print("p\\nq")\nimport sys\nsys.stdout.write("r\\n")')
    assert (out, err) == (b'p\r\nq\r\nr\r\n', b'')


def test_friendly_repl_runs_code(board):
    out = friendly(board, 'print(6*7)')
    assert out.endswith(b'42\r\n>>> ')
    assert b'print(6*7)' in out
    out = friendly(board, 'gg = 5')
    out = friendly(board, 'gg * 3')
    assert out.endswith(b'15\r\n>>> ')


def test_friendly_ctrl_c_drops_line(board):
    board.write(b'print("dropped")\x03')
    board.read_until(b'>>> ')
    out = friendly(board, 'print("kept")')
    assert b'kept\r\n>>> ' in out
    assert b'dropped\r\n' not in out


def test_friendly_ctrl_b_rebanner(board):
    board.write(b'\x02')
    expected = b'\r\n' + board_banner()
    assert board.read_exactly(len(expected)) == expected


def test_sigterm_ends_micropy(board):
    import signal
    board.proc.send_signal(signal.SIGTERM)
    try:
        board.proc.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail('micropy --board --pty still running %ss after SIGTERM' % TIMEOUT)


# ================================================================ raw REPL
def test_enter_raw_repl_pyboard_style(board):
    board.write(b'\r\x03\x03')
    board.write(b'\r\x01')
    data = board.read_until(RAW_BANNER)
    assert data.endswith(b'>>> \r\n' + RAW_BANNER), _show(data)
    assert b'Traceback' not in data
    # nothing else is pending: the very next bytes are the answer to a command
    board.write(b'print(1+1)\x04')
    assert board.read_exactly(len(ok_frame(b'2\r\n'))) == ok_frame(b'2\r\n')


def test_raw_exec_exact_bytes(raw):
    raw.write(b'print(1+1)\x04')
    assert raw.read_exactly(len(b'OK2\r\n\x04\x04>')) == b'OK2\r\n\x04\x04>'


def test_raw_no_echo_and_multiline(raw):
    raw.write(b'x = 5\nfor i in range(3):\n    print(i * x)\n')
    raw.write(b'print("M" + "K")\x04')
    # raw REPL does not echo: the first bytes back are 'OK' and the output
    expected = ok_frame(b'0\r\n5\r\n10\r\nMK\r\n')
    assert raw.read_exactly(len(expected)) == expected
    assert raw.exec_raw('print(x)') == (b'5\r\n', b'')


def test_raw_exec_crlf_source(raw):
    out, err = raw.exec_raw(b'y = 2\r\nif y:\r\n    print(y * 21)\r\n')
    assert (out, err) == (b'42\r\n', b'')


def test_raw_input_one_byte_per_write(raw):
    for c in b'for i in range(2):\n    print("b", i)\n\x04':
        raw.write(bytes([c]))
    expected = ok_frame(b'b 0\r\nb 1\r\n')
    assert raw.read_exactly(len(expected)) == expected


def test_raw_type_ahead_is_kept(raw):
    # bytes that arrive while a command runs are kept for the next one (a
    # serial console does not lose type-ahead); only Ctrl-C interrupts
    raw.write(b'print(1)\x04print(2)\x04print(3)\x04')
    expected = ok_frame(b'1\r\n') + ok_frame(b'2\r\n') + ok_frame(b'3\r\n')
    assert raw.read_exactly(len(expected)) == expected


def test_raw_exec_no_output(raw):
    raw.write(b'z = 1\x04')
    assert raw.read_exactly(len(b'OK\x04\x04>')) == b'OK\x04\x04>'


def test_raw_exception_exact_bytes(raw):
    raw.write(b'1/0\x04')
    expected = (b'OK\x04Traceback (most recent call last):\r\n'
                b'  File "<stdin>", line 1, in <module>\r\n'
                b'ZeroDivisionError: divide by zero\r\n\x04>')
    assert raw.read_exactly(len(expected)) == expected


def test_raw_exception_after_output_and_in_function(raw):
    out, err = raw.exec_raw('print("before")\ndef f():\n    return 1/0\nf()\n')
    assert out == b'before\r\n'
    assert err == (b'Traceback (most recent call last):\r\n'
                   b'  File "<stdin>", line 4, in <module>\r\n'
                   b'  File "<stdin>", line 3, in f\r\n'
                   b'ZeroDivisionError: divide by zero\r\n')


def test_raw_syntax_error(raw):
    raw.write(b'x = = 1\x04')
    data = raw.read_until(b'\x04>')
    assert data.startswith(b'OK\x04Traceback (most recent call last):\r\n'
                           b'  File "<stdin>", line 1'), _show(data)
    assert b'SyntaxError' in data
    assert data.endswith(b'\r\n\x04>')
    # the REPL is fine afterwards
    assert raw.exec_raw('print(3)') == (b'3\r\n', b'')


def test_raw_ctrl_c_clears_pending_text(raw):
    raw.write(b'print(111)\x03print(222)\x04')
    assert raw.read_exactly(len(b'OK222\r\n\x04\x04>')) == b'OK222\r\n\x04\x04>'


def test_raw_ctrl_a_rebanner_drops_text(raw):
    raw.write(b'print("junk")\x01')
    # MicroPython's pyexec prints the banner again (no "\r\n" before it);
    # the issue-5 spec text has "\r\n" in front: either exact form is taken
    data = raw.read_until(RAW_BANNER)
    assert data in (RAW_BANNER, b'\r\n' + RAW_BANNER), _show(data)
    raw.write(b'print(3)\x04')
    assert raw.read_exactly(len(b'OK3\r\n\x04\x04>')) == b'OK3\r\n\x04\x04>'


def test_raw_ctrl_b_back_to_friendly(raw):
    raw.exec_raw('kept_global = 17')
    raw.write(b'\x02')
    expected = b'\r\n' + board_banner()
    assert raw.read_exactly(len(expected)) == expected
    # friendly and raw REPL share __main__
    out = friendly(raw, 'print(kept_global + 1)')
    assert out.endswith(b'18\r\n>>> ')
    raw.write(b'\x01')
    raw.read_until(RAW_BANNER)
    assert raw.exec_raw('print(kept_global)') == (b'17\r\n', b'')


def test_raw_globals_persist_between_commands(raw):
    assert raw.exec_raw('g1 = [1, 2]') == (b'', b'')
    assert raw.exec_raw('g1.append(3)\nprint(g1)') == (b'[1, 2, 3]\r\n', b'')


def test_raw_ctrl_c_interrupts_running_code(raw):
    raw.write(b'print("start")\nwhile True:\n    pass\n\x04')
    assert raw.read_exactly(2) == b'OK'
    raw.read_until(b'start\r\n')
    raw.write(b'\x03')
    out, err = raw.follow()
    assert out == b''
    assert err.startswith(b'Traceback (most recent call last):\r\n')
    assert err.endswith(b'KeyboardInterrupt: \r\n'), _show(err)
    assert raw.exec_raw('print(7)') == (b'7\r\n', b'')


def test_friendly_ctrl_c_interrupts_running_code(board):
    board.write(b'while True: pass\r')
    board.read_until(b'... ')
    board.write(b'\r')
    board.read_until(b'\r\n')
    board.write(b'\x03')
    data = board.read_until(b'>>> ')
    assert b'KeyboardInterrupt' in data
    assert friendly(board, 'print(8)').endswith(b'8\r\n>>> ')


def test_kbd_intr_disable_lets_ctrl_c_through_stdin(raw):
    raw.write(b'import micropython, sys\nmicropython.kbd_intr(-1)\n'
              b'print("ready")\nc = sys.stdin.read(1)\nmicropython.kbd_intr(3)\n'
              b'print(ord(c))\n\x04')
    assert raw.read_exactly(2) == b'OK'
    raw.read_until(b'ready\r\n')
    raw.write(b'\x03')
    out, err = raw.follow()
    assert (out, err) == (b'3\r\n', b'')


# ============================================================ soft reboot
def test_raw_soft_reset(boards, board_dir):
    write_boot_main(board_dir)
    (board_dir / 'mymod.py').write_text('counter = 0\n')
    b = boards(board_dir)
    assert runs(board_dir, 'main_runs.txt') == 'M'
    b.enter_raw_repl()
    out, err = b.exec_raw('import sys, mymod\nmymod.counter += 1\n'
                          'sys.path.append("/extra")\ngvar = 1\nprint(mymod.counter)')
    assert (out, err) == (b'1\r\n', b'')
    b.write(b'\x04')
    expected = b'OK\r\n' + SOFT_REBOOT + b'BOOT-RAN\r\n' + RAW_BANNER
    assert b.read_exactly(len(expected)) == expected
    assert runs(board_dir, 'boot_runs.txt') == 'BB'
    assert runs(board_dir, 'main_runs.txt') == 'M'   # not in raw-REPL mode
    out, err = b.exec_raw('import sys, mymod\nprint("gvar" in globals(), mymod.counter,'
                          ' "/extra" in sys.path)')
    assert (out, err) == (b'False 0 False\r\n', b'')


def test_raw_soft_reset_twice_and_files_stay(raw, board_dir):
    raw.exec_raw('f = open("/kept.txt", "w"); f.write("kept"); f.close()')
    for _ in range(2):
        raw.write(b'\x04')
        data = raw.read_until(RAW_BANNER)
        assert data == b'OK\r\n' + SOFT_REBOOT + RAW_BANNER
    assert raw.exec_raw('print(open("/kept.txt").read())') == (b'kept\r\n', b'')
    assert (board_dir / 'kept.txt').read_bytes() == b'kept'


def test_friendly_ctrl_d_soft_reboot(boards, board_dir):
    write_boot_main(board_dir)
    b = boards(board_dir)
    friendly(b, 'gg = 1')
    b.write(b'\x04')
    expected = (b'\r\n' + SOFT_REBOOT + b'BOOT-RAN\r\nMAIN-RAN\r\n' + board_banner())
    assert b.read_exactly(len(expected)) == expected
    assert runs(board_dir, 'boot_runs.txt') == 'BB'
    assert runs(board_dir, 'main_runs.txt') == 'MM'
    assert friendly(b, 'print("gg" in globals())').endswith(b'False\r\n>>> ')


def test_sys_exit_in_raw_repl_soft_reboots(boards, board_dir):
    write_boot_main(board_dir)
    b = boards(board_dir)
    b.enter_raw_repl()
    b.exec_raw('gx = 1')
    b.write(b'import sys\nsys.exit()\x04')
    data = b.read_until(RAW_BANNER)
    assert data.startswith(b'OK'), _show(data)
    assert SOFT_REBOOT in data
    assert data.endswith(SOFT_REBOOT + b'BOOT-RAN\r\n' + RAW_BANNER), _show(data)
    assert b'Traceback' not in data
    assert runs(board_dir, 'main_runs.txt') == 'M'
    assert b.exec_raw('print("gx" in globals())') == (b'False\r\n', b'')


def test_sys_exit_in_main_soft_reboots(boards, board_dir):
    # main.py exits the first time only (a marker file makes it stop)
    (board_dir / 'main.py').write_text(
        "import os, sys\n"
        "if 'exited.txt' not in os.listdir('/'):\n"
        "    open('/exited.txt', 'w').close()\n"
        "    print('MAIN-EXIT')\n"
        "    sys.exit()\n"
        "print('MAIN-SECOND')\n")
    b = boards(board_dir)
    assert b'MAIN-EXIT\r\n' in b.startup
    assert b'MAIN-SECOND\r\n' + board_banner() in b.startup
    assert SOFT_REBOOT in b.startup


# ============================================================== raw-paste
def test_raw_paste_header_and_run(raw):
    raw.write(b'\x05A\x01')
    assert raw.read_exactly(2) == b'R\x01'
    window = struct.unpack('<H', raw.read_exactly(2))[0]
    # the device chooses the window (spec: 256; MicroPython's unix port: 128
    # plus an initial extra credit); clients must take whatever it announces
    assert 16 <= window <= 32768, window
    raw.write(b'print("pasted")\x04')
    # flow-control bytes may precede the end acknowledgement
    data = raw.read_until(b'\x04')
    assert data.strip(b'\x01') == b'\x04', _show(data)
    assert raw.follow() == (b'pasted\r\n', b'')


def test_raw_paste_many_windows_flow_control(raw):
    src, expected = big_program(20 * 256 + 100)
    out, err, info = raw.raw_paste(src)
    assert (out, err) == (expected + b'\r\n', b'')
    w = info['window']
    # each credit is one window the device consumed (+1 initial at most)
    assert info['credits'] >= (len(src) + w - 1) // w - 1
    assert info['credits'] <= (len(src) + 1) // w + 1


def test_raw_paste_exception_and_syntax_error(raw):
    out, err, _ = raw.raw_paste('print("a")\n1/0\n')
    assert out == b'a\r\n'
    assert err == (b'Traceback (most recent call last):\r\n'
                   b'  File "<stdin>", line 2, in <module>\r\n'
                   b'ZeroDivisionError: divide by zero\r\n')
    out, err, _ = raw.raw_paste('x = = 2\n')
    assert out == b''
    assert b'SyntaxError' in err and err.endswith(b'\r\n')
    # still in the raw REPL
    assert raw.exec_raw('print(5)') == (b'5\r\n', b'')


def test_raw_paste_state_persists(raw):
    raw.raw_paste('pg = 40')
    out, err, _ = raw.raw_paste('print(pg + 2)')
    assert (out, err) == (b'42\r\n', b'')
    assert raw.exec_raw('print(pg)') == (b'40\r\n', b'')


def test_raw_paste_ctrl_c_aborts(raw):
    src, _ = big_program(4000)
    raw.write(b'\x05A\x01')
    assert raw.read_exactly(2) == b'R\x01'
    window = struct.unpack('<H', raw.read_exactly(2))[0]
    raw.write(src[:window])           # within the first window: allowed
    raw.write(b'\x03')
    data = raw.read_until(b'\x04')
    assert data.strip(b'\x01') == b'\x04', _show(data)
    out, err = raw.follow()
    assert out == b''
    assert b'KeyboardInterrupt' in err, _show(err)
    # nothing of the aborted program ran; the raw REPL works
    assert raw.exec_raw('print("n" in globals())') == (b'False\r\n', b'')


def test_raw_paste_1mb(raw):
    src, expected = big_program(1 << 20)
    out, err, info = raw.raw_paste(src, timeout=BIG_TIMEOUT)
    assert (out, err) == (expected + b'\r\n', b'')


def test_raw_1mb_without_paste(raw):
    src, expected = big_program(1 << 20)
    raw.write(src + b'\x04', timeout=BIG_TIMEOUT)
    assert raw.read_exactly(2, BIG_TIMEOUT) == b'OK'
    assert raw.follow(BIG_TIMEOUT) == (expected + b'\r\n', b'')


# ========================================================= pipe console
def test_pipe_console(boards, board_dir):
    write_boot_main(board_dir)
    b = boards(board_dir, pty=False)
    assert b.startup.endswith(b'BOOT-RAN\r\nMAIN-RAN\r\n' + board_banner())
    assert friendly(b, 'print(2*21)').endswith(b'42\r\n>>> ')
    b.enter_raw_repl()
    b.write(b'print(1+1)\x04')
    assert b.read_exactly(len(b'OK2\r\n\x04\x04>')) == b'OK2\r\n\x04\x04>'
    src, expected_out = big_program(3000)
    assert b.raw_paste(src)[:2] == (expected_out + b'\r\n', b'')
    b.write(b'\x04')
    expected = b'OK\r\n' + SOFT_REBOOT + b'BOOT-RAN\r\n' + RAW_BANNER
    assert b.read_exactly(len(expected)) == expected
    b.write(b'\x02')
    expected = b'\r\n' + board_banner()
    assert b.read_exactly(len(expected)) == expected


# ================================================= filesystem confinement
def test_fs_root_is_board_dir(raw, board_dir):
    out, err = raw.exec_raw('import os\nprint(sorted(os.listdir("/")))\n'
                            'print(sorted(os.listdir()))\nprint(os.getcwd())')
    assert err == b''
    listing = repr(sorted(os.listdir(str(board_dir)))).encode()
    assert out == listing + b'\r\n' + listing + b'\r\n/\r\n'
    out, err = raw.exec_raw('print(open("/sub/b.txt").read(), open("a.txt").read())\n'
                            'print(open("/data.bin", "rb").read() == bytes(range(256)) * 4)')
    assert (out, err) == (b'bravo alpha\r\n\r\nTrue\r\n', b'')


def test_fs_write_lands_in_board_dir(raw, board_dir):
    out, err = raw.exec_raw(
        'import os\n'
        'f = open("/x.txt", "w"); f.write("hello"); f.close()\n'
        'f = open("rel.bin", "wb"); f.write(bytes([0, 255, 10, 13])); f.close()\n'
        'os.mkdir("/newdir")\n'
        'f = open("/newdir/in.txt", "w"); f.write("in"); f.close()\n'
        'os.remove("/a.txt")\n'
        'os.rename("/sub/b.txt", "/sub/c.txt")\n'
        'print("done")')
    assert (out, err) == (b'done\r\n', b'')
    assert (board_dir / 'x.txt').read_bytes() == b'hello'
    assert (board_dir / 'rel.bin').read_bytes() == b'\x00\xff\n\r'
    assert (board_dir / 'newdir' / 'in.txt').read_bytes() == b'in'
    assert not (board_dir / 'a.txt').exists()
    assert (board_dir / 'sub' / 'c.txt').read_bytes() == b'bravo'


def test_fs_dotdot_cannot_escape(raw, board_dir, tmp_path):
    outside_before = sorted(os.listdir(str(tmp_path)))
    code = r'''
import os
def attempt(label, fn):
    try:
        r = fn()
        print(label, 'OK', repr(r))
    except OSError as e:
        print(label, 'OSError')
attempt('ls', lambda: sorted(os.listdir('/..')))
attempt('ls2', lambda: sorted(os.listdir('/sub/../..')))
attempt('ls3', lambda: sorted(os.listdir('../..')))
attempt('read1', lambda: open('/../secret.txt').read())
attempt('read2', lambda: open('../secret.txt').read())
attempt('read3', lambda: open('/sub/../../secret.txt').read())
attempt('stat', lambda: os.stat('/../secret.txt')[6])
def w(p):
    f = open(p, 'w'); f.write('escaped?'); f.close()
attempt('w1', lambda: w('/../escape1.txt'))
attempt('w2', lambda: w('../escape2.txt'))
attempt('w3', lambda: w('/sub/../../escape3.txt'))
attempt('mk', lambda: os.mkdir('/../escape_dir'))
def cd_write():
    os.chdir('/..')
    w('escape4.txt')
    return os.getcwd()
attempt('cd', cd_write)
os.chdir('/')
print('END')
'''
    out, err = raw.exec_raw(code)
    assert err == b'', err
    text = out.decode('latin-1')
    assert text.endswith('END\r\n'), text
    assert 'SECRET' not in text
    listing = repr(sorted(os.listdir(str(board_dir))))
    for line in text.splitlines():
        if line.startswith('ls') and ' OK ' in line:
            # '/..' is '/' again: DIR's listing (taken before the writes)
            assert 'secret.txt' not in line and "'board'" not in line, line
    # nothing was created outside DIR
    assert sorted(os.listdir(str(tmp_path))) == outside_before
    assert (tmp_path / 'secret.txt').read_bytes() == b'SECRET-OUTSIDE'
    assert not (tmp_path.parent / 'escape1.txt').exists()


def test_fs_host_absolute_path_is_inside_board(raw, tmp_path):
    secret = str(tmp_path / 'secret.txt')
    out, err = raw.exec_raw('try:\n    print(open(%r).read())\n'
                            'except OSError:\n    print("no such file")' % secret)
    assert (out, err) == (b'no such file\r\n', b'')


def test_sys_path_and_imports_from_board(raw):
    out, err = raw.exec_raw('import sys\nprint(sys.path)\nimport blib, top\n'
                            'print(blib.NAME)\nprint(top.NAME)')
    assert (out, err) == (b"['', '.frozen', '/lib']\r\nblib from /lib\r\ntop from /\r\n", b'')


def test_main_and_boot_see_board_root(boards, board_dir):
    (board_dir / 'boot.py').write_text(
        "import os\nprint('BOOTLS', sorted(os.listdir('/')))\n")
    b = boards(board_dir)
    names = sorted(os.listdir(str(board_dir)))
    assert ('BOOTLS %r\r\n' % names).encode() in b.startup


# ================================================================ mpremote
def have_mpremote():
    try:
        import mpremote  # noqa: F401
        import serial    # noqa: F401
        return True
    except ImportError:
        return False


def needs_mpremote(test):
    """mpremote is a test dependency (the Makefile's env installs it): a
    missing one fails the test rather than skipping it."""
    return test


def mpremote(board, *args, timeout=60, check=True):
    argv = [sys.executable, '-m', 'mpremote', 'connect', board.pty_path] + list(args)
    try:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        raise BoardError('mpremote %s timed out (%ss); stdout %r stderr %r%s'
                         % (' '.join(args), timeout, e.stdout, e.stderr,
                            board.stderr_note()))
    out = p.stdout.replace(b'\r\n', b'\n').decode('utf-8', 'replace')
    err = p.stderr.decode('utf-8', 'replace')
    if check and p.returncode != 0:
        raise BoardError('mpremote %s failed (status %d)\nstdout: %s\nstderr: %s%s'
                         % (' '.join(args), p.returncode, out, err, board.stderr_note()))
    return out


@pytest.fixture
def mp_board(boards, board_dir):
    """A --pty board with no harness client: mpremote is the only client."""
    assert have_mpremote(), 'mpremote is missing: `make env` installs the test dependencies'
    return boards(board_dir, connect=False)


@needs_mpremote
def test_mpremote_exec_eval(mp_board):
    assert mpremote(mp_board, 'exec', 'print("hi from board", 6*7)') == 'hi from board 42\n'
    assert mpremote(mp_board, 'eval', '1+2') == '3\n'
    assert mp_board.alive()


@needs_mpremote
def test_mpremote_exec_error(mp_board):
    argv = [sys.executable, '-m', 'mpremote', 'connect', mp_board.pty_path,
            'exec', '1/0']
    p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60)
    both = (p.stdout + p.stderr).replace(b'\r\n', b'\n')
    assert b'ZeroDivisionError: divide by zero' in both, both
    # still usable
    assert mpremote(mp_board, 'eval', '2*2') == '4\n'


@needs_mpremote
def test_mpremote_run_file(mp_board, tmp_path):
    script = tmp_path / 'local_script.py'
    script.write_text('import os\nfor i in range(3):\n    print("run", i)\n'
                      'print(sorted(os.listdir("/")))\n')
    out = mpremote(mp_board, 'run', str(script))
    names = sorted(os.listdir(mp_board.dir))
    assert out == 'run 0\nrun 1\nrun 2\n%r\n' % names


@needs_mpremote
def test_mpremote_fs_ls_cat(mp_board):
    out = mpremote(mp_board, 'fs', 'ls')
    for name in ('a.txt', 'data.bin', 'top.py', 'sub/', 'lib/'):
        assert re.search(r'^\s*\d+ %s$' % re.escape(name), out, re.M), out
    out = mpremote(mp_board, 'fs', 'ls', ':sub')
    assert re.search(r'^\s*\d+ b\.txt$', out, re.M), out
    assert mpremote(mp_board, 'fs', 'cat', ':a.txt') == 'alpha\n'
    assert mpremote(mp_board, 'fs', 'cat', ':sub/b.txt') == 'bravo'


@needs_mpremote
def test_mpremote_fs_cp_both_ways(mp_board, tmp_path):
    rnd = random.Random(5)
    payload = bytes(range(256)) + bytes(rnd.randrange(256) for _ in range(3000))
    local = tmp_path / 'up.bin'
    local.write_bytes(payload)
    mpremote(mp_board, 'fs', 'cp', str(local), ':up.bin')
    assert (tmp_path / 'board' / 'up.bin').read_bytes() == payload
    mpremote(mp_board, 'fs', 'cp', str(local), ':sub/up2.bin')
    assert (tmp_path / 'board' / 'sub' / 'up2.bin').read_bytes() == payload
    back = tmp_path / 'down.bin'
    mpremote(mp_board, 'fs', 'cp', ':data.bin', str(back))
    assert back.read_bytes() == bytes(range(256)) * 4
    mpremote(mp_board, 'fs', 'cp', ':up.bin', str(tmp_path / 'roundtrip.bin'))
    assert (tmp_path / 'roundtrip.bin').read_bytes() == payload


@needs_mpremote
def test_mpremote_fs_rm_mkdir_rmdir(mp_board):
    d = mp_board.dir
    mpremote(mp_board, 'fs', 'rm', ':a.txt')
    assert not os.path.exists(os.path.join(d, 'a.txt'))
    mpremote(mp_board, 'fs', 'mkdir', ':newdir')
    assert os.path.isdir(os.path.join(d, 'newdir'))
    mpremote(mp_board, 'fs', 'rmdir', ':newdir')
    assert not os.path.exists(os.path.join(d, 'newdir'))
    # removing a missing file fails cleanly and the board stays usable
    argv = [sys.executable, '-m', 'mpremote', 'connect', mp_board.pty_path,
            'fs', 'rm', ':no_such_file']
    p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60)
    assert p.returncode != 0
    assert mpremote(mp_board, 'eval', '"ok"') == 'ok\n'


@needs_mpremote
def test_mpremote_resume_and_soft_reset(mp_board):
    mpremote(mp_board, 'exec', 'resume_g = 77')
    # resume: no soft reset, the global survives
    assert mpremote(mp_board, 'resume', 'exec', 'print(resume_g)') == '77\n'
    assert mpremote(mp_board, 'resume', 'exec', 'resume_g += 1') == ''
    assert mpremote(mp_board, 'resume', 'eval', 'resume_g') == '78\n'
    # explicit soft-reset: fresh state
    assert mpremote(mp_board, 'resume', 'soft-reset', 'exec',
                    'print("resume_g" in globals())') == 'False\n'
    # without resume, mpremote soft-resets by itself
    mpremote(mp_board, 'resume', 'exec', 'resume_g = 1')
    assert mpremote(mp_board, 'exec', 'print("resume_g" in globals())') == 'False\n'


@needs_mpremote
def test_mpremote_then_harness_client(mp_board):
    mpremote(mp_board, 'exec', 'shared = "from mpremote"')
    mp_board.connect()
    mp_board.enter_raw_repl()
    assert mp_board.exec_raw('print(shared)') == (b'from mpremote\r\n', b'')


# ============================================================== robustness
def assert_healthy(board, checksums=None):
    """A NEW client connects (pty) and runs code; micropy is alive; DIR intact."""
    assert board.alive(), board.stderr_note()
    if board.pty_path:
        board.disconnect()
        board.connect()
    board.enter_raw_repl()
    assert board.exec_raw('print(sum(range(10)))') == (b'45\r\n', b'')
    out, err, _ = board.raw_paste('print("paste ok")')
    assert (out, err) == (b'paste ok\r\n', b'')
    assert board.alive()
    if checksums is not None:
        assert tree_checksums(board.dir) == checksums


def garbage(seed, n, exclude=b''):
    rnd = random.Random(seed)
    data = bytes(rnd.randrange(256) for _ in range(n))
    for c in exclude:
        data = data.replace(bytes([c]), b'')
    return data


def test_garbage_at_friendly_repl(board):
    sums = tree_checksums(board.dir)
    for seed in range(3):
        board.write(garbage(seed, 4000))
        board.read_available()
    assert_healthy(board, sums)


def test_garbage_in_raw_repl_is_syntax_error(raw):
    # no control bytes that the raw REPL interprets
    junk = garbage(10, 3000, exclude=b'\x01\x02\x03\x04\x05')
    out, err = raw.exec_raw(junk)
    assert b'SyntaxError' in err, _show(err)
    assert raw.exec_raw('print(1)') == (b'1\r\n', b'')


def test_garbage_in_raw_repl_any_bytes(raw):
    sums = tree_checksums(raw.dir)
    for seed in range(3):
        raw.write(garbage(100 + seed, 4000))
        raw.read_available()
    assert_healthy(raw, sums)


def test_long_line_at_friendly_prompt(board):
    sums = tree_checksums(board.dir)
    board.write(b'x' * 100000, timeout=BIG_TIMEOUT)
    board.write(b'\x03')
    board.read_until(b'>>> ', timeout=BIG_TIMEOUT)
    out = friendly(board, 'print(6*7)')
    assert out.endswith(b'42\r\n>>> ')
    assert_healthy(board, sums)


def test_long_line_executes_at_friendly_prompt(board):
    board.write(b"s = '" + b'y' * 100000 + b"'", timeout=BIG_TIMEOUT)
    board.write(b'\r')
    board.read_until(b'>>> ', timeout=BIG_TIMEOUT)
    out = friendly(board, 'print(len(s), s[:3], set(s))')
    assert out.endswith(b"100000 yyy {'y'}\r\n>>> "), _show(out)


def test_client_closes_mid_raw_paste(raw):
    sums = tree_checksums(raw.dir)
    src, _ = big_program(5000)
    raw.write(b'\x05A\x01')
    assert raw.read_exactly(2) == b'R\x01'
    window = struct.unpack('<H', raw.read_exactly(2))[0]
    raw.write(src[:window])
    raw.disconnect()
    assert_healthy(raw, sums)


def test_client_closes_mid_output(raw):
    sums = tree_checksums(raw.dir)
    raw.write(b'for i in range(1000000):\n    print("line", i)\n\x04')
    raw.read_until(b'line 300\r\n')
    raw.disconnect()
    assert_healthy(raw, sums)
    # the interrupted loop did not run to its end
    out, err = raw.exec_raw('print(i < 999999)')
    assert (out, err) == (b'True\r\n', b'')


def test_new_client_keeps_state(raw):
    raw.exec_raw('survivor = 123')
    raw.disconnect()
    raw.connect()
    raw.enter_raw_repl()
    assert raw.exec_raw('print(survivor)') == (b'123\r\n', b'')


def test_many_reconnects(raw):
    for k in range(5):
        raw.disconnect()
        raw.connect()
        raw.enter_raw_repl()
        assert raw.exec_raw('print(%d * 2)' % k) == (('%d\r\n' % (2 * k)).encode(), b'')
    assert raw.alive()
