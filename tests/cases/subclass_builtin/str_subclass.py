class Name(str):
    def greet(self):
        return 'hello ' + self
    def __len__(self):
        return 99

n = Name('ada')
print(n, repr(n), n.greet(), n.upper(), type(n.upper()).__name__, len(n), len(str(n)))
print(n == 'ada', 'ada' == n, n in ['ada'], n + '!', '!' + n, n * 2, n[1:], n[0])
print('%s|%r|%5s' % (n, n, n), '{}-{!r}'.format(n, n), f'{n:>6}', ','.join([n, n]))
print({n: 1}['ada'], {'ada': 2}[n], n.split('d'), n.startswith('a'), str(n) is not n)

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper('abc')
print(u, type(u).__name__, u.lower(), isinstance(u, str), issubclass(Upper, str))

class Tagged(str):
    pass
t = Tagged('x')
t.tag = 5
print(t, t.tag, t.__dict__, Tagged(), repr(Tagged(42)), Tagged(b'hi', 'utf-8'))
for ch in Tagged('ab'):
    print(ch, type(ch).__name__)
