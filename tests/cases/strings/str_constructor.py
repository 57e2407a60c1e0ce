print(str(123), str(-4.5), str(True), str(None), str([1, 2]), str((1,)), str({'a': 1}))
print(str(b'abc', 'utf-8'), str(b'\xc3\xa9', 'utf-8'))
print(repr(str()), str('x'))
class A:
    def __str__(self):
        return 'A-str'
    def __repr__(self):
        return 'A-repr'
a = A()
print(str(a), repr(a), a, [a], (a,), {'k': a})
print('%s %r' % (a, a), '{} {!r}'.format(a, a), f'{a} {a!r}')
class B:
    def __repr__(self):
        return 'B-repr'
print(str(B()), B())
