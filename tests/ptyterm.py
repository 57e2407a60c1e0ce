"""A tiny terminal for driving an interactive program through a real
pseudo-terminal: keystrokes in, screen out.

    t = PtyTerm([exe], env=..., cwd=...)     # 80x24, TERM=xterm
    t.wait_for('>>> ')                        # raw output (since a mark)
    m = t.mark(); t.send('1+2\\r')
    t.wait_for(re.compile(r'\\r?\\n3\\r?\\n'), since=m)
    t.wait_screen(lambda lines: lines[-1] == '>>>')
    t.screen_lines(); t.cursor()              # rendered by pyte
    t.close()                                 # kills the process group

The child runs in a new session with the pty slave as its controlling tty,
so the line discipline turns Ctrl-C into SIGINT whenever the program has
ISIG enabled (i.e. when it is not in raw mode).

On Linux the pty master shares the slave's termios, so tty_attrs() shows the
mode the program has put its terminal in (raw while editing a line, cooked
while running code).

Uses only the standard library and `pyte` (a VT100/xterm emulator).
"""
import errno
import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import termios
import threading
import time

import pyte

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

ROWS = 24
COLS = 80


# ---------------------------------------------------------------------------
# the binary under test and time limits

def micropy_binary():
    return os.path.abspath(os.environ.get('MICROPY') or
                           os.path.join(REPO, 'build', 'micropy'))


def is_script(path):
    """True when path is an interpreted runner (#! script), e.g. the
    untranslated interpreter: everything is much slower then."""
    try:
        with open(path, 'rb') as f:
            return f.read(2) == b'#!'
    except OSError:
        return False


def default_timeout(path=None):
    """Seconds to wait for one expected reaction of the program."""
    env = os.environ.get('PTYTERM_TIMEOUT')
    if env:
        return float(env)
    return 30.0 if is_script(path or micropy_binary()) else 10.0


# ---------------------------------------------------------------------------
# keys (what a VT100/xterm sends)

class Keys(object):
    ENTER = '\r'
    TAB = '\t'
    BACKSPACE = '\x7f'
    CTRL_H = '\x08'
    UP = '\x1b[A'
    DOWN = '\x1b[B'
    RIGHT = '\x1b[C'
    LEFT = '\x1b[D'
    HOME = '\x1b[H'
    END = '\x1b[F'
    DELETE = '\x1b[3~'
    CTRL_LEFT = '\x1b[1;5D'
    CTRL_RIGHT = '\x1b[1;5C'
    ALT_B = '\x1bb'
    ALT_F = '\x1bf'
    ALT_D = '\x1bd'
    ALT_BACKSPACE = '\x1b\x7f'

    @staticmethod
    def ctrl(ch):
        return chr(ord(ch.upper()) - 64)


K = Keys


# ---------------------------------------------------------------------------

class _Screen(pyte.Screen):
    """pyte screen that answers the terminal's status queries (cursor
    position report etc.) to the program, as a real terminal would."""

    def __init__(self, cols, rows, reply):
        pyte.Screen.__init__(self, cols, rows)
        self._reply = reply

    def write_process_input(self, data):
        self._reply(data)


class TimeoutError_(AssertionError):
    pass


