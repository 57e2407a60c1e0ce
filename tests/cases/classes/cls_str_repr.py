class A:
    def __str__(self):
        return 'A-str'
    def __repr__(self):
        return 'A-repr'
a = A()
print(a, str(a), repr(a), [a], (a,), {1: a})
print('%s %r' % (a, a), '{} {!r}'.format(a, a), f'{a} {a!r}')
class B:
    def __repr__(self):
        return 'B!'
print(B(), str(B()))
