class O: pass
o = O()
o.i = 1; o.f = 1.5; o.s = 's'; o.l = [1]; o.t = (1,); o.d = {'a': 1}; o.n = None; o.fn = len
o.cls = O; o.b = True
print(sorted(vars(o)), o.fn('abc'), o.cls is O, o.b)
o.l.append(2)
o.d['b'] = 2
print(o.l, sorted(o.d.items()))
o.i += 1; o.s *= 2; o.t += (2,)
print(o.i, o.s, o.t)
names = ['x%d' % i for i in range(50)]
for i, n in enumerate(names): setattr(o, n, i)
print(sum(getattr(o, n) for n in names), len(vars(o)))
for n in names[::2]: delattr(o, n)
print(len(vars(o)), hasattr(o, 'x0'), hasattr(o, 'x1'))
o.__dict__.clear()
print(vars(o))
p = O()
p.self_ref = p
print(p.self_ref.self_ref is p)
setattr(p, 'with space', 1)
setattr(p, '123', 2)
print(getattr(p, 'with space'), getattr(p, '123'), sorted(k for k in vars(p) if k != 'self_ref'))
