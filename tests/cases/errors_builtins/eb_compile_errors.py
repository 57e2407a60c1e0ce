def check(src, mode='exec'):
    try:
        compile(src, '<s>', mode)
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError')
    except Exception as e:
        print(repr(src), type(e).__name__)
for src in ['1 +', 'x = ', 'def f(:', 'if x', 'for x in', 'return', '(', ')', '[1, 2', '{1: }',
            'x = 1 = 2', '1 = x', 'f() = 1', 'del 1', 'del f()', '"abc', "'''abc", 'a b', 'x ++= 1',
            'lambda: (yield)', 'class', 'import', 'from x import', 'try:\n  pass', 'else:\n  pass',
            'break', 'continue', 'def f():\n  nonlocal q', 'def f(a, a): pass',
            'f(**x, *y)', 'f(a=1, 2)', 'x: int = 5', 'a, *b, *c = d', '*a = b', 'print 1',
            'async = 1', 'None = 1', 'True = 0', 'def f(*): pass', 'def f(**k, a): pass',
            '0777', '1__0', '1_', '0x', '1e', '1.2.3', '\\', 'x = $', 'if 1:\npass', '  x = 1',
            'if 1:\n    x\n  y', 'global x\nx = 1', 'def f():\n  x = 1\n  global x', 'assert', 'raise from x',
            'with:\n  pass', '@\ndef f(): pass', 'a if b', 'a if b else', '[x for x in]', '{**}', 'f(x for x in y, 1)',
            'x = yield', 'yield x', 'await x', 'a.1', 'a[]', 'a[1:2:3:4]', '1 if 2 else 3', '~', 'not', 'a and',
            'u"x" b"y"', 'b"x" "y"', 'b"\u00e9"', 'f"{"', 'f"{}"', 'f"}"', 'f"{x!}"', 'f"{x!q}"', 'f"{x:{y:{z}}}"']:
    check(src)
for src in ['1 +', 'x = 1', '1; 2', 'lambda: 1', '(yield)', '']:
    check(src, 'eval')
