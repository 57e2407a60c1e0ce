for v in ['abc', [1, 2], (1,), {'a': 1}, {1, 2, 3}, range(5), b'xy', '']:
    print(type(v).__name__, len(v), repr(v))
for v in [1, 1.5, True, None, 'x', [], (), {}, set(), len, int]:
    print(type(v).__name__)
print(repr('a\nb'), repr(1.0), repr(-5), repr(None), repr(True), repr([1, 'a', None]))
try:
    len(5)
except TypeError:
    print('TypeError')
