"""micropy's interactive (unix-style) REPL, driven through a real
pseudo-terminal: keystrokes in, rendered screen (pyte) out.

Behaviour under test: the "Unix-style interactive REPL" section of the REPL
spec (MicroPython's unix port REPL and docs/reference/repl.rst: line editing
keys, history kept in $HOME/.micropy_history, auto-indent, tab completion,
paste mode, raw REPL, Ctrl-C/Ctrl-D).

The binary under test is $MICROPY (default <repo>/build/micropy); it may be a
shell script (the untranslated runner): time limits are then 30 s per
expected reaction instead of 10 s (PTYTERM_TIMEOUT overrides both).
`make test-jit` runs the same tests (Ctrl-C in a running loop included) on
the JIT build.

Every test starts its own micropy on an 80x24 pty with HOME set to a fresh
temporary directory, and never sleeps blindly: it waits for the screen (or
the raw output) to show what is expected.
"""
import os
import re
import subprocess

import pytest

from ptyterm import (PtyTerm, K, micropy_binary, micropy_env, start_repl,
                     default_timeout, REPO)

PROMPT = '>>> '
CONT = '... '
PASTE = '=== '
BANNER_HELP = 'Use Ctrl-D to exit, Ctrl-E for paste mode'
BOARD_HELP = 'Type "help()" for more information.'


# ---------------------------------------------------------------------------
# helpers

def version_line(binary=None):
    """What `micropy --version` prints (stdout, first line)."""
    exe = binary or micropy_binary()
    out = subprocess.run([exe, '--version'], stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         timeout=120).stdout.decode('utf-8', 'replace')
    lines = [l for l in out.splitlines() if l.strip()]
    assert lines, 'micropy --version printed nothing'
    return lines[0].rstrip()


def crlf(text):
    """Line ends as the terminal shows them: whether micropy writes '\n' or
    '\r\n', a tty with OPOST/ONLCR (as MicroPython's unix port leaves it in
    raw mode) may turn them into '\r\n' or '\r\r\n'."""
    return re.sub(r'\r*\n', '\r\n', text)


def rx(text):
    """Regex matching text with any line end ('\n', '\r\n', '\r\r\n')."""
    parts = re.split(r'\r*\n', text)
    return re.compile(r'\r*\n'.join(re.escape(p) for p in parts))


def not_noise(line):
    # the untranslated runner prints "[version:WARNING] ..." on stderr
    # (in red: it may start with an escape sequence)
    return '[version:' not in line


@pytest.fixture
def repl(tmp_path):
    """repl(*args, home=None, cwd=None, binary=None) -> a started PtyTerm,
    waiting at its first prompt; closed (process group killed) at the end."""
    terms = []
    default_home = tmp_path / 'home'
    default_home.mkdir()

    def start(*args, **kw):
        home = kw.pop('home', None) or default_home
        t = start_repl(list(args), home=str(home), **kw)
        terms.append(t)
        return t
    yield start
    for t in terms:
        t.close()


def expect_tail(t, expected, col=None, what=None):
    """Wait until the last screen lines are `expected` (rstripped) and, with
    col, the cursor is on the last of them in that column.  After an Enter,
    only a screen drawn since counts (see PtyTerm.newline_since_enter)."""
    expected = [e.rstrip() for e in expected]
    n = len(expected)

    def ok(lines, cur):
        if lines[-n:] != expected or not t.newline_since_enter():
            return False
        if col is not None:
            return cur == (len(lines) - 1, col)
        return True
    t.wait_screen(ok, what=what or 'screen ending with %r%s' % (
        expected, '' if col is None else ' (cursor at column %d)' % col))


def expect_line(t, text, col):
    """Wait until the cursor's line reads text and the cursor is at col."""
    t.wait_cursor_line(text, col)


def at_prompt(t, prompt=PROMPT):
    """Wait for an empty prompt line with the cursor after it, then for the
    terminal to be in raw mode (briefly: only if the program gets there)."""
    expect_line(t, prompt, len(prompt))
    t.wait_tty(raw=True, timeout=2)


def run(t, line, *output):
    """Type line + Enter at the primary prompt; wait for output lines and
    the next prompt."""
    t.send(line + K.ENTER)
    expect_tail(t, [PROMPT + line] + list(output) + [PROMPT], col=len(PROMPT))
    t.wait_tty(raw=True, timeout=2)


def builds():
    """(id, path) of the builds the Ctrl-C test runs on: the one under test
    ($MICROPY); `make test-jit` runs the whole suite, this test included, on
    the JIT build."""
    return [('micropy', micropy_binary())]


# ---------------------------------------------------------------------------
# banner, results, `_`

def test_banner(repl):
    version = version_line()
    t = repl()
    lines = t.screen_lines()
    # (the untranslated runner may have printed a warning above it)
    assert lines[-3:] == [version, BANNER_HELP, '>>>'], t.dump()
    assert len(lines) == 3 or not not_noise(lines[0]), t.dump()
    row, col = t.cursor()
    assert col == 4 and t.screen_lines()[row] == '>>>', t.dump()
    # the bytes: version line, help line, prompt (any \n may reach the
    # screen as \r\n)
    assert rx(version + '\n' + BANNER_HELP + '\n>>> ').search(t.text()), \
        repr(t.text())


