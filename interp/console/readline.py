"""The REPL's line editor, with MicroPython's keys: cursor keys, home/end,
backspace/delete, Emacs-style control keys, word moves, history and tab
completion.  It reads bytes from a console and draws with plain VT100
sequences (\\b, ESC[nD, ESC[K), so it works on any terminal and over a
serial line.

readline() returns (code, line): code 0 when Enter ended the line, or the
control character (CTRL_A .. CTRL_E) pressed on an empty line, CTRL_C when
the line was cancelled, EOF when the input ended."""

CTRL_A = 1
CTRL_B = 2
CTRL_C = 3
CTRL_D = 4
CTRL_E = 5
CTRL_F = 6
CTRL_K = 11
CTRL_N = 14
CTRL_P = 16
CTRL_U = 21
CTRL_W = 23
ESC = 27
EOF = -1

HISTORY_MAX = 100


def is_word_char(c):
    return c.isalnum()          # as MicroPython's word moves: '_' separates words


def is_cont(c):
    """A UTF-8 continuation byte (not a character of its own on screen)."""
    return 0x80 <= ord(c) < 0xc0


def ncols(s):
    n = 0
    for c in s:
        if not is_cont(c):
            n += 1
    return n


class LineEditor(object):
    def __init__(self, console):
        self.console = console
        self.history = []           # most recent first
        self.completer = None       # completion.Completer or None
        self.line = ''
        self.cursor = 0             # byte offset in line
        self.prev_text = ''         # the statement's earlier lines
        self.prompt = ''
        self.auto_indent = True     # off for the rest of a statement once a
                                    # space or tab follows an auto-indent

    # -- history --

    def add_history(self, line):
        if not line:
            return
        if self.history and self.history[0] == line:
            return
        self.history.insert(0, line)
        if len(self.history) > HISTORY_MAX:
            del self.history[HISTORY_MAX:]

    # -- drawing --

    def write(self, s):
        self.console.write(s)

    def move_back(self, n):
        if n <= 0:
            return
        if n <= 4:
            self.write('\b' * n)
        else:
            self.write('\x1b[%dD' % n)

    def redraw(self, start):
        """Redraw the line from byte offset start, where the terminal's
        cursor is; leave the cursor at self.cursor."""
        assert start >= 0
        line = self.line
        self.write(line[start:])
        self.write('\x1b[K')
        self.move_back(ncols(line[self.cursor:]))

    def set_line(self, text):
        self.goto(0)
        self.line = text
        self.cursor = len(text)
        self.redraw(0)

    # -- cursor movement by characters and words --

    def prev_pos(self, pos):
        pos -= 1
        while pos > 0 and is_cont(self.line[pos]):
            pos -= 1
        if pos < 0:
            pos = 0
        return pos

    def next_pos(self, pos):
        n = len(self.line)
        pos += 1
        while pos < n and is_cont(self.line[pos]):
            pos += 1
        return min(pos, n)

    def word_back(self, pos):
        line = self.line
        while pos > 0 and not is_word_char(line[pos - 1]):
            pos -= 1
        while pos > 0 and is_word_char(line[pos - 1]):
            pos -= 1
        return pos

    def word_forward(self, pos):
        line = self.line
        n = len(line)
        while pos < n and not is_word_char(line[pos]):
            pos += 1
        while pos < n and is_word_char(line[pos]):
            pos += 1
        return pos

    def goto(self, pos):
        assert pos >= 0
        if pos < self.cursor:
            self.move_back(ncols(self.line[pos:self.cursor]))
        elif pos > self.cursor:
            self.write(self.line[self.cursor:pos])
        self.cursor = pos

    def delete_range(self, start, end):
        assert start >= 0 and end >= 0
        if end <= start:
            return
        self.goto(start)
        self.line = self.line[:start] + self.line[end:]
        self.redraw(start)

    def insert(self, s):
        line = self.line
        at = self.cursor
        self.line = line[:at] + s + line[at:]
        self.cursor = at + len(s)
        if self.cursor == len(self.line):
            self.write(s)           # typing at the end: just echo
        else:
            self.redraw(at)

    # -- the main loop --

    def readline(self, prompt, prev_text=''):
        """Edit one line after prompt.  prev_text is what was entered before
        in the same statement (lines ending '\\n'), for auto-indent."""
        self.prompt = prompt
        self.line = ''
        self.cursor = 0
        self.prev_text = prev_text
        self.write(prompt)
        if not prev_text:
            self.auto_indent = True
        just_indented = False
        if self.auto_indent:
            indent = auto_indent(prev_text)
            if indent > 0:
                self.insert(' ' * indent)
                just_indented = True
        hist_index = -1
        console = self.console
        while True:
            c = console.read_byte()
            if c == EOF:
                return EOF, self.line
            if c == ESC:
                key = self.read_escape()
            else:
                key = c
            if just_indented and (key == 9 or key == 32):
                # typed (or pasted) indentation after an auto-indent: the
                # text brings its own, so stop auto-indenting this statement
                just_indented = False
                self.auto_indent = False
                if key == 32:
                    self.delete_range(self.cursor - 3, self.cursor)
                continue
            just_indented = False
            empty = len(self.line) == 0
            if key == KEY_UP or key == CTRL_P:
                if hist_index + 1 < len(self.history):
                    hist_index += 1
                    self.set_line(self.history[hist_index])
            elif key == KEY_DOWN or key == CTRL_N:
                if hist_index >= 0:
                    hist_index -= 1
                    if hist_index == -1:
                        self.set_line('')
                    else:
                        self.set_line(self.history[hist_index])
            elif CTRL_A <= key <= CTRL_E and empty:
                return key, ''
            elif key == CTRL_C:
                return CTRL_C, self.line
            elif key == ord('\r'):            # Enter ('\n' is ignored, as on boards)
                self.write('\r\n')
                self.add_history(self.line)
                return 0, self.line
            elif key == CTRL_A or key == KEY_HOME:
                self.goto(0)
            elif key == CTRL_E or key == KEY_END:
                self.goto(len(self.line))
            elif key == CTRL_B or key == KEY_LEFT:
                if self.cursor > 0:
                    self.goto(self.prev_pos(self.cursor))
            elif key == CTRL_F or key == KEY_RIGHT:
                if self.cursor < len(self.line):
                    self.goto(self.next_pos(self.cursor))
            elif key == CTRL_D or key == KEY_DELETE:
                if self.cursor < len(self.line):
                    self.delete_range(self.cursor, self.next_pos(self.cursor))
            elif key == CTRL_K:
                self.delete_range(self.cursor, len(self.line))
            elif key == CTRL_U:
                self.delete_range(0, self.cursor)
            elif key == CTRL_W or key == KEY_ALT_BACKSPACE:
                self.delete_range(self.word_back(self.cursor), self.cursor)
            elif key == KEY_ALT_D:
                self.delete_range(self.cursor, self.word_forward(self.cursor))
            elif key == KEY_WORD_LEFT:
                self.goto(self.word_back(self.cursor))
            elif key == KEY_WORD_RIGHT:
                self.goto(self.word_forward(self.cursor))
            elif key == 8 or key == 127:
                self.backspace()
            elif key == 9:
                self.complete()
            elif key >= 32 and key < 256 and key != 127:
                self.insert(chr(key) + console.take_typed())

    def backspace(self):
        if self.cursor == 0:
            return
        # right after nothing but spaces, undo one level of indentation
        nspace = 0
        for i in range(self.cursor):
            if self.line[i] != ' ':
                nspace = 0
                break
            nspace += 1
        if nspace >= 4:
            self.delete_range(self.cursor - 4, self.cursor)
        else:
            self.delete_range(self.prev_pos(self.cursor), self.cursor)

    def complete(self):
        before = self.line[:self.cursor]
        if (before and before[-1] == ' ') or (not before and self.prev_text):
            self.insert('    ')      # after blanks (or at a continuation line's start): indent
            return
        if self.completer is None:
            return
        insert, names = self.completer.complete(before)
        if names:
            self.write(format_columns(names))
            self.write(self.prompt + self.line)
            self.move_back(ncols(self.line[self.cursor:]))
        elif insert:
            self.insert(insert)

    def read_escape(self):
        """The key of an escape sequence (ESC already read)."""
        c = self.console.read_byte()
        if c == ord('['):
            params = ''
            while True:
                c = self.console.read_byte()
                if c == EOF:
                    return KEY_NONE
                if 0x40 <= c <= 0x7e:
                    break
                params += chr(c)
            return csi_key(params, chr(c))
        if c == ord('O'):
            c = self.console.read_byte()
            if c == ord('H'):
                return KEY_HOME
            if c == ord('F'):
                return KEY_END
            return KEY_NONE
        if c == ord('b'):
            return KEY_WORD_LEFT
        if c == ord('f'):
            return KEY_WORD_RIGHT
        if c == ord('d'):
            return KEY_ALT_D
        if c == 127 or c == 8:
            return KEY_ALT_BACKSPACE
        return KEY_NONE


