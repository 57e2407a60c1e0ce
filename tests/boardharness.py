"""Harness for talking to `micropy --board DIR [--pty]` as a host would talk to
a MicroPython board over its serial console (the pyboard.py / mpremote way).

    board = Board.start(dirpath, pty=True)    # or pty=False: stdin/stdout pipes
    board.read_until(b'>>> ')                 # banner at start-up
    board.write(b'\\r\\x01')                    # Ctrl-A: raw REPL
    ...
    board.close()                             # always: kills micropy

All I/O is bytes.  Nothing sleeps blindly: every wait is `read_until(expected,
timeout)`, which fails with the bytes received so far (and micropy's stderr)
when the expected bytes do not arrive in time.

Environment:
  MICROPY        binary under test (default <repo>/build/micropy); may be a
                 runner script such as /tmp/mp.sh (slow start-up)
  BOARD_TIMEOUT  seconds for one ordinary wait (default 30)
  BOARD_BIG_TIMEOUT  seconds for waits around megabyte transfers (default 600)
"""
import errno
import os
import select
import signal
import struct
import subprocess
import tempfile
import termios
import threading
import time
import tty

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

TIMEOUT = float(os.environ.get('BOARD_TIMEOUT') or 30)
BIG_TIMEOUT = float(os.environ.get('BOARD_BIG_TIMEOUT') or 600)

RAW_BANNER = b'raw REPL; CTRL-B to exit\r\n>'
HELP_LINE = b'\r\nType "help()" for more information.\r\n'
SOFT_REBOOT = b'MPY: soft reboot\r\n'


def micropy_path():
    return os.path.abspath(os.environ.get('MICROPY') or
                           os.path.join(REPO, 'build', 'micropy'))


_version_line = None


def version_line():
    """The version line (`micropy --version`), as bytes without line end."""
    global _version_line
    if _version_line is None:
        out = subprocess.run([micropy_path(), '--version'],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             stdin=subprocess.DEVNULL, timeout=120).stdout
        _version_line = out.strip(b'\r\n')
    return _version_line


def board_banner():
    """What the friendly REPL prints on entry (start-up, Ctrl-B, soft reboot)."""
    return version_line() + HELP_LINE + b'>>> '


class BoardError(AssertionError):
    pass