def test_expression_result_and_underscore(repl):
    t = repl()
    run(t, '6*7', '42')
    run(t, 'None')                 # None: nothing printed, `_` unchanged
    run(t, '_', '42')
    run(t, '_ + 1', '43')
    run(t, 'x = 5')                # assignments do not touch `_`
    run(t, '_', '43')
    run(t, "'a' * 3", "'aaa'")     # the repr
    run(t, 'print(_)', 'aaa')      # print() returns None: `_` stays 'aaa'
    run(t, '_', "'aaa'")


def test_enter_is_cr_and_a_newline_byte_is_ignored(repl):
    # Enter is '\r' (what a tty in raw mode sends); a '\n' byte is ignored,
    # as in MicroPython's readline
    t = repl()
    t.send('3*3\n')
    t.send('+1\r')
    expect_tail(t, ['>>> 3*3+1', '10', '>>>'], col=4)


# ---------------------------------------------------------------------------
# line editing

def test_cursor_left_right_insert_in_the_middle(repl):
    t = repl()
    t.send('print(12)')
    expect_line(t, '>>> print(12)', 13)
    t.send(K.LEFT)
    expect_line(t, '>>> print(12)', 12)       # before ')'
    t.send('3')
    expect_line(t, '>>> print(123)', 13)
    t.send(K.LEFT * 3)
    expect_line(t, '>>> print(123)', 10)      # before '1'
    t.send('4')
    expect_line(t, '>>> print(4123)', 11)
    t.send(K.RIGHT)
    expect_line(t, '>>> print(4123)', 12)
    t.send('5')
    expect_line(t, '>>> print(41523)', 13)
    # Enter with the cursor inside the line submits the whole line
    t.send(K.ENTER)
    expect_tail(t, ['>>> print(41523)', '41523', '>>>'], col=4)


@pytest.mark.parametrize('home,end', [
    ('\x1b[H', '\x1b[F'),
    ('\x1b[1~', '\x1b[4~'),
    ('\x1b[7~', '\x1b[8~'),
    ('\x1bOH', '\x1bOF'),
], ids=['CSI-H-F', 'CSI-1~-4~', 'CSI-7~-8~', 'SS3-H-F'])
def test_home_end(repl, home, end):
    t = repl()
    t.send('1+2')
    expect_line(t, '>>> 1+2', 7)
    t.send(home)
    expect_line(t, '>>> 1+2', 4)
    t.send('10')
    expect_line(t, '>>> 101+2', 6)
    t.send(end)
    expect_line(t, '>>> 101+2', 9)
    t.send('0' + K.ENTER)
    expect_tail(t, ['>>> 101+20', '121', '>>>'], col=4)


def test_backspace_and_delete_in_the_middle(repl):
    t = repl()
    t.send('print(1234)')
    expect_line(t, '>>> print(1234)', 15)
    t.send(K.LEFT * 3)
    expect_line(t, '>>> print(1234)', 12)
    t.send(K.BACKSPACE)                       # removes the '2' before the cursor
    expect_line(t, '>>> print(134)', 11)
    t.send(K.DELETE)                          # removes the '3' under the cursor
    expect_line(t, '>>> print(14)', 11)
    t.send(K.ENTER)
    expect_tail(t, ['>>> print(14)', '14', '>>>'], col=4)
    # 0x08 is a backspace too
    t.send('print(987)' + K.LEFT)
    expect_line(t, '>>> print(987)', 13)
    t.send(K.CTRL_H)
    expect_line(t, '>>> print(98)', 12)
    t.send(K.ENTER)
    expect_tail(t, ['>>> print(98)', '98', '>>>'], col=4)


def test_ctrl_a_e_b_f_d_on_a_non_empty_line(repl):
    t = repl()
    t.send('2+3')
    expect_line(t, '>>> 2+3', 7)
    t.send(K.ctrl('a'))                       # home (line not empty)
    expect_line(t, '>>> 2+3', 4)
    t.send('1')
    expect_line(t, '>>> 12+3', 5)
    t.send(K.ctrl('e'))                       # end
    expect_line(t, '>>> 12+3', 8)
    t.send('0' + K.ENTER)
    expect_tail(t, ['>>> 12+30', '42', '>>>'], col=4)

    t.send('print(15)' + K.ctrl('b') * 2)     # left, left
    expect_line(t, '>>> print(15)', 11)
    t.send('2')
    expect_line(t, '>>> print(125)', 12)
    t.send(K.ctrl('f'))                       # right
    expect_line(t, '>>> print(125)', 13)
    t.send('0' + K.ENTER)
    expect_tail(t, ['>>> print(1250)', '1250', '>>>'], col=4)

    t.send('9123' + K.ctrl('a') + K.ctrl('d'))  # delete at the cursor
    expect_line(t, '>>> 123', 4)
    t.send(K.ENTER)
    expect_tail(t, ['>>> 123', '123', '>>>'], col=4)


def test_ctrl_k_and_ctrl_u(repl):
    t = repl()
    t.send('12345' + K.LEFT * 2)
    expect_line(t, '>>> 12345', 7)
    t.send(K.ctrl('k'))                       # kill to the end
    expect_line(t, '>>> 123', 7)
    t.send(K.ENTER)
    expect_tail(t, ['>>> 123', '123', '>>>'], col=4)

    t.send('abc7' + K.LEFT)
    expect_line(t, '>>> abc7', 7)
    t.send(K.ctrl('u'))                       # kill to the start
    expect_line(t, '>>> 7', 4)
    t.send(K.ENTER)
    expect_tail(t, ['>>> 7', '7', '>>>'], col=4)


