def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
t(hash)
t(hash, 1, 2)
t(hash, [])
t(hash, {})
t(hash, set())
t(hash, bytearray())
t(hash, (1, [2]))
t(hash, 1)
t(hash, 0)
t(hash, -1 == -1)
t(hash, True)
t(hash, False)
t(hash, None) if False else None
print(hash(1.0) == hash(1), hash(0.0) == hash(0), hash(-0.0) == hash(0))
print(hash(2**100) == hash(2**100), hash((1, 2)) == hash((1, 2)))
print(hash('abc') == hash('abc'), hash(b'abc') == hash(b'abc'))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(type(hash('x')).__name__, type(hash(2**100)).__name__)
class U:
    __hash__ = None
t(hash, U())
class E:
    def __eq__(self, o):
        return True
t(hash, E())
class Hh:
    def __hash__(self):
        return 12345
t(hash, Hh())
class Hbad:
    def __hash__(self):
        return 'x'
t(hash, Hbad())
t(hash, range(3)) if False else None
print(hash(3) == 3, hash(-5) == -5)
