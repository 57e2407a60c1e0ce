class Both:
    def __repr__(self): return 'Both-repr'
    def __str__(self): return 'Both-str'
class ReprOnly:
    def __repr__(self): return 'RO-repr'
class StrOnly:
    def __str__(self): return 'SO-str'
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s))
print('%s %r %s' % (b, b, r), '{} {!r} {!s}'.format(b, b, r), f'{b} {b!r} {r}')
print([b, r], (b,), {1: b}, {'k': r})
print(format(b), format(r), '{:}'.format(s))
try:
    format(b, 'x')
except TypeError as e:
    print(type(e).__name__)
class Fmt:
    def __format__(self, spec):
        return '<' + spec + '>'
    def __repr__(self): return 'Fmt()'
f = Fmt()
print(format(f, 'abc'), '{:xyz}'.format(f), f'{f:>10}', f'{f}', '{0!r:>8}'.format(f), str(f))
w = 7
print(f'{f:{w}d}')
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__)
class BadFmt:
    def __format__(self, spec): return 1
try:
    format(BadFmt())
except TypeError as e:
    print(type(e).__name__)
class Rec:
    def __init__(self): self.children = []
    def __repr__(self): return 'Rec(%r)' % self.children
r1 = Rec(); r1.children.append(Rec())
print(r1)