# keys from escape sequences: outside the byte range
KEY_NONE = 1000
KEY_UP = 1001
KEY_DOWN = 1002
KEY_LEFT = 1003
KEY_RIGHT = 1004
KEY_HOME = 1005
KEY_END = 1006
KEY_DELETE = 1007
KEY_WORD_LEFT = 1008
KEY_WORD_RIGHT = 1009
KEY_ALT_D = 1010
KEY_ALT_BACKSPACE = 1011


def csi_key(params, final):
    if final == 'A':
        return KEY_UP
    if final == 'B':
        return KEY_DOWN
    if final == 'C':
        return KEY_WORD_RIGHT if params.endswith(';5') else KEY_RIGHT
    if final == 'D':
        return KEY_WORD_LEFT if params.endswith(';5') else KEY_LEFT
    if final == 'H':
        return KEY_HOME
    if final == 'F':
        return KEY_END
    if final == '~':
        if params == '1' or params == '7':
            return KEY_HOME
        if params == '4' or params == '8':
            return KEY_END
        if params == '3':
            return KEY_DELETE
    return KEY_NONE


def auto_indent(prev_text):
    """Spaces to start the next line with, after the lines in prev_text:
    the last line's indentation, one level more after a ':', none when the
    last two lines were blank."""
    n = len(prev_text)
    if n == 0 or prev_text[n - 1] != '\n':
        return 0
    end = n - 1
    assert end >= 0
    lines = prev_text[:end].split('\n')
    last = lines[-1]
    if not last.strip(' '):
        if len(lines) < 2 or not lines[-2].strip(' '):
            return 0
    indent = 0
    while indent < len(last) and last[indent] == ' ':
        indent += 1
    level = indent // 4
    if last.endswith(':'):
        level += 1
    return level * 4


COLUMN = 16
LINE_MAX = 4 * COLUMN


def format_columns(names):
    """Names in 16-wide slots, at most 64 columns to a line, each name at
    least 2 spaces from the one before, as MicroPython lists completions;
    the list starts and ends with a line break (\r\n)."""
    out = []
    width = LINE_MAX            # forces a line break before the first name
    for name in names:
        gap = (width + COLUMN - 1) // COLUMN * COLUMN - width
        if gap < 2:
            gap += COLUMN
        if width + gap + len(name) <= LINE_MAX:
            out.append(' ' * gap)
            out.append(name)
            width += gap + len(name)
        else:
            out.append('\r\n')
            out.append(name)
            width = len(name)
    out.append('\r\n')
    return ''.join(out)
