class I(int):
    def __format__(self, spec):
        return 'I<' + spec + '>'
print(format(I(5), 'x'), f'{I(5):>4}', '{:d}'.format(I(5)), '%d' % I(5), str(I(5)))
class F(float):
    def __format__(self, spec):
        if spec == 'pct': return '%d%%' % (self * 100)
        return float.__format__(self, spec)
print(f'{F(0.25):pct}', f'{F(0.25):.3f}', format(F(1.5)), '{0:e}'.format(F(10.0)))
class S(str):
    def __format__(self, spec):
        return self.upper() if spec == 'up' else str.__format__(self, spec)
print(f'{S("abc"):up}', f'{S("abc"):>5}|', '{!s:up}'.format(S('q')) if False else 'skip')
class Plain(int): pass
print(f'{Plain(255):#x}', format(Plain(7), '03d'), f'{Plain(3)!r}')
class Date:
    def __init__(self, y, m, d): self.y, self.m, self.d = y, m, d
    def __format__(self, spec):
        if not spec: return '%04d-%02d-%02d' % (self.y, self.m, self.d)
        return spec.replace('Y', str(self.y)).replace('M', '%02d' % self.m).replace('D', '%02d' % self.d)
d = Date(2024, 3, 9)
print(f'{d}', f'{d:D/M/Y}', '{:Y}'.format(d), format(d, 'M'))
