"""The console's C shim (interp/console/termshim.c), called directly through
cffi: raw mode on a pty, pseudo-terminal creation, polling, and console
writes that never block for ever."""
import os
import termios
import time

import pytest

import cffi  # noqa: F401  (a test dependency: make env installs it)

HERE = os.path.dirname(os.path.abspath(__file__))
SHIM_DIR = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'interp', 'console')


@pytest.fixture(scope='module')
def lib(tmp_path_factory):
    from cbuild import compile_cffi, header_cdef
    return compile_cffi(tmp_path_factory, '_termshim_test',
                        header_cdef(os.path.join(SHIM_DIR, 'termshim.h')),
                        '#include "termshim.c"', [SHIM_DIR])


def open_pty(lib):
    ffi = lib.ffi
    name = ffi.new('char[256]')
    slave = ffi.new('int *')
    master = lib.lib.mpterm_open_pty(name, 256, slave)
    assert master >= 0
    return master, slave[0], ffi.string(name).decode()


def test_open_pty_gives_a_raw_slave(lib):
    master, slave, name = open_pty(lib)
    try:
        assert name.startswith('/dev/pts/')
        assert os.path.exists(name)
        attrs = termios.tcgetattr(slave)
        lflag = attrs[3]
        assert not lflag & termios.ECHO and not lflag & termios.ICANON
        # bytes written on the master arrive unchanged on the slave, no echo back
        os.write(master, b'a\nb\x03')
        time.sleep(0.05)
        assert os.read(slave, 100) == b'a\nb\x03'
        assert lib.lib.mpterm_poll_in(master, 0) == 0
    finally:
        os.close(master)
        os.close(slave)


def test_poll_in_sees_input_and_times_out(lib):
    master, slave, name = open_pty(lib)
    try:
        t = time.time()
        assert lib.lib.mpterm_poll_in(master, 50) == 0
        assert time.time() - t >= 0.04
        os.write(slave, b'x')
        assert lib.lib.mpterm_poll_in(master, 1000) == 1
        assert os.read(master, 10) == b'x'
    finally:
        os.close(master)
        os.close(slave)


def test_set_raw_and_restore(lib):
    master, slave, name = open_pty(lib)
    try:
        termios.tcsetattr(slave, termios.TCSANOW,
                          _with_lflag(termios.tcgetattr(slave), termios.ECHO | termios.ICANON | termios.ISIG))
        before = termios.tcgetattr(slave)
        assert lib.lib.mpterm_set_raw(slave, 1) == 0
        raw = termios.tcgetattr(slave)
        assert raw[3] == 0                          # no echo, no canon, no signals
        assert raw[1] & termios.OPOST               # output processing kept
        assert raw[6][termios.VMIN] == 1
        assert lib.lib.mpterm_restore(slave) == 0
        assert termios.tcgetattr(slave) == before
        assert lib.lib.mpterm_set_raw(slave, 0) == 0
        assert not termios.tcgetattr(slave)[1] & termios.OPOST
        lib.lib.mpterm_restore(slave)
    finally:
        os.close(master)
        os.close(slave)


def _with_lflag(attrs, bits):
    attrs = list(attrs)
    attrs[3] |= bits
    attrs[1] |= termios.OPOST           # a terminal's usual output processing
    return attrs


def test_set_raw_on_a_non_terminal_fails(lib):
    r, w = os.pipe()
    try:
        assert lib.lib.mpterm_set_raw(r, 1) == -1
        assert lib.lib.mpterm_isatty(r) == 0
    finally:
        os.close(r)
        os.close(w)


def test_write_console_drops_output_nobody_reads(lib):
    master, slave, name = open_pty(lib)
    try:
        data = b'y' * 200000            # far more than a pty buffers
        t = time.time()
        n = lib.lib.mpterm_write_console(master, slave, data, len(data), 20)
        assert n == len(data)           # returned: did not block for ever
        assert time.time() - t < 30
        # the master is still blocking for reads afterwards
        import fcntl
        assert not fcntl.fcntl(master, fcntl.F_GETFL) & os.O_NONBLOCK
    finally:
        os.close(master)
        os.close(slave)


def test_write_console_delivers_when_read(lib):
    master, slave, name = open_pty(lib)
    try:
        data = b'hello\r\n'
        assert lib.lib.mpterm_write_console(master, slave, data, len(data), 200) == len(data)
        assert os.read(slave, 100) == data
    finally:
        os.close(master)
        os.close(slave)


def test_attach_stdio_in_a_child(lib):
    master, slave, name = open_pty(lib)
    pid = os.fork()
    if pid == 0:
        try:
            lib.lib.mpterm_attach_stdio(master)
            os.write(1, b'out')
            os.write(2, b'err')
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    try:
        time.sleep(0.05)
        assert os.read(slave, 100) == b'outerr'
    finally:
        os.close(master)
        os.close(slave)