def test_ctrl_w_and_alt_backspace_delete_word_before_cursor(repl):
    t = repl()
    t.send('11 + 22')
    expect_line(t, '>>> 11 + 22', 11)
    t.send(K.ctrl('w'))
    expect_line(t, '>>> 11 +', 9)
    t.send('5' + K.ENTER)
    expect_tail(t, ['>>> 11 + 5', '16', '>>>'], col=4)

    t.send('11 + 22')
    expect_line(t, '>>> 11 + 22', 11)
    t.send(K.ALT_BACKSPACE)
    expect_line(t, '>>> 11 +', 9)
    t.send('3' + K.ENTER)
    expect_tail(t, ['>>> 11 + 3', '14', '>>>'], col=4)


@pytest.mark.parametrize('back,fwd', [(K.ALT_B, K.ALT_F),
                                      (K.CTRL_LEFT, K.CTRL_RIGHT)],
                         ids=['alt-b-f', 'ctrl-left-right'])
def test_word_moves(repl, back, fwd):
    # as MicroPython's readline: a word is [A-Za-z0-9_]+; back goes to the
    # start of the word before the cursor, forward to the end of the next one
    t = repl()
    t.send('10 + 20 + 30')
    expect_line(t, '>>> 10 + 20 + 30', 16)
    t.send(back)
    expect_line(t, '>>> 10 + 20 + 30', 14)
    t.send(back)
    expect_line(t, '>>> 10 + 20 + 30', 9)
    t.send('5')
    expect_line(t, '>>> 10 + 520 + 30', 10)
    t.send(fwd)
    expect_line(t, '>>> 10 + 520 + 30', 12)
    t.send('1' + K.ENTER)
    expect_tail(t, ['>>> 10 + 5201 + 30', '5241', '>>>'], col=4)


def test_alt_d_deletes_word_after_cursor(repl):
    t = repl()
    t.send('10 + 20 + 30' + K.ctrl('a'))
    expect_line(t, '>>> 10 + 20 + 30', 4)
    t.send(K.ALT_F)
    expect_line(t, '>>> 10 + 20 + 30', 6)
    t.send(K.ALT_D)                           # deletes ' + 20'
    expect_line(t, '>>> 10 + 30', 6)
    t.send(K.ENTER)
    expect_tail(t, ['>>> 10 + 30', '40', '>>>'], col=4)


# ---------------------------------------------------------------------------
# history

def test_history_within_a_session(repl):
    t = repl()
    t.send(K.UP)                 # fresh HOME: no history, nothing happens
    t.send('0')
    expect_line(t, '>>> 0', 5)
    t.send(K.ENTER)
    expect_tail(t, ['>>> 0', '0', '>>>'], col=4)
    for line, out in (('1+1', '2'), ('2+2', '4'), ('3+3', '6')):
        run(t, line, out)
    t.send(K.UP)
    expect_line(t, '>>> 3+3', 7)
    t.send(K.UP)
    expect_line(t, '>>> 2+2', 7)
    t.send(K.UP)
    expect_line(t, '>>> 1+1', 7)
    t.send(K.DOWN)
    expect_line(t, '>>> 2+2', 7)
    t.send(K.DOWN)
    expect_line(t, '>>> 3+3', 7)
    t.send(K.DOWN)               # past the newest entry: the empty line
    expect_line(t, '>>>', 4)
    t.send(K.ctrl('p'))          # Ctrl-P / Ctrl-N walk it too
    expect_line(t, '>>> 3+3', 7)
    t.send(K.ctrl('p'))
    expect_line(t, '>>> 2+2', 7)
    t.send(K.ctrl('n'))
    expect_line(t, '>>> 3+3', 7)
    t.send(K.ctrl('p'))
    expect_line(t, '>>> 2+2', 7)
    t.send(K.BACKSPACE + '5')    # a recalled line can be edited
    expect_line(t, '>>> 2+5', 7)
    t.send(K.ENTER)
    expect_tail(t, ['>>> 2+5', '7', '>>>'], col=4)
    # a repeated line is stored once; an empty line is not stored
    run(t, '7*7', '49')
    run(t, '7*7', '49')
    run(t, '')
    t.send(K.UP)
    expect_line(t, '>>> 7*7', 7)
    t.send(K.UP)
    expect_line(t, '>>> 2+5', 7)
    t.send(K.UP)
    expect_line(t, '>>> 3+3', 7)


def test_history_across_sessions(repl, tmp_path):
    home = tmp_path / 'shared-home'
    home.mkdir()
    t1 = repl(home=home)
    run(t1, '40+2', '42')
    run(t1, "'hist' * 2", "'histhist'")
    t1.send(K.ctrl('d'))
    assert t1.wait_exit() == 0, t1.dump()
    hist = home / '.micropy_history'
    assert hist.is_file(), 'no history file %s' % hist
    text = hist.read_text()
    assert '40+2' in text and "'hist' * 2" in text, repr(text)

    t2 = repl(home=home)
    t2.send(K.UP)
    expect_line(t2, ">>> 'hist' * 2", 14)
    t2.send(K.UP)
    expect_line(t2, '>>> 40+2', 8)
    t2.send(K.ENTER)
    expect_tail(t2, ['>>> 40+2', '42', '>>>'], col=4)