class PtyTerm(object):
    def __init__(self, argv, env=None, cwd=None, rows=ROWS, cols=COLS,
                 stdin=None, timeout=None):
        """argv: list; env: the full environment (default: os.environ with
        TERM=xterm); stdin: None -> the pty; subprocess.PIPE -> a pipe
        (self.proc.stdin)."""
        self.argv = list(argv)
        self.rows = rows
        self.cols = cols
        self.timeout = timeout if timeout is not None else default_timeout(argv[0])
        if env is None:
            env = dict(os.environ)
        env = dict(env)
        env.setdefault('TERM', 'xterm')
        env['LINES'] = str(rows)
        env['COLUMNS'] = str(cols)

        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ,
                    struct.pack('HHHH', rows, cols, 0, 0))
        self.initial_attrs = termios.tcgetattr(slave)

        def preexec():
            # new session already (start_new_session); make the pty our
            # controlling terminal so ^C / ^Z / ^\ raise signals
            try:
                fcntl.ioctl(1, termios.TIOCSCTTY, 0)
            except OSError:
                pass
            # a normal program starts with SIGINT at its default action
            signal.signal(signal.SIGINT, signal.SIG_DFL)

        try:
            self.proc = subprocess.Popen(
                self.argv, env=env, cwd=cwd,
                stdin=slave if stdin is None else stdin,
                stdout=slave, stderr=slave,
                start_new_session=True, preexec_fn=preexec, close_fds=True)
        finally:
            os.close(slave)

        self._lock = threading.Condition()      # (an RLock inside)
        self._raw = bytearray()
        self.enter_mark = None    # output position when Enter was last typed
        self._eof = False
        self._closed = False
        self.screen = _Screen(cols, rows, self._reply)
        self.stream = pyte.ByteStream(self.screen)
        self._thread = threading.Thread(target=self._reader, daemon=True)
        self._thread.start()

    # -- I/O ---------------------------------------------------------------

    def _reply(self, data):
        if isinstance(data, str):
            data = data.encode('utf-8')
        try:
            os.write(self.master, data)
        except OSError:
            pass

    def _reader(self):
        fd = self.master
        while True:
            try:
                r, _, _ = select.select([fd], [], [], 0.1)
            except (OSError, ValueError):
                break
            if self._closed:
                break
            if not r:
                continue
            try:
                data = os.read(fd, 65536)
            except OSError as e:
                if e.errno == errno.EINTR:
                    continue
                data = b''      # EIO: every slave fd closed
            with self._lock:
                if not data:
                    self._eof = True
                    self._lock.notify_all()
                    break
                self._raw += data
                try:
                    self.stream.feed(data)
                except Exception:      # the emulator must never kill the log
                    pass
                self._lock.notify_all()

    def send(self, keys, delay=0.0):
        """Type keys (str -> UTF-8, or bytes).  With delay > 0 they are sent
        one at a time, that many seconds apart."""
        if isinstance(keys, str):
            keys = keys.encode('utf-8')
        if b'\r' in keys or b'\n' in keys:
            self.enter_mark = self.mark()
        if delay > 0:
            for i in range(len(keys)):
                self._write_all(keys[i:i + 1])
                time.sleep(delay)
        else:
            self._write_all(keys)

    def _write_all(self, data):
        while data:
            try:
                n = os.write(self.master, data)
            except OSError as e:
                if e.errno in (errno.EAGAIN, errno.EINTR):
                    time.sleep(0.01)
                    continue
                raise
            data = data[n:]

    # -- raw output --------------------------------------------------------

    def mark(self):
        """Position in the raw output log, for wait_for(..., since=mark)."""
        with self._lock:
            return len(self._raw)

    def raw(self, since=0):
        with self._lock:
            return bytes(self._raw[since:])

    def text(self, since=0):
        return self.raw(since).decode('utf-8', 'replace')

    @property
    def eof(self):
        with self._lock:
            return self._eof

    # -- screen ------------------------------------------------------------

    def screen_lines(self):
        """Display lines, right-stripped, trailing empty lines dropped."""
        with self._lock:
            lines = [l.rstrip() for l in self.screen.display]
        while lines and not lines[-1]:
            lines.pop()
        return lines

    def cursor(self):
        """(row, col), both from 0."""
        with self._lock:
            return (self.screen.cursor.y, self.screen.cursor.x)

    def cursor_line(self):
        """The (rstripped) line the cursor is on."""
        with self._lock:
            return self.screen.display[self.screen.cursor.y].rstrip()

    def dump(self):
        lines = self.screen_lines()
        row, col = self.cursor()
        out = ['--- screen (cursor at row %d col %d) ---' % (row, col)]
        out += ['%2d|%s' % (i, l) for i, l in enumerate(lines)]
        tail = self.raw()[-1500:]
        out.append('--- last raw output bytes ---')
        out.append(repr(tail))
        return '\n'.join(out)

    # -- waiting -----------------------------------------------------------

    def _wait(self, check, timeout, what):
        timeout = self.timeout if timeout is None else timeout
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                res = check()
                if res:
                    return res
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                if self._eof:
                    # nothing more will come; a last look, then fail
                    res = check()
                    if res:
                        return res
                    break
                self._lock.wait(min(left, 0.2))
        state = 'program ended' if self._eof else 'timed out after %.0fs' % timeout
        raise TimeoutError_('%s waiting for %s\n%s' % (state, what, self._dump_locked()))

    def _dump_locked(self):
        lines = [l.rstrip() for l in self.screen.display]
        while lines and not lines[-1]:
            lines.pop()
        out = ['--- screen (cursor at row %d col %d) ---'
               % (self.screen.cursor.y, self.screen.cursor.x)]
        out += ['%2d|%s' % (i, l) for i, l in enumerate(lines)]
        out.append('--- last raw output bytes ---')
        out.append(repr(bytes(self._raw[-1500:])))
        return '\n'.join(out)

    def wait_for(self, pattern, since=0, timeout=None, screen=False):
        """Wait until pattern shows up in the raw output after `since` (a
        mark()), or, with screen=True, on the rendered screen (the lines
        joined with '\\n').  pattern: str (plain text) or compiled regex
        (str pattern: matched against the decoded text).  Returns the
        re.Match object."""
        if isinstance(pattern, (str, bytes)):
            rx = re.compile(re.escape(pattern))
        else:
            rx = pattern
        if screen:
            def check():
                text = '\n'.join(l.rstrip() for l in self.screen.display)
                return rx.search(text)
        else:
            def check():
                data = bytes(self._raw[since:])
                if isinstance(rx.pattern, str):
                    data = data.decode('utf-8', 'replace')
                return rx.search(data)
        where = 'screen' if screen else 'output'
        return self._wait(check, timeout, '%r on the %s' % (rx.pattern, where))

    def wait_screen(self, predicate, timeout=None, what=None):
        """Wait until predicate(screen_lines) is true (it may also take a
        second argument, the cursor (row, col))."""
        import inspect
        try:
            nargs = len(inspect.signature(predicate).parameters)
        except (TypeError, ValueError):
            nargs = 1

        def check():
            lines = [l.rstrip() for l in self.screen.display]
            while lines and not lines[-1]:
                lines.pop()
            if nargs >= 2:
                return predicate(lines, (self.screen.cursor.y, self.screen.cursor.x))
            return predicate(lines)
        return self._wait(check, timeout, what or 'a screen condition')

    def newline_since_enter(self):
        """True if a line end was output since Enter was last typed (so a
        screen that looked the same before the Enter is not taken for the
        reaction to it)."""
        with self._lock:
            return (self.enter_mark is None or
                    b'\n' in self._raw[self.enter_mark:])

    def wait_cursor_line(self, text, col=None, timeout=None):
        """Wait until the cursor's line reads `text` (rstripped) and, when
        col is given, the cursor is in that column (and, if Enter was typed,
        a line end has been output since)."""
        def check():
            y, x = self.screen.cursor.y, self.screen.cursor.x
            line = self.screen.display[y].rstrip()
            return (line == text.rstrip() and (col is None or x == col) and
                    self.newline_since_enter())
        return self._wait(check, timeout, 'cursor line %r%s' % (
            text, '' if col is None else ' with the cursor at column %d' % col))

    def tty_attrs(self):
        """The pty's termios attributes as the program has set them."""
        return termios.tcgetattr(self.master)

    def tty_is_raw(self):
        lflag = self.tty_attrs()[3]
        return not (lflag & termios.ICANON)

    def wait_tty(self, raw, timeout=None):
        """Wait until the terminal is in raw (ICANON off) or cooked mode.
        Returns True if it got there, False on timeout (no failure)."""
        timeout = self.timeout if timeout is None else timeout
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if self.tty_is_raw() == raw:
                    return True
            except termios.error:
                return False
            time.sleep(0.01)
        return False

    # -- process -----------------------------------------------------------

    def wait_exit(self, timeout=None):
        """Wait for the program to end; returns its exit status (negative:
        killed by that signal)."""
        timeout = self.timeout if timeout is None else timeout
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            raise TimeoutError_('program did not exit within %.0fs\n%s'
                                % (timeout, self.dump()))

    @property
    def returncode(self):
        return self.proc.poll()

    def close(self):
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except OSError:
                self.proc.kill()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            pass
        self._closed = True
        self._thread.join(2)
        try:
            os.close(self.master)
        except OSError:
            pass
        if self.proc.stdin is not None:
            try:
                self.proc.stdin.close()
            except OSError:
                pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# ---------------------------------------------------------------------------
