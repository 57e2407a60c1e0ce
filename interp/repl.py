"""The REPL on a terminal or a board's console, as MicroPython's pyexec has
it: the friendly REPL (prompts, line editing, auto-indent, paste mode) and
the raw REPL that board tools drive (with raw-paste).  A session ends with
EXIT (leave micropy) or SOFT_RESET; interp/board.py and interp/main.py run
it in a loop around soft resets."""
from rpython.rlib.rstring import StringBuilder
from interp.error import OperationError
from interp.console.readline import (LineEditor, CTRL_A, CTRL_B, CTRL_C, CTRL_D,
                                     CTRL_E, EOF)
from interp.console.completion import Completer

FRIENDLY = 0
RAW = 1

EXIT = 0            # leave micropy, with Repl.status as the exit status
SOFT_RESET = 1
CONTINUE = 2        # internal: go on reading

RAW_BANNER = 'raw REPL; CTRL-B to exit\r\n'
RAW_PASTE_WINDOW = 128     # half of MicroPython's usual 256-byte stdin buffer


def unix_banner():
    from interp.main import version_line
    return version_line() + '\nUse Ctrl-D to exit, Ctrl-E for paste mode\n'


def board_banner():
    from interp.main import version_line
    return version_line() + '\r\nType "help()" for more information.\r\n'


class EditorIO(object):
    """What the line editor reads keys from and draws on."""
    def __init__(self, space):
        self.space = space

    def read_byte(self):
        return self.space.console.read_byte(self.space)

    def write(self, s):
        self.space.console.write(self.space, s)

    def take_typed(self):
        """Printable bytes typed ahead (a paste): inserted in one go."""
        return self.space.stdin.take_buffered(1 << 20, True)


class Repl(object):
    def __init__(self, space, board):
        self.space = space
        self.board = board
        self.editor = LineEditor(EditorIO(space))
        self.completer = Completer(space)
        self.editor.completer = self.completer
        space.console.editor = self.editor
        self.mode = FRIENDLY
        self.status = 0

    def write(self, s):
        self.space.console.write(self.space, s)

    def read_byte(self):
        try:
            return self.space.console.read_byte(self.space)
        except OperationError as e:
            if not e.match(self.space, self.space.w_KeyboardInterrupt):
                raise
            return CTRL_C       # a SIGINT while waiting for input

    def readline(self, prompt, prev_text):
        try:
            return self.editor.readline(prompt, prev_text)
        except OperationError as e:
            if not e.match(self.space, self.space.w_KeyboardInterrupt):
                raise
            return CTRL_C, ''

    def run(self, w_dict):
        """Serve the REPL (friendly or raw, switching on Ctrl-A / Ctrl-B)
        until micropy is to exit or to soft-reset."""
        self.completer.w_globals = w_dict
        self.space.console.edit_mode()
        while True:
            if self.mode == RAW:
                r = self.raw_repl(w_dict)
            else:
                r = self.friendly_repl(w_dict)
            if r != CONTINUE:
                return r

    # -- the friendly REPL --

    def friendly_repl(self, w_dict):
        while True:
            code, line = self.readline('>>> ', '')
            if code == CTRL_A:
                self.write('\r\n')
                self.mode = RAW
                return CONTINUE
            if code == CTRL_B:
                self.write('\r\n' + board_banner())
                continue
            if code == CTRL_C:
                self.write('\r\n')
                continue
            if code == CTRL_D or code == EOF:
                self.write('\r\n')
                if self.board and code == CTRL_D:
                    return SOFT_RESET
                return EXIT
            if code == CTRL_E:
                source = self.paste_mode()
                if source is None:
                    continue
                r = self.execute(source, 'exec', w_dict, False)
            else:
                if not line.strip():
                    continue
                text = line
                cancelled = False
                while continue_with_input(text):
                    text += '\n'
                    code, more = self.readline('... ', text)
                    if code == CTRL_C:
                        self.write('\r\n')
                        cancelled = True
                        break
                    if code == CTRL_D or code == EOF:
                        break           # stop entering the statement: run it
                    text += more
                if cancelled:
                    continue
                r = self.execute(text, 'single', w_dict, False)
            if r != CONTINUE:
                return r

    def paste_mode(self):
        """Ctrl-E: text as typed (no auto-indent) until Ctrl-D; None when
        cancelled with Ctrl-C."""
        self.write('\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ')
        b = StringBuilder()
        after_cr = False
        while True:
            c = self.read_byte()
            if c == CTRL_C:
                self.write('\r\n')
                return None
            if c == CTRL_D or c == EOF:
                self.write('\r\n')
                return b.build()
            if c == ord('\n') and after_cr:
                after_cr = False        # the \n of a \r\n pair
                continue
            after_cr = c == ord('\r')
            if c == ord('\r') or c == ord('\n'):
                b.append('\n')
                self.write('\r\n=== ')
            else:
                b.append(chr(c))
                self.write(chr(c))

    # -- the raw REPL --

    def raw_repl(self, w_dict):
        self.write(RAW_BANNER)
        while True:
            self.write('>')
            b = StringBuilder()
            n = 0
            first = ''
            second = ''
            while True:
                c = self.read_byte()
                if c == EOF:
                    return EXIT
                if c == CTRL_A:
                    if n == 2 and first == chr(CTRL_E):
                        r = self.raw_paste(second == 'A', w_dict)
                        if r != CONTINUE:
                            return r
                    else:
                        self.write(RAW_BANNER)
                    break
                if c == CTRL_B:
                    self.write('\r\n' + board_banner())
                    self.mode = FRIENDLY
                    return CONTINUE
                if c == CTRL_C:
                    b = StringBuilder()
                    n = 0
                    continue
                if c == CTRL_D:
                    self.write('OK')
                    if n == 0:
                        self.write('\r\n')
                        return SOFT_RESET
                    r = self.execute(b.build(), 'exec', w_dict, True)
                    if r != CONTINUE:
                        return r
                    break
                if n == 0:
                    first = chr(c)
                elif n == 1:
                    second = chr(c)
                b.append(chr(c))
                n += 1
                if n > 2:
                    more = self.space.stdin.take_buffered(1 << 20, False)
                    b.append(more)
                    n += len(more)

    def raw_paste(self, supported, w_dict):
        """Raw-paste: the host sends at most a window of bytes ahead; each
        window taken in is acknowledged with \\x01; \\x04 ends the text."""
        if not supported:
            self.write('R\x00')
            return CONTINUE
        window = RAW_PASTE_WINDOW
        # the window size, then \x01: the host may send two windows ahead
        self.write('R\x01' + chr(window & 0xff) + chr(window >> 8) + '\x01')
        b = StringBuilder()
        remain = window
        while True:
            c = self.read_byte()
            if c == EOF:
                return EXIT
            if c == CTRL_D:
                self.write('\x04')
                break
            if c == CTRL_C:
                # the host aborts: end the transfer, report the interrupt
                self.write('\x04\x04')
                self.space.stderr.write_str('KeyboardInterrupt: \n')
                self.space.stdout.flush()
                self.write('\x04')
                return CONTINUE
            b.append(chr(c))
            remain -= 1
            if remain > 0:
                more = self.take_paste_run(remain)
                b.append(more)
                remain -= len(more)
            if remain == 0:
                self.write('\x01')
                remain = window
        return self.execute(b.build(), 'exec', w_dict, True)

    def take_paste_run(self, maxlen):
        """Raw-paste data read ahead, up to the next Ctrl-C or Ctrl-D."""
        stdin = self.space.stdin
        start = stdin.rpos
        end = start
        rbuf = stdin.rbuf
        while end < len(rbuf) and end - start < maxlen:
            b = ord(rbuf[end])
            if b == CTRL_C or b == CTRL_D:
                break
            end += 1
        stdin.rpos = end
        return rbuf[start:end]

    # -- running code --

    def execute(self, source, mode, w_dict, raw):
        """Compile and run; raw frames the output as the raw REPL does:
        output \\x04 error-output \\x04.  SystemExit exits micropy in the unix
        REPL, and soft-resets a board (and the raw REPL)."""
        from interp.function import run_code
        from interp.main import report_exception, system_exit_code
        space = self.space
        console = space.console
        result = CONTINUE
        console.exec_mode()
        try:
            try:
                if mode == 'exec':
                    w_dict.setitem_str('__file__', space.newtext('<stdin>'))
                code = space.compile_source(source, '<stdin>', mode)
                run_code(space, code, w_dict, w_dict)
                space.stdout.flush()
                if raw:
                    self.write('\x04\x04')
            except OperationError as e:
                space.stdout.flush()
                if raw:
                    self.write('\x04')
                if e.match(space, space.w_SystemExit):
                    if self.board or raw:
                        result = SOFT_RESET
                    else:
                        self.status = system_exit_code(space, e.get_w_value(space))
                        result = EXIT
                else:
                    report_exception(space, e)
                    space.stdout.flush()
                if raw:
                    self.write('\x04')
        finally:
            console.edit_mode()
        return result


