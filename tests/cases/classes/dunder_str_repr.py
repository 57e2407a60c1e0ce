class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'V(%r, %r)' % (self.x, self.y)
    def __str__(self):
        return '<%s, %s>' % (self.x, self.y)
v = V(1, 'a')
print(v, str(v), repr(v), [v], {'k': v}, (v,))
print('%s %r' % (v, v), '{} {!r}'.format(v, v), f'{v} {v!r}')
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
