"""The console: where the REPL reads keys and writes, and where sys.stdin,
stdout and stderr go.

Two kinds, as MicroPython has them:
- the unix port's terminal: raw mode only while the line editor runs, the
  terminal's own mode while code runs (so Ctrl-C is SIGINT);
- a board's serial line (board mode): a byte stream in both directions,
  output lines end in \\r\\n, and a Ctrl-C byte that arrives while code runs
  raises KeyboardInterrupt (it is polled for between bytecodes and while
  sleeping).  With --pty the line is a new pseudo-terminal."""
import os
import time
from rpython.rlib.rstring import replace
from interp.console import term
from interp.error import OperationError

POLL_INTERVAL = 0.01        # seconds between polls for Ctrl-C while code runs
PTY_WRITE_WAIT_MS = 200     # then output nobody reads is dropped


class Console(object):
    def __init__(self):
        self.board = False          # a board's serial line (see above)
        self.tty = False            # stdin is a terminal that we switch to raw
        self.pty_slave = -1         # --pty: our descriptor of the slave side
        self.pty_name = ''
        self.executing = False      # user code runs: Ctrl-C input interrupts it
        self.last_poll = 0.0
        self.input_eof = False      # stdin (a pipe) has ended: stop polling it
        self.editor = None          # the REPL's line editor (input() on a board uses it)

    # -- set-up --

    def setup_terminal(self):
        self.tty = term.isatty(0) and term.isatty(1)

    def setup_board(self, space, use_pty):
        """Become a board's console: on a new pty, or on stdin/stdout."""
        if use_pty:
            master, slave, name = term.open_pty()
            if master < 0:
                raise OSError(0, 'cannot open a pseudo-terminal')
            os.write(1, 'PTY: %s\n' % name)
            if not term.attach_stdio(master):
                raise OSError(0, 'cannot attach the pseudo-terminal')
            os.close(master)
            self.pty_slave = slave
            self.pty_name = name
        elif term.isatty(0):
            term.set_raw(0, False)      # keys as bytes, Ctrl-C included
            self.tty = True
        self.board = True
        space.stdout.line_buffered = True
        space.stdout.unbuffered = True

    def finish(self):
        if self.tty:
            term.restore(0)

    # -- modes: the line editor wants raw keys, running code the usual tty --

    def edit_mode(self):
        self.executing = False
        if self.tty and not self.board:
            term.set_raw(0, True)

    def exec_mode(self):
        self.executing = True
        self.last_poll = 0.0
        if self.tty and not self.board:
            term.restore(0)

    # -- I/O for the REPL --

    def read_byte(self, space):
        return space.stdin.read_byte()

    def write(self, space, s):
        space.stdout.write_raw(s)
        space.stdout.flush()

    def cook(self, s):
        """Text output on a board's console: \\n -> \\r\\n."""
        if self.board and '\n' in s:
            return replace(s, '\n', '\r\n')
        return s

    def write_out(self, data):
        """Write to the console's descriptor (stdout)."""
        if self.pty_slave >= 0:
            if term.write_console(1, self.pty_slave, data, PTY_WRITE_WAIT_MS) < 0:
                raise OSError(0, 'console write failed')
            return
        from interp import fileio
        fileio.write_all(1, data)

    # -- Ctrl-C on a board's line --

    def poll_interrupt(self, space):
        """Between bytecodes: take in waiting input; a Ctrl-C in it raises
        KeyboardInterrupt.  Polls at most every POLL_INTERVAL."""
        now = time.time()
        if now - self.last_poll < POLL_INTERVAL:
            return
        self.last_poll = now
        self.take_input(space, 0)

    def take_input(self, space, timeout_ms):
        if self.input_eof:
            if timeout_ms > 0:
                time.sleep(timeout_ms / 1000.0)
            return
        if term.poll_in(0, timeout_ms) != 1:
            return
        try:
            data = os.read(0, 4096)
        except OSError:
            return
        if not data:
            self.input_eof = True
            return
        space.stdin.push_input(self.filter_input(space, data))

    def filter_input(self, space, data):
        """Input read while code runs: a Ctrl-C (micropython.kbd_intr's
        character) raises KeyboardInterrupt; what came after it stays."""
        if not (self.executing and self.board):
            return data
        ch = space.actionflag.interrupt_char
        if ch < 0:
            return data
        i = data.find(chr(ch))
        if i < 0:
            return data
        space.stdin.push_input(data[i + 1:])
        raise OperationError(space.w_KeyboardInterrupt, None)

    def sleep(self, space, secs):
        """time.sleep on a board: wakes for Ctrl-C."""
        deadline = time.time() + secs
        while True:
            left = deadline - time.time()
            if left <= 0:
                return
            ms = int(left * 1000)
            if ms > 100:
                ms = 100
            if ms <= 0:
                ms = 1
            self.take_input(space, ms)
            space.actionflag.fire(space)
