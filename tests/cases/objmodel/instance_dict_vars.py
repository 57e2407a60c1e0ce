class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(sorted(vars(p).items()), sorted(p.__dict__))
p.__dict__['c'] = 3
print(p.c)
vars(p)['d'] = 4
print(p.d)
del p.__dict__['a']
print(hasattr(p, 'a'), sorted(vars(p)))
print(vars(p) is p.__dict__)
print('cls_attr' in vars(P), 'cls_attr' in vars(p), sorted(k for k in vars(P) if not k.startswith('__')))
q = P()
q.__dict__.update({'x': 10, 'y': 20})
print(q.x + q.y, len(q.__dict__))
q.__dict__.clear()
print(vars(q))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__)
class Empty: pass
print(vars(Empty()), Empty().__dict__ == {})
e = Empty()
for i in range(3):
    setattr(e, 'attr%d' % i, i)
print(sorted(e.__dict__.items()))
print(type(P.__dict__['__init__']).__name__)