class Board(object):
    """One running `micropy --board DIR` process and one client connection."""

    def __init__(self, proc, dirpath, errfile, pty_path=None):
        self.proc = proc
        self.dir = dirpath
        self.errfile = errfile
        self.pty_path = pty_path
        self.rfd = None          # fd we read the console from
        self.wfd = None          # fd we write the console to
        self.buf = b''           # received, not yet consumed by read_until
        self.eof = False
        self._stdout_rest = b''  # --pty: what micropy wrote to its real stdout

    # ---------------------------------------------------------------- start
    @classmethod
    def start(cls, dirpath, pty=True, extra_args=(), connect=True):
        exe = micropy_path()
        if not os.path.isfile(exe):
            raise BoardError('micropy binary not found: %s' % exe)
        errfile = tempfile.TemporaryFile()
        args = [exe, '--board', str(dirpath)] + list(extra_args)
        if pty:
            args.append('--pty')
        env = dict(os.environ)
        env.pop('MICROPYPATH', None)
        env.pop('MICROPYINSPECT', None)
        proc = subprocess.Popen(args, stdin=subprocess.DEVNULL if pty else subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=errfile,
                                cwd=str(dirpath), env=env, start_new_session=True)
        board = cls(proc, str(dirpath), errfile)
        try:
            if pty:
                board.pty_path = board._read_pty_line()
                board._start_stdout_drain()
                if connect:
                    board.connect()
            else:
                board.rfd = proc.stdout.fileno()
                board.wfd = proc.stdin.fileno()
                os.set_blocking(board.rfd, False)
                os.set_blocking(board.wfd, False)
        except BaseException:
            board.close()
            raise
        return board

    def _read_pty_line(self):
        fd = self.proc.stdout.fileno()
        data = b''
        deadline = time.monotonic() + TIMEOUT
        while b'\n' not in data:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BoardError('no "PTY: ..." line within %ss; got %r%s'
                                 % (TIMEOUT, data, self.stderr_note()))
            r, _, _ = select.select([fd], [], [], left)
            if r:
                chunk = os.read(fd, 1)   # byte by byte: keep the rest in the pipe
                if not chunk:
                    raise BoardError('micropy stdout closed before the PTY line; '
                                     'got %r%s' % (data, self.stderr_note()))
                data += chunk
        line = data.rstrip(b'\r\n')
        if not line.startswith(b'PTY: /dev/'):
            raise BoardError('first stdout line is not "PTY: /dev/...": %r%s'
                             % (line, self.stderr_note()))
        return line[len(b'PTY: '):].decode()

    def _start_stdout_drain(self):
        def drain():
            try:
                while True:
                    chunk = self.proc.stdout.read1(4096)
                    if not chunk:
                        break
                    self._stdout_rest += chunk
            except (OSError, ValueError):
                pass
        t = threading.Thread(target=drain)
        t.daemon = True
        t.start()

    # ------------------------------------------------------- pty connection
    def connect(self):
        """Open the pty slave as a new client (raw mode, like a serial port)."""
        assert self.pty_path, 'not a --pty board'
        fd = os.open(self.pty_path, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
        try:
            # TCSANOW: the default TCSAFLUSH would discard what micropy
            # already wrote (e.g. the start-up banner)
            tty.setraw(fd, termios.TCSANOW)
        except Exception:
            os.close(fd)
            raise
        self.rfd = self.wfd = fd
        self.buf = b''
        self.eof = False
        return fd

    def disconnect(self):
        """Close the client side (pty slave) without telling micropy."""
        if self.pty_path and self.rfd is not None:
            try:
                os.close(self.rfd)
            except OSError:
                pass
        self.rfd = self.wfd = None
        self.buf = b''

    # ------------------------------------------------------------------ I/O
    def alive(self):
        return self.proc.poll() is None

    def stderr_text(self):
        try:
            self.errfile.seek(0)
            data = self.errfile.read()
        except (OSError, ValueError):
            return ''
        lines = data.decode('utf-8', 'replace').splitlines()
        lines = [l for l in lines if not l.startswith('[version:')]
        return '\n'.join(lines[-25:])

    def stderr_note(self):
        notes = []
        rc = self.proc.poll()
        if rc is not None:
            notes.append('micropy exited with status %r' % rc)
        err = self.stderr_text()
        if err:
            notes.append('micropy stderr:\n' + err)
        return ('\n' + '\n'.join(notes)) if notes else ''

    def _read_some(self, timeout):
        """Read what is available (waiting at most timeout); append to buf.
        Returns the number of bytes read."""
        if self.eof or self.rfd is None:
            if timeout > 0:
                # nothing more can come; still honour the timeout budget lightly
                time.sleep(min(timeout, 0.05))
            return 0
        r, _, _ = select.select([self.rfd], [], [], max(0.0, timeout))
        if not r:
            return 0
        try:
            chunk = os.read(self.rfd, 65536)
        except BlockingIOError:
            return 0
        except OSError as e:
            if e.errno == errno.EIO:      # pty master gone: micropy died
                self.eof = True
                return 0
            raise
        if not chunk:
            self.eof = True
            return 0
        self.buf += chunk
        return len(chunk)

    def write(self, data, timeout=None):
        """Write all of data; keeps reading meanwhile (so an echoing console
        cannot dead-lock us); fails if micropy does not take it in time."""
        if timeout is None:
            timeout = TIMEOUT
        view = memoryview(data)
        deadline = time.monotonic() + timeout
        last_progress = time.monotonic()
        while len(view):
            now = time.monotonic()
            if now > deadline or now - last_progress > timeout:
                raise BoardError('micropy did not take input: %d bytes left'
                                 % len(view) + self.stderr_note())
            rl = [self.rfd] if (self.rfd is not None and not self.eof) else []
            r, w, _ = select.select(rl, [self.wfd], [], 0.5)
            if r:
                self._read_some(0)
            if w:
                try:
                    n = os.write(self.wfd, view[:4096])
                except BlockingIOError:
                    n = 0
                except BrokenPipeError:
                    raise BoardError('console closed while writing'
                                     + self.stderr_note())
                if n:
                    view = view[n:]
                    last_progress = time.monotonic()

    def read_until(self, ending, timeout=None):
        """Read until the received bytes contain `ending`; return everything
        up to and including its first occurrence (the rest stays buffered)."""
        if timeout is None:
            timeout = TIMEOUT
        deadline = time.monotonic() + timeout
        while True:
            i = self.buf.find(ending)
            if i >= 0:
                end = i + len(ending)
                data, self.buf = self.buf[:end], self.buf[end:]
                return data
            left = deadline - time.monotonic()
            if left <= 0 or (self._dead_and_drained() and ending not in self.buf):
                raise BoardError('timeout (%ss) waiting for %r; received %s%s'
                                 % (timeout, ending, _show(self.buf),
                                    self.stderr_note()))
            self._read_some(min(left, 0.5))

    def _dead_and_drained(self):
        """micropy has exited and everything it wrote has been read."""
        if self.alive():
            return False
        while self._read_some(0.1):
            pass
        return True

    def read_exactly(self, n, timeout=None):
        if timeout is None:
            timeout = TIMEOUT
        deadline = time.monotonic() + timeout
        while len(self.buf) < n:
            left = deadline - time.monotonic()
            if left <= 0 or (self._dead_and_drained() and len(self.buf) < n):
                raise BoardError('timeout waiting for %d bytes; received %s%s'
                                 % (n, _show(self.buf), self.stderr_note()))
            self._read_some(min(left, 0.5))
        data, self.buf = self.buf[:n], self.buf[n:]
        return data

    def read_available(self, quiet=0.0):
        """Everything buffered plus what arrives right now (no waiting unless
        quiet > 0: then until nothing came for `quiet` seconds)."""
        while self._read_some(quiet):
            pass
        data, self.buf = self.buf, b''
        return data

    def expect_nothing_pending(self):
        """Assert that no unread bytes are waiting right now."""
        self._read_some(0)
        return self.buf

    # ------------------------------------------------------ REPL protocol
    def enter_raw_repl(self, timeout=None):
        """pyboard.py style: interrupt, then Ctrl-A; synchronise on a marker so
        that nothing stale remains buffered afterwards."""
        if timeout is None:
            timeout = TIMEOUT
        self.write(b'\r\x03\x03')
        deadline = time.monotonic() + timeout
        while True:
            self.write(b'\r\x01')
            try:
                self.read_until(RAW_BANNER, timeout=min(5.0, max(0.1, deadline - time.monotonic())))
                break
            except BoardError:
                if time.monotonic() >= deadline:
                    raise
        self.sync_raw()

    def sync_raw(self, timeout=None):
        """In the raw REPL at a '>' prompt: run a marker command and consume
        everything up to its end, so the next byte received is fresh."""
        marker = 'SYNC%d' % int(time.monotonic() * 1000000)
        # build the marker at run time, so the marker text itself never
        # appears in the input that might be echoed
        self.write(('print("%s" + "%s")\x04' % (marker[:3], marker[3:])).encode())
        self.read_until(marker.encode() + b'\r\n\x04\x04>', timeout)

    def exec_raw(self, code, timeout=None):
        """Run code in the raw REPL (at a '>' prompt); return (out, err) bytes."""
        if isinstance(code, str):
            code = code.encode()
        self.write(code + b'\x04', timeout=timeout)
        ok = self.read_exactly(2, timeout)
        if ok != b'OK':
            raise BoardError('expected b"OK", got %s' % _show(ok + self.buf)
                             + self.stderr_note())
        return self.follow(timeout)

    def follow(self, timeout=None):
        out = self.read_until(b'\x04', timeout)[:-1]
        err = self.read_until(b'\x04', timeout)[:-1]
        prompt = self.read_exactly(1, timeout)
        if prompt != b'>':
            raise BoardError('expected b">" after the output frame, got %s'
                             % _show(prompt + self.buf))
        return out, err

    def raw_paste(self, code, timeout=None, strict=True):
        """Send code with the raw-paste protocol (at a '>' prompt).

        strict: never send more than the flow-control credit allows, and check
        that the device sends nothing but b'\\x01' during the transfer.
        Returns (out, err, info) with info = dict(window=, credits=)."""
        if timeout is None:
            timeout = TIMEOUT
        if isinstance(code, str):
            code = code.encode()
        self.write(b'\x05A\x01')
        head = self.read_exactly(2, timeout)
        if head != b'R\x01':
            raise BoardError('raw-paste not accepted: %s' % _show(head + self.buf))
        window = struct.unpack('<H', self.read_exactly(2, timeout))[0]
        if window == 0:
            raise BoardError('raw-paste window size is 0')
        remain = window
        credits = 0
        i = 0
        deadline = time.monotonic() + timeout
        while i < len(code):
            # take every byte the device sent meanwhile
            self._read_some(0)
            while self.buf:
                c, self.buf = self.buf[:1], self.buf[1:]
                if c == b'\x01':
                    remain += window
                    credits += 1
                elif c == b'\x04':
                    raise BoardError('device ended the raw paste early (\\x04) '
                                     'after %d of %d bytes' % (i, len(code)))
                elif strict:
                    raise BoardError('unexpected byte %r during raw paste '
                                     '(after %d bytes sent)' % (c, i))
            if remain == 0:
                if time.monotonic() > deadline:
                    raise BoardError('no flow-control credit after %d of %d '
                                     'bytes (window %d)' % (i, len(code), window)
                                     + self.stderr_note())
                self._read_some(0.5)
                continue
            chunk = code[i:i + min(remain, 4096)]
            self.write(chunk, timeout)
            i += len(chunk)
            remain -= len(chunk)
            deadline = time.monotonic() + timeout
        self.write(b'\x04', timeout)
        # the device acknowledges the end with \x04 (possibly after more \x01)
        while True:
            c = self.read_exactly(1, timeout)
            if c == b'\x04':
                break
            if c == b'\x01':
                credits += 1
                continue
            raise BoardError('unexpected byte %r before the end-of-paste '
                             'acknowledgement' % c)
        out, err = self.follow(timeout)
        return out, err, dict(window=window, credits=credits, sent=len(code))

    # ---------------------------------------------------------------- close
    def close(self):
        self.disconnect()
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except OSError:
                try:
                    self.proc.kill()
                except OSError:
                    pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        for f in (self.proc.stdin, self.proc.stdout):
            try:
                if f is not None:
                    f.close()
            except OSError:
                pass
        try:
            self.errfile.close()
        except OSError:
            pass


def _show(data, limit=600):
    if len(data) > limit:
        return '%r ... (%d bytes) ... %r' % (data[:limit // 2], len(data),
                                            data[-limit // 2:])
    return repr(data)


def tree_checksums(root):
    """{relative path: sha256 hex} for every file under root (dirs as 'DIR')."""
    import hashlib
    res = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for d in dirnames:
            res[os.path.relpath(os.path.join(dirpath, d), root)] = 'DIR'
        for f in filenames:
            p = os.path.join(dirpath, f)
            with open(p, 'rb') as fh:
                res[os.path.relpath(p, root)] = hashlib.sha256(fh.read()).hexdigest()
    return res