def test_history_file_keeps_the_last_100_lines(repl, tmp_path):
    # the file holds one entry per line, oldest first (as GNU readline's and
    # MicroPython's unix port history files); only the last 100 are kept
    home = tmp_path / 'seeded-home'
    home.mkdir()
    hist = home / '.micropy_history'
    hist.write_text(''.join('%d*1\n' % i for i in range(1, 151)))
    t = repl(home=home)
    t.send(K.UP)
    expect_line(t, '>>> 150*1', 9)
    t.send(K.UP)
    expect_line(t, '>>> 149*1', 9)
    t.send(K.ENTER)
    expect_tail(t, ['>>> 149*1', '149', '>>>'], col=4)
    t.send(K.ctrl('d'))
    assert t.wait_exit() == 0, t.dump()
    lines = [l for l in hist.read_text().splitlines() if l.strip()]
    assert 0 < len(lines) <= 100, lines
    assert lines[-1] == '149*1', lines[-5:]
    assert lines[-2] == '150*1', lines[-5:]
    assert '1*1' not in lines and '50*1' not in lines, lines[:5]


# ---------------------------------------------------------------------------
# compound statements: auto-indent and continuation

def test_auto_indent_docs_example(repl):
    # docs/reference/repl.rst "Auto-indent"
    t = repl()
    t.send('for i in range(30):' + K.ENTER)
    expect_line(t, '...', 8)                  # '... ' + 4 spaces
    t.send('if i > 3:' + K.ENTER)
    expect_line(t, '...', 12)                 # 8 spaces
    t.send('break' + K.ENTER)
    expect_line(t, '...', 12)                 # same indent as 'break'
    t.send(K.BACKSPACE)                       # removes 4 spaces
    expect_line(t, '...', 8)
    t.send('print(i)' + K.ENTER)
    expect_line(t, '...', 8)
    t.send(K.BACKSPACE)
    expect_line(t, '...', 4)
    t.send(K.ENTER)
    expect_tail(t, [
        '>>> for i in range(30):',
        '...     if i > 3:',
        '...         break',
        '...     print(i)',
        '...',
        '0',
        '1',
        '2',
        '3',
        '>>>',
    ], col=4)


def test_three_enters_finish_a_compound_statement(repl):
    # "you can finish entering a compound statement by pressing RETURN
    # twice, and then a third press will finish and execute"
    t = repl()
    t.send('for i in range(2):' + K.ENTER)
    expect_line(t, '...', 8)
    t.send('print(i)' + K.ENTER)
    expect_line(t, '...', 8)
    t.send(K.ENTER)                           # indented blank line: goes on
    expect_line(t, '...', 8)
    t.send(K.ENTER)                           # two blank lines: no indent
    expect_line(t, '...', 4)
    t.send(K.ENTER)                           # empty line: runs
    expect_tail(t, [
        '>>> for i in range(2):',
        '...     print(i)',
        '...',
        '...',
        '...',
        '0',
        '1',
        '>>>',
    ], col=4)


def test_backspace_over_indentation(repl):
    # Backspace with only spaces before the cursor removes 4 of them (when
    # there are >= 4), else 1
    t = repl()
    t.send(' ' * 6)
    expect_line(t, '>>>', 10)
    t.send(K.BACKSPACE)
    expect_line(t, '>>>', 6)
    t.send(K.BACKSPACE)
    expect_line(t, '>>>', 5)
    t.send(K.BACKSPACE)
    expect_line(t, '>>>', 4)
    t.send('x = 8' + K.ENTER)
    expect_tail(t, ['>>> x = 8', '>>>'], col=4)
    # the same on an auto-indented continuation line
    t.send('if x:' + K.ENTER)
    expect_line(t, '...', 8)
    t.send('y = x' + K.ENTER)
    expect_line(t, '...', 8)
    t.send(K.BACKSPACE + K.ENTER)
    expect_tail(t, ['>>> if x:', '...     y = x', '...', '>>>'], col=4)
    at_prompt(t)
    run(t, 'y', '8')


def test_continuation_brackets_quotes_backslash(repl):
    t = repl()
    t.send('(1 +' + K.ENTER)                  # open bracket
    expect_line(t, '...', 4)
    t.send('2)' + K.ENTER)                    # closed: runs at once
    expect_tail(t, ['>>> (1 +', '... 2)', '3', '>>>'], col=4)
    t.send('"""ab' + K.ENTER)                 # unterminated triple quote
    expect_line(t, '...', 4)
    t.send('cd"""' + K.ENTER)
    expect_tail(t, ['>>> """ab', '... cd"""', "'ab\\ncd'", '>>>'], col=4)
    t.send('1 + \\' + K.ENTER)                # trailing backslash
    expect_line(t, '...', 4)
    t.send('5' + K.ENTER)
    expect_tail(t, ['>>> 1 + \\', '... 5', '6', '>>>'], col=4)
    # a one-line compound statement still waits for an empty line
    t.send('if 1: print("yes")' + K.ENTER)
    expect_line(t, '...', 4)
    t.send(K.ENTER)
    expect_tail(t, ['>>> if 1: print("yes")', '...', 'yes', '>>>'], col=4)


# ---------------------------------------------------------------------------
# tab completion

