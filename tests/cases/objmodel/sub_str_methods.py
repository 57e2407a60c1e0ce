class Path(str):
    def __truediv__(self, o):
        return Path(self.rstrip('/') + '/' + o)
    @property
    def name(self):
        return self.rsplit('/', 1)[-1]
p = Path('/usr') / 'lib' / 'x.py'
print(p, p.name, type(p).__name__, len(p), p.upper(), p.endswith('.py'), p.split('/'))
print(p == '/usr/lib/x.py', hash(p) == hash('/usr/lib/x.py'), {p: 1}['/usr/lib/x.py'])
print(p[1:4], type(p[1:4]).__name__, p * 1 == p, 'lib' in p, sorted([Path('b'), Path('a')]))
class Title(str):
    def __new__(cls, s): return super().__new__(cls, s.title())
    def shout(self): return self.upper() + '!'
t = Title('hello world')
print(t, t.shout(), t.lower(), len(t), t.count('o'), t.find('W'), list(t)[:3])
print('%s|%5s|%-7s|' % (t[:3], Title('ab'), Title('cd')), '{}-{}'.format(t, Title('z')), f'{t!r}')
print(','.join([Title('a'), Title('b')]), Title('x') + Title('y'), type(Title('x') + 'y').__name__)
print(str(Title('q')), type(str(Title('q'))).__name__, repr(Title('q')))
print(Title('abc').replace('A', 'z'), Title('a b').split(), int(Title('12')), float(Title('1.5')))
