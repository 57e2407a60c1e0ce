"""The REPL's line editor and input rules, untranslated, with a scripted
console: keys in, the edited line and the drawn bytes out."""
from interp.console import readline as rl
from interp.console.readline import LineEditor, auto_indent, format_columns
from interp.repl import continue_with_input


class FakeConsole(object):
    def __init__(self, keys):
        self.keys = [ord(c) for c in keys]
        self.out = []

    def read_byte(self):
        if not self.keys:
            return -1
        return self.keys.pop(0)

    def write(self, s):
        self.out.append(s)

    def take_typed(self):
        return ''


def edit(keys, history=None, prev=''):
    con = FakeConsole(keys)
    ed = LineEditor(con)
    if history:
        for h in history:
            ed.add_history(h)
    code, line = ed.readline('>>> ', prev)
    return code, line, ''.join(con.out), ed


def test_typing_and_enter():
    code, line, out, ed = edit('abc\r')
    assert (code, line) == (0, 'abc')
    assert out == '>>> abc\r\n'
    assert ed.history == ['abc']


def test_cursor_keys_insert_in_the_middle():
    assert edit('print(12)\x1b[D\x1b[D3\r')[1] == 'print(132)'
    assert edit('ab\x1b[H0\x1b[Fz\r')[1] == '0abz'
    assert edit('ab\x1b[1~0\x1b[4~z\r')[1] == '0abz'
    assert edit('ab\x1bOH0\x1bOFz\r')[1] == '0abz'


def test_backspace_and_delete():
    assert edit('abc\x7f\r')[1] == 'ab'
    assert edit('abc\x08\r')[1] == 'ab'
    assert edit('abc\x1b[D\x1b[D\x1b[3~\r')[1] == 'ac'


def test_emacs_keys():
    assert edit('world\x01hello \r')[1] == 'hello world'        # Ctrl-A home
    assert edit('ab\x01\x05c\r')[1] == 'abc'                     # Ctrl-E end
    assert edit('abc\x02\x02x\r')[1] == 'axbc'                   # Ctrl-B left
    assert edit('abc\x01\x06x\r')[1] == 'axbc'                   # Ctrl-F right
    assert edit('abc\x01\x04\r')[1] == 'bc'                      # Ctrl-D delete
    assert edit('abcdef\x02\x02\x02\x0b\r')[1] == 'abc'          # Ctrl-K kill to end
    assert edit('abcdef\x02\x02\x15\r')[1] == 'ef'               # Ctrl-U kill to start
    assert edit('foo bar\x17\r')[1] == 'foo '                    # Ctrl-W word back
    assert edit('foo bar\x1b\x7f\r')[1] == 'foo '                # Alt-Backspace
    assert edit('foo bar\x01\x1bd\r')[1] == ' bar'               # Alt-D word forward
    assert edit('foo bar\x1bbX\r')[1] == 'foo Xbar'              # Alt-B word left
    assert edit('foo bar\x01\x1bfX\r')[1] == 'fooX bar'          # Alt-F word right
    assert edit('foo bar\x1b[1;5DX\r')[1] == 'foo Xbar'          # Ctrl-Left


def test_control_keys_on_an_empty_line_are_returned():
    for key in [rl.CTRL_A, rl.CTRL_B, rl.CTRL_D, rl.CTRL_E]:
        code, line, out, ed = edit(chr(key))
        assert (code, line) == (key, '')
    assert edit('abc\x03')[0] == rl.CTRL_C
    assert edit('')[0] == rl.EOF


def test_history_up_down():
    code, line, out, ed = edit('\x1b[A\x1b[A\r', history=['one', 'two'])
    assert line == 'one'
    assert edit('\x1b[A\x1b[A\x1b[B\r', history=['one', 'two'])[1] == 'two'
    assert edit('new\x1b[A\x1b[B\r', history=['one'])[1] == ''   # Down past the newest: empty
    assert edit('\x10\r', history=['one'])[1] == 'one'          # Ctrl-P
    code, line, out, ed = edit('x\r', history=['x'])
    assert ed.history == ['x']                                  # no repeated entry


def test_auto_indent():
    assert auto_indent('') == 0
    assert auto_indent('for i in x:\n') == 4
    assert auto_indent('for i in x:\n    if i:\n') == 8
    assert auto_indent('for i in x:\n    y = 1\n') == 4
    assert auto_indent('for i in x:\n    y = 1\n    \n') == 4
    assert auto_indent('for i in x:\n    y = 1\n    \n    \n') == 0
    code, line, out, ed = edit('pass\r', prev='if x:\n')
    assert line == '    pass'


def test_backspace_removes_an_indent_level():
    code, line, out, ed = edit('\x7fy\r', prev='if x:\n    if y:\n')
    assert line == '    y'
    assert edit('  \x7f\r')[1] == ' '


def test_tab_after_blanks_indents():
    assert edit(' \tx\r')[1] == '     x'
    assert edit('\tx\r', prev='if 1:\n    pass\n    \n    \n')[1] == '    x'
    assert edit('\tx\r')[1] == 'x'          # first line: completion (none here)


def test_newline_byte_is_not_enter():
    assert edit('a\nb\r')[1] == 'ab'


def test_space_after_auto_indent_keeps_pasted_indentation():
    # a pasted indented line brings its own indentation
    con = FakeConsole('def f():\r    print(1)\r  x\r')
    ed = LineEditor(con)
    assert ed.readline('>>> ', '')[1] == 'def f():'
    assert ed.readline('... ', 'def f():\n')[1] == '    print(1)'
    assert ed.readline('... ', 'def f():\n    print(1)\n')[1] == '  x'   # auto-indent now off
    # a tab after the auto-indent keeps it and turns auto-indent off
    assert edit('\tx\r', prev='if a:\n')[1] == '    x'


def test_word_keys_stop_at_underscores():
    assert edit('foo_bar\x17\r')[1] == 'foo_'


def test_columns():
    assert format_columns(['a', 'bb']) == '\r\na               bb\r\n'
    names = ['n%d' % i for i in range(5)]
    assert format_columns(names) == ('\r\nn0              n1              n2              n3'
                                     '\r\nn4\r\n')
    # a name ending 1 short of a slot: the next one skips a slot (gap >= 2)
    assert format_columns(['x' * 15, 'y']) == '\r\n' + 'x' * 15 + ' ' * 17 + 'y\r\n'
    assert format_columns(['x' * 40, 'y' * 30]) == '\r\n' + 'x' * 40 + '\r\n' + 'y' * 30 + '\r\n'


def test_continue_with_input():
    assert not continue_with_input('x = 1')
    assert continue_with_input('for i in x:')
    assert continue_with_input('for i in x:\n    pass')
    assert continue_with_input('for i in x:\n    pass\n    ')
    assert not continue_with_input('for i in x:\n    pass\n')
    assert continue_with_input('x = (1,')
    assert not continue_with_input('x = "(("')
    assert not continue_with_input('x = 1  # (')
    assert continue_with_input('s = """abc')
    assert not continue_with_input('s = """abc"""')
    assert continue_with_input('x = 1 + \\')
    assert continue_with_input('@dec')
    assert continue_with_input('class A: pass')
    assert not continue_with_input('iffy = 1')