def test_tab_completes_a_unique_name(repl):
    t = repl()
    run(t, 'zq_unique_name = 5')
    t.send('zq_u' + K.TAB)
    expect_line(t, '>>> zq_unique_name', 18)
    t.send(K.ENTER)
    expect_tail(t, ['>>> zq_unique_name', '5', '>>>'], col=4)
    t.send('isinst' + K.TAB)                  # builtins too
    expect_line(t, '>>> isinstance', 14)
    t.send('(1, int)' + K.ENTER)
    expect_tail(t, ['>>> isinstance(1, int)', 'True', '>>>'], col=4)
    # no match: nothing happens
    t.send('zqxx' + K.TAB + '1')
    expect_line(t, '>>> zqxx1', 9)


def test_tab_attribute_common_prefix_then_list(repl):
    t = repl()
    run(t, 'import sys')
    t.send('sys.ver' + K.TAB)                 # version, version_info
    expect_line(t, '>>> sys.version', 15)
    m = t.mark()
    t.send(K.TAB)                             # nothing more in common: list
    t.wait_screen(lambda lines, cur: len(lines) >= 3 and
                  lines[-1] == '>>> sys.version' and cur == (len(lines) - 1, 15) and
                  lines[-2].split() == ['version', 'version_info'],
                  what='the matches listed, then the prompt and line redrawn')
    lines = t.screen_lines()
    assert lines[-3] == '>>> sys.version', t.dump()
    assert lines[-2].index('version_info') == 16, t.dump()   # 16-wide columns
    assert crlf(t.text(m)).startswith('\r\n'), repr(t.text(m))  # a new line
    t.send('_info[0]' + K.ENTER)
    expect_tail(t, ['>>> sys.version_info[0]', '3', '>>>'], col=4)


def test_tab_lists_many_matches_in_columns(repl):
    names = ['zzalpha', 'zzbravo', 'zzcharlie', 'zzdelta', 'zzecho', 'zzfoxtrot']
    t = repl()
    run(t, '='.join(names) + '=4')
    t.send('zz' + K.TAB)

    def listed(lines, cur):
        if len(lines) < 3 or lines[-1] != '>>> zz' or cur != (len(lines) - 1, 6):
            return False
        words = lines[-3].split() + lines[-2].split()
        return sorted(words) == names
    t.wait_screen(listed, what='6 names on 2 lines, then ">>> zz"')
    lines = t.screen_lines()
    assert lines[-4] == '>>> zz', t.dump()
    # at most 4 per line, each in a 16-wide column
    assert len(lines[-3].split()) == 4 and len(lines[-2].split()) == 2, t.dump()
    for row in lines[-3:-1]:
        for w in row.split():
            assert row.index(w) % 16 == 0, t.dump()
    t.send('echo' + K.ENTER)
    expect_tail(t, ['>>> zzecho', '4', '>>>'], col=4)


def test_tab_lists_underscore_names_too(repl):
    # all matching names, '_' ones included (as MicroPython)
    t = repl()
    t.send('class Zq: _hid = 1; alpha = 2; beta = 3' + K.ENTER)
    expect_line(t, '...', 4)
    t.send(K.ENTER)
    at_prompt(t)
    t.send('Zq.' + K.TAB)

    def listed(lines, cur):
        if len(lines) < 2 or lines[-1] != '>>> Zq.' or cur != (len(lines) - 1, 7):
            return False
        words = set()
        for l in reversed(lines[:-1]):
            if l.startswith('>>> '):
                break
            words.update(l.split())
        return {'_hid', 'alpha', 'beta'} <= words
    t.wait_screen(listed, what='_hid, alpha and beta listed, then ">>> Zq."')
    t.send('_h' + K.TAB)
    expect_line(t, '>>> Zq._hid', 11)
    t.send(K.ENTER)
    expect_tail(t, ['>>> Zq._hid', '1', '>>>'], col=4)
    t.send('Zq.al' + K.TAB)
    expect_line(t, '>>> Zq.alpha', 12)
    t.send(K.ENTER)
    expect_tail(t, ['>>> Zq.alpha', '2', '>>>'], col=4)


def test_tab_completes_import_keyword(repl):
    t = repl()
    t.send('imp' + K.TAB)
    expect_line(t, '>>> import', 11)          # 'import ' with the space
    t.send('sys' + K.ENTER)
    expect_tail(t, ['>>> import sys', '>>>'], col=4)
    run(t, 'sys.platform', "'linux'")


def test_tab_after_space_inserts_four_spaces(repl):
    t = repl()
    t.send('x =' + ' ' + K.TAB)               # right after a space
    expect_line(t, '>>> x =', 12)
    t.send('5' + K.ENTER)
    expect_tail(t, ['>>> x =     5', '>>>'], col=4)
    at_prompt(t)
    # at the start of a continuation line that has no auto-indent
    t.send('(x +' + K.ENTER)
    expect_line(t, '...', 4)
    t.send(K.TAB)
    expect_line(t, '...', 8)
    t.send('1)' + K.ENTER)
    expect_tail(t, ['>>> (x +', '...     1)', '6', '>>>'], col=4)


def test_tab_on_empty_first_line_lists_all_names(repl):
    t = repl()
    run(t, 'zq_name = 1')
    t.send(K.TAB)

    def listed(lines, cur):
        if len(lines) < 3 or lines[-1] != '>>>' or cur != (len(lines) - 1, 4):
            return False
        words = set()
        for l in lines[:-1]:
            words.update(l.split())
        return {'print', 'len', 'zq_name'} <= words
    t.wait_screen(listed, what='globals and builtins listed, then ">>> "')
    t.wait_tty(raw=True, timeout=2)
    run(t, 'zq_name', '1')