COMPOUND_KEYWORDS = ['if', 'while', 'for', 'def', 'class', 'try', 'with', 'async']


def starts_compound(line):
    """Does this first line of input start a compound statement?"""
    n = len(line)
    start = 0
    while start < n and (line[start] == ' ' or line[start] == '\t'):
        start += 1
    end = n
    while end > start and (line[end - 1] == ' ' or line[end - 1] == '\t' or
                           line[end - 1] == '\n' or line[end - 1] == '\r'):
        end -= 1
    if end <= start:
        return False
    if line[start] == '@' or line[end - 1] == ':':
        return True
    i = start
    while i < end and (line[i].isalnum() or line[i] == '_'):
        i += 1
    word = line[start:i]
    return word in COMPOUND_KEYWORDS


def continue_with_input(text):
    """Does the statement typed so far need more lines?  As MicroPython
    decides: open brackets, an open triple-quoted string, a trailing
    backslash, or a compound statement whose last line is not empty."""
    n = len(text)
    if n == 0:
        return False
    depth = 0
    quote = ''          # the open string's delimiter: ' " ''' or """
    i = 0
    while i < n:
        c = text[i]
        if quote:
            if c == '\\':
                i += 2
                continue
            if c == quote[0] and text[i:i + len(quote)] == quote:
                i += len(quote)
                quote = ''
                continue
            if c == '\n' and len(quote) == 1:
                quote = ''              # a one-line string ends with its line
        elif c == '\'' or c == '"':
            if text[i:i + 3] == c * 3:
                quote = c * 3
                i += 3
                continue
            quote = c
        elif c == '#':
            while i < n and text[i] != '\n':
                i += 1
            continue
        elif c == '(' or c == '[' or c == '{':
            depth += 1
        elif c == ')' or c == ']' or c == '}':
            depth -= 1
        i += 1
    if len(quote) == 3:
        return True
    if depth > 0 and not quote:
        return True
    if text[n - 1] == '\\':
        return True
    nl = text.find('\n')
    first_line = text if nl < 0 else text[:nl]
    if starts_compound(first_line) and text[n - 1] != '\n':
        return True
    return False
