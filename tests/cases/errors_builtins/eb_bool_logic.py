def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [], [] or None, '' and 'x', 'a' and 'b')
print(not 0, not 1, not '', not [0], not None, not 0.0, not -0.0, not 1j * 0)
print(True + True, True * 3, True / 2, True // 2, -True, ~False, True ** 2, abs(True))
print(True == 1, False == 0, True is 1 == 1, isinstance(True, int), type(True + 0).__name__)
print(bool(0), bool(1), bool(-1), bool(''), bool('0'), bool([]), bool([[]]), bool({}), bool(()))
print(True & False, True | False, True ^ True, type(True ^ True).__name__, type(True & 1).__name__)
print(str(True), repr(False), int(True), float(False), '%d %s %r' % (True, True, False))
print(format(True), format(True, 'd'), format(False, '5'), '{}'.format(True), f'{True!r}')
print(sum([True] * 5), max(True, 2), min(False, -1), sorted([True, False, 0, 1]))
print(hash(True) == hash(1), {True: 1}[1], {1: 'a'}[True], [10, 20][True])
t(lambda: True.real)
t(lambda: True.bit_length())
t(lambda: bool.__name__)
t(lambda: issubclass(bool, int))
class X:
    def __bool__(self):
        raise ValueError
t(lambda: not X())
t(lambda: X() and 1)
t(lambda: 1 if X() else 2)
t(lambda: bool(X()))
t(lambda: [1 for _ in [0] if X()])
class Y:
    def __bool__(self):
        return 1
t(lambda: bool(Y()))
class Z:
    def __len__(self):
        return 2**70
t(lambda: bool(Z()))