def test_space_after_auto_indent_turns_it_off(repl):
    # so that pasted, already indented code keeps its own indentation
    t = repl()
    t.send('if 1:' + K.ENTER)
    expect_line(t, '...', 8)
    t.send(' ')                               # removes 3 of the 4 spaces
    expect_line(t, '...', 5)
    t.send('   x = 1' + K.ENTER)
    expect_line(t, '...', 4)                  # no auto-indent any more
    t.send('    y = 2' + K.ENTER)
    expect_line(t, '...', 4)
    t.send(K.ENTER)
    expect_tail(t, ['>>> if 1:', '...     x = 1', '...     y = 2', '...', '>>>'], col=4)
    at_prompt(t)
    run(t, 'x + y', '3')


# ---------------------------------------------------------------------------
# Ctrl-C, Ctrl-D

def test_ctrl_c_cancels_the_line(repl):
    t = repl()
    t.send('1+')
    expect_line(t, '>>> 1+', 6)
    m = t.mark()
    t.send(K.ctrl('c'))
    expect_tail(t, ['>>> 1+', '>>>'], col=4)
    assert crlf(t.text(m)).startswith('\r\n>>> '), repr(t.text(m))
    t.wait_tty(raw=True, timeout=2)
    run(t, '5', '5')
    # in a compound statement too: back to the primary prompt
    t.send('for i in range(3):' + K.ENTER)
    expect_line(t, '...', 8)
    t.send(K.ctrl('c'))
    expect_tail(t, ['>>> for i in range(3):', '...', '>>>'], col=4)
    t.wait_tty(raw=True, timeout=2)
    run(t, 'i = 7')
    run(t, 'i', '7')


@pytest.mark.parametrize('build', [b[1] for b in builds()],
                         ids=[b[0] for b in builds()])
def test_ctrl_c_interrupts_running_code(repl, build):
    from ptyterm import is_script
    if is_script(build):
        # interp/actions.py install_sigint(): untranslated runs keep the host
        # Python's SIGINT handler, so ^C there ends the host interpreter
        pytest.skip('untranslated runner %s: SIGINT is the host Python\'s '
                    'KeyboardInterrupt, not micropy\'s' % build)
    t = repl(binary=build)
    # an endless loop (as `while True: pass`) that says once that it runs:
    # a ^C sent before the code starts would only cancel the input
    t.send("for _ in iter(print('spinning') or int, 1): pass" + K.ENTER)
    expect_line(t, '...', 4)
    m = t.mark()
    t.send(K.ENTER)
    t.wait_for(rx('\nspinning\n'), since=m)
    # the terminal is back in cooked mode (ISIG) while code runs, so ^C is
    # a SIGINT
    assert t.wait_tty(raw=False), 'terminal still in raw mode while code runs'
    t.send(K.ctrl('c'))
    t.wait_for(rx('Traceback (most recent call last):\n'
                  '  File "<stdin>", line 1, in <module>\n'
                  'KeyboardInterrupt: \n'), since=m)

    def ok(lines, cur):
        if cur != (len(lines) - 1, 4) or lines[-1] != '>>>':
            return False
        try:
            i = lines.index('KeyboardInterrupt:')
        except ValueError:
            return False
        # (the tty echoes the ^C itself: '^CTraceback ...' is fine)
        return (i >= 2 and
                lines[i - 2].endswith('Traceback (most recent call last):') and
                lines[i - 1] == '  File "<stdin>", line 1, in <module>')
    t.wait_screen(ok, what='the KeyboardInterrupt traceback and a prompt')
    at_prompt(t)
    run(t, "print('alive')", 'alive')


def test_ctrl_d_exits_with_status_0(repl):
    t = repl()
    run(t, '1', '1')
    m = t.mark()
    t.send(K.ctrl('d'))
    assert t.wait_exit() == 0, t.dump()
    t.wait_for('\n', since=m)


def test_terminal_raw_while_editing_cooked_while_running(repl):
    import termios
    t = repl()
    orig = t.initial_attrs[3]
    assert t.tty_is_raw(), 'the terminal is not in raw mode at the prompt'
    lflag = t.tty_attrs()[3]
    assert not lflag & termios.ECHO, 'the tty echoes while a line is edited'
    t.send("input('name? ')" + K.ENTER)
    expect_line(t, 'name?', 6)
    assert t.wait_tty(raw=False), 'terminal still raw while code runs'
    lflag = t.tty_attrs()[3]
    mask = termios.ICANON | termios.ECHO | termios.ISIG
    assert lflag & mask == orig & mask
    t.send('bob\r')                          # the line discipline echoes it
    expect_tail(t, [">>> input('name? ')", 'name? bob', "'bob'", '>>>'], col=4)
    t.send(K.ctrl('d'))
    assert t.wait_exit() == 0
    assert t.tty_attrs()[3] & mask == orig & mask, 'terminal mode not restored'


# ---------------------------------------------------------------------------
# paste mode, banner, raw REPL

PASTE_HEAD = 'paste mode; Ctrl-C to cancel, Ctrl-D to finish'