# micropy helpers

def micropy_env(home, extra=None):
    env = dict(os.environ)
    for k in ('MICROPYPATH', 'MICROPYINSPECT', 'MICROPY', 'MICROPY_JIT'):
        env.pop(k, None)
    env['HOME'] = str(home)
    env['TERM'] = 'xterm'
    if extra:
        env.update(extra)
    return env


PROMPT = '>>> '


def start_repl(extra_args=(), home=None, cwd=None, binary=None, env=None,
               wait_prompt=True):
    """Start micropy's interactive REPL on a fresh 80x24 pty with HOME=home
    (the history file is $HOME/.micropy_history) and wait for the first
    '>>> ' prompt (and for the terminal to be put in raw mode, if the
    program does that within a short while)."""
    exe = binary or micropy_binary()
    if not os.path.isfile(exe):
        raise AssertionError('micropy binary not found: %s (build it, or set '
                             'MICROPY)' % exe)
    if home is None:
        import tempfile
        home = tempfile.mkdtemp(prefix='ptyterm-home-')
    t = PtyTerm([exe] + list(extra_args), env=micropy_env(home, env),
                cwd=cwd or str(home))
    t.home = str(home)
    if wait_prompt:
        try:
            # start-up is the slowest part (untranslated runner: seconds)
            t.wait_for(PROMPT, timeout=t.timeout * 2)
            t.wait_tty(raw=True, timeout=2)
        except BaseException:
            t.close()
            raise
    return t
