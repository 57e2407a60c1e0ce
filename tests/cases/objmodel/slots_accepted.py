class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x; self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
class Q:
    __slots__ = ['a']
q = Q()
q.a = 'ok'
print(q.a)
class R(P):
    __slots__ = ()
r = R(3, 4)
print(r.x + r.y)
print('__slots__' in P.__dict__, 'x' in P.__slots__)
class S:
    __slots__ = 'single'
s = S()
s.single = 1
print(s.single)