def test_paste_mode(repl):
    t = repl()
    m = t.mark()
    t.send(K.ctrl('e'))
    expect_line(t, '===', 4)
    assert crlf(t.text(m)).startswith('\r\n' + PASTE_HEAD + '\r\n=== '), \
        repr(t.text(m))
    t.send('def f(x):' + K.ENTER)
    expect_line(t, '===', 4)                  # no auto-indent
    t.send('    y = x * 2' + K.ENTER)
    expect_line(t, '===', 4)
    t.send(K.ENTER)                           # a blank line inside the def
    expect_line(t, '===', 4)
    t.send('    return y + 1' + K.ENTER)
    t.send('print(f(1))' + K.ENTER)
    expect_line(t, '===', 4)
    t.send(K.ctrl('d'))                       # runs it as a file
    expect_tail(t, [
        '>>>',
        PASTE_HEAD,
        '=== def f(x):',
        '===     y = x * 2',
        '===',
        '===     return y + 1',
        '=== print(f(1))',
        '===',
        '3',
        '>>>',
    ], col=4)
    at_prompt(t)
    run(t, 'f(20)', '41')


def test_paste_mode_ctrl_c_cancels(repl):
    t = repl()
    t.send(K.ctrl('e'))
    expect_line(t, '===', 4)
    t.send("print('nope')" + K.ENTER + 'zz = 1')
    expect_line(t, '=== zz = 1', 10)
    t.send(K.ctrl('c'))
    expect_tail(t, ["=== print('nope')", '=== zz = 1', '>>>'], col=4)
    at_prompt(t)
    run(t, "'zz' in globals()", 'False')
    assert 'nope' not in [l.strip() for l in t.screen_lines()], t.dump()


def test_ctrl_b_prints_the_board_banner(repl):
    version = version_line()
    t = repl()
    m = t.mark()
    t.send(K.ctrl('b'))
    expect_tail(t, ['>>>', version, BOARD_HELP, '>>>'], col=4)
    expected = '\r\n' + version + '\r\n' + BOARD_HELP + '\r\n>>> '
    assert crlf(t.text(m)).startswith(expected), repr(t.text(m))
    at_prompt(t)
    run(t, '1+1', '2')


def test_ctrl_a_raw_repl_then_ctrl_b_back(repl):
    version = version_line()
    t = repl()
    m = t.mark()
    t.send(K.ctrl('a'))
    t.wait_for(rx('raw REPL; CTRL-B to exit\n>'), since=m)
    assert crlf(t.text(m)) == '\r\nraw REPL; CTRL-B to exit\r\n>', repr(t.text(m))
    expect_line(t, '>', 1)
    # code is not echoed; Ctrl-D runs it: OK, output, \x04, error, \x04, >
    m = t.mark()
    t.send('print(6*7)' + K.ctrl('d'))
    t.wait_for(rx('OK42\n\x04\x04>'), since=m)
    assert 'print(' not in t.text(m)
    m = t.mark()
    t.send('1/0' + K.ctrl('d'))
    t.wait_for(re.compile(r'OK\x04Traceback \(most recent call last\):\r*\n'
                          r'  File "<stdin>", line 1, in <module>\r*\n'
                          r'ZeroDivisionError: [^\r\n]*\r*\n\x04>'), since=m)
    # Ctrl-C drops the text collected so far
    m = t.mark()
    t.send('garbage(' + K.ctrl('c') + 'print(5)' + K.ctrl('d'))
    t.wait_for(rx('OK5\n\x04\x04>'), since=m)
    # Ctrl-B: back to the friendly REPL with the board banner
    m = t.mark()
    t.send(K.ctrl('b'))
    expected = '\r\n' + version + '\r\n' + BOARD_HELP + '\r\n>>> '
    t.wait_for(rx(expected), since=m)
    assert crlf(t.text(m)) == expected, repr(t.text(m))
    at_prompt(t)
    run(t, '1+1', '2')


def test_raw_repl_soft_reset_clears_globals(repl):
    # Ctrl-D on an empty raw REPL input: 'OK', a soft reset (the unix REPL
    # resets __main__'s globals) and the raw REPL again
    t = repl()
    m = t.mark()
    t.send(K.ctrl('a'))
    t.wait_for(rx('raw REPL; CTRL-B to exit\n>'), since=m)
    m = t.mark()
    t.send('x = 1' + K.ctrl('d'))
    t.wait_for('OK\x04\x04>', since=m)
    m = t.mark()
    t.send(K.ctrl('d'))
    t.wait_for(re.compile(r'^OK\r*\n(.*\r*\n)?raw REPL; CTRL-B to exit\r*\n>$'),
               since=m)
    m = t.mark()
    t.send("print('x' in globals())" + K.ctrl('d'))
    t.wait_for(rx('OKFalse\n\x04\x04>'), since=m)
    t.send(K.ctrl('b'))
    at_prompt(t)
    run(t, '2*3', '6')


