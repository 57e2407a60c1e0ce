class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.coords = [x, y]
p = Pt(3, 4)
print('{0.x},{0.y}'.format(p), '{p.coords[1]}'.format(p=p), '{0.coords}'.format(p))
print('{:>6}|{:<6}|'.format(str(None), str(True)))
d = {'name': 'ann', 'langs': ['py', 'c']}
print('{name} knows {langs[0]} and {langs[1]}'.format(**d))
print('%(name)s: %(langs)s' % d)
print('{}{}{}'.format(*'xyz'), '{2}{1}{0}'.format(*'xyz'))
print('{0!r:^10}|{1!s:>5}|'.format('a', 12))
