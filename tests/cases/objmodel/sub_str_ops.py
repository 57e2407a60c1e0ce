class S(str):
    def __len__(self):
        return 42
    def __contains__(self, x):
        return x == 'zzz'
    def __getitem__(self, i):
        return 'item%r' % (i,)
    def __add__(self, o):
        return S(str.__add__(self, o) + '!')
    def __iter__(self):
        return iter(['it'])
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
    def __format__(self, spec):
        return 'fmt[' + spec + ']'
s = S('hello')
print(len(s), 'zzz' in s, 'h' in s, s[0], s[1:3])
print(s + 'x', type(s + 'x').__name__)
print(list(s), str(s), repr(s), '%s|%r' % (s, s))
print(format(s, 'abc'), f'{s:>5}', '{:q}'.format(s))
print(s.upper(), type(s.upper()).__name__, s == 'hello', s.startswith('he'))
print('x' + s, str.__len__(s))
print(sorted({S('b'), S('a')}, key=str.__str__) == ['a', 'b'])
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Upper('abc')
print(u, len(u), u.lower(), isinstance(u, str), u == 'ABC', hash(u) == hash('ABC'))