def test_raw_paste_in_the_unix_raw_repl(repl):
    import struct
    t = repl()
    m = t.mark()
    t.send(K.ctrl('a'))
    t.wait_for(rx('raw REPL; CTRL-B to exit\n>'), since=m)
    # Ctrl-A in the raw REPL: the header again, without a leading line end
    m = t.mark()
    t.send(K.ctrl('a'))
    t.wait_for(rx('raw REPL; CTRL-B to exit\n>'), since=m)
    assert crlf(t.text(m)) == 'raw REPL; CTRL-B to exit\r\n>', repr(t.text(m))
    m = t.mark()
    t.send(b'\x05A\x01')                     # raw-paste request
    hdr = t.wait_for(re.compile(b'R\x01(..)', re.S), since=m)
    window = struct.unpack('<H', hdr.group(1))[0]
    assert window > 0
    start = m + hdr.end()
    # a host as MicroPython's pyboard.py: `window` bytes of credit, one more
    # window for each \x01 (the device sends one at once: two windows ahead)
    code = ('for i in range(3):\n    print(i * 11)\n' +
            ('#' * 70 + '\n') * 10).encode()
    sent = 0
    while sent < len(code):
        credit = window * (1 + t.raw(start).count(b'\x01')) - sent
        if credit <= 0:
            n = t.raw(start).count(b'\x01')
            t.wait_for(re.compile(b'(?:[^\x01]*\x01){%d}' % (n + 1)), since=start)
            continue
        chunk = code[sent:sent + credit]
        t.send(chunk)
        sent += len(chunk)
    m2 = t.mark()
    t.send(b'\x04')
    t.wait_for(re.compile(r'\x040\r*\n11\r*\n22\r*\n\x04\x04>'), since=m2)
    assert crlf(t.text(m2)).lstrip('\x01') == '\x040\r\n11\r\n22\r\n\x04\x04>', \
        repr(t.text(m2))
    assert window == 128, 'window %d: the spec says 128' % window
    assert t.raw(m).startswith(b'R\x01\x80\x00\x01'), repr(t.raw(m)[:8])
    t.send(K.ctrl('b'))
    at_prompt(t)
    run(t, 'i', '2')


# ---------------------------------------------------------------------------
# -i, piped stdin

def test_dash_i_keeps_the_script_globals(repl, tmp_path):
    work = tmp_path / 'work'
    work.mkdir()
    (work / 'script.py').write_text(
        "gv = 1234\n"
        "def dbl(n):\n"
        "    return n * 2\n"
        "print('script ran')\n")
    t = repl('-i', 'script.py', cwd=str(work))
    assert 'script ran' in t.screen_lines(), t.dump()
    at_prompt(t)
    run(t, 'gv + 1', '1235')
    run(t, 'dbl(gv)', '2468')
    t.send(K.ctrl('d'))
    assert t.wait_exit() == 0, t.dump()


def test_piped_stdin_runs_as_a_script(tmp_path):
    src = ("for i in range(2):\n"
           "    print(i)\n"
           "print('end')\n"
           "7 * 6\n"
           "x = 5\n"
           "print(x)\n")
    exe = micropy_binary()
    env = micropy_env(tmp_path)
    # stdout/stderr on a terminal, stdin a pipe: still no REPL
    t = PtyTerm([exe], env=env, cwd=str(tmp_path), stdin=subprocess.PIPE)
    try:
        t.proc.stdin.write(src.encode())
        t.proc.stdin.close()
        assert t.wait_exit() == 0, t.dump()
        t.wait_for(rx('5\n'))
        out = ''.join(l for l in crlf(t.text()).splitlines(True) if not_noise(l))
        assert out == '0\r\n1\r\nend\r\n5\r\n', repr(out)
    finally:
        t.close()
    # and all pipes
    r = subprocess.run([exe], input=src.encode(), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, env=env, cwd=str(tmp_path),
                       timeout=default_timeout() * 4)
    assert (r.returncode, r.stdout) == (0, b'0\n1\nend\n5\n'), r


# ---------------------------------------------------------------------------
# errors

def test_exception_traceback(repl):
    t = repl()
    t.send('1/0' + K.ENTER)
    expect_tail(t, ['>>> 1/0',
                    'Traceback (most recent call last):',
                    '  File "<stdin>", line 1, in <module>',
                    'ZeroDivisionError: divide by zero',
                    '>>>'], col=4)
    at_prompt(t)
    t.send("def g(): raise ValueError('boom')" + K.ENTER)
    expect_line(t, '...', 4)
    t.send(K.ENTER)
    at_prompt(t)
    t.send('g()' + K.ENTER)
    expect_tail(t, ['>>> g()',
                    'Traceback (most recent call last):',
                    '  File "<stdin>", line 1, in <module>',
                    '  File "<stdin>", line 1, in g',
                    'ValueError: boom',
                    '>>>'], col=4)
    at_prompt(t)
    run(t, '2+2', '4')


def test_syntax_error_does_not_end_the_repl(repl):
    t = repl()
    t.send('1 +* 2' + K.ENTER)

    def ok(lines, cur):
        return (lines[-1] == '>>>' and cur == (len(lines) - 1, 4) and
                any(l.startswith('SyntaxError') for l in lines) and
                '>>> 1 +* 2' in lines)
    t.wait_screen(ok, what='a SyntaxError and a new prompt')
    at_prompt(t)
    run(t, '3*3', '9')
    assert t.returncode is None


def test_very_long_line(repl):
    t = repl()
    line = "len('" + 'ab' * 998 + "')"           # 2003 characters
    assert len(line) > 2000
    m = t.mark()
    t.send(line)
    # the whole line is echoed (wrapped by the terminal): 2007 columns with
    # the prompt, so the cursor ends in column 2007 % 80 of the last row
    t.wait_screen(lambda lines, cur: cur[1] == 2007 % 80 and
                  lines[cur[0]] == ("ab" * 40 + "')")[-(2007 % 80):] and
                  lines[cur[0] - 1] == "ba" * 40,
                  what='the end of the long line echoed')
    t.send(K.ENTER)
    t.wait_for(rx('\n1996\n'), since=m)
    expect_tail(t, ['1996', '>>>'], col=4)
    at_prompt(t)
    run(t, '1+1', '2')
