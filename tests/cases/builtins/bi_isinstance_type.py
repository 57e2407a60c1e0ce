vals = [1, 1.0, 'a', b'a', [1], (1,), {1: 1}, {1}, None, True, range(1), len]
for v in vals:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple)),
          type(v) in (str, bytes))
print(type(1) is int, type(True) is bool, type(True) is int, type(type(1)) is type)
print(isinstance(int, object), isinstance(object, type), issubclass(bool, int), issubclass(int, object))
print(type('x')('abc'), type(1)('42'), type([])('ab'))
