# instance attributes stored in maps (hidden classes): every way in and out


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


# normal reads/writes, many instances sharing a layout
ps = [P(i, -i) for i in range(50)]
total = 0
for p in ps:
    total += p.norm1()
    p.x += 1
print(total, sum(p.x for p in ps))

# attributes added in different orders on instances of one class
a = P(1, 2)
a.z = 3
a.w = 4
b = P(5, 6)
b.w = 7
b.z = 8
print(a.z, a.w, b.z, b.w)
print(list(a.__dict__), list(b.__dict__))
print(vars(a), vars(b))


# the same attribute names on two classes
class Q:
    def __init__(self):
        self.y = 'qy'
        self.x = 'qx'


q = Q()
p = P('px', 'py')
print(p.x, p.y, q.x, q.y, list(vars(q)), list(vars(p)))

# overwriting keeps the position
p.x = 'px2'
print(vars(p))

# getattr with default, hasattr, setattr, delattr
print(getattr(p, 'x'), getattr(p, 'nope', 'dflt'), hasattr(p, 'y'), hasattr(p, 'nope'))
setattr(p, 'dyn', 42)
print(p.dyn, getattr(p, 'dyn'))
delattr(p, 'dyn')
print(hasattr(p, 'dyn'))
try:
    delattr(p, 'dyn')
except AttributeError as e:
    print('AttributeError delattr')
try:
    del p.never
except AttributeError:
    print('AttributeError del')
try:
    p.missing
except AttributeError:
    print('AttributeError get')
try:
    setattr(p, 1, 2)
except TypeError:
    print('TypeError setattr')
try:
    getattr(p, 1)
except TypeError:
    print('TypeError getattr')
# after a del, adding again still works
p.dyn = 43
print(p.dyn, list(vars(p)))

# deleting a missing attribute on a map-mode instance leaves it usable
r = P(1, 2)
try:
    del r.zz
except AttributeError:
    print('AttributeError del map mode')
r.zz = 9
print(vars(r))


# class attributes shadowed by instance attributes and un-shadowed by del
class C:
    kind = 'class'

    def meth(self):
        return 'method'


c = C()
print(c.kind, c.meth())
c.kind = 'inst'
c.meth = lambda: 'inst-func'
print(c.kind, c.meth(), C.kind)
del c.kind
del c.meth
print(c.kind, c.meth())
c.kind = 'again'
print(c.kind, vars(c))

# __dict__ is live
d = P(1, 2)
dd = d.__dict__
dd['x'] = 100
d.newattr = 'n'
print(d.x, dd['newattr'], 'newattr' in dd, dd is d.__dict__, dd is vars(d))
del dd['y']
print(hasattr(d, 'y'), sorted(dd))
dd.clear()
print(vars(d), hasattr(d, 'x'))
d.x = 5
print(dd)

# vars() on a fresh instance, then attributes show up in it
e = P(0, 0)
ve = vars(e)
e.extra = 1
print(ve)

# many attributes on one object
class Many:
    pass


m = Many()
for i in range(150):
    setattr(m, 'a%d' % i, i)
print(m.a0, m.a29, m.a30, m.a99, m.a100, m.a149, len(vars(m)))
print(list(vars(m))[:3], list(vars(m))[-2:])
print(sum(getattr(m, 'a%d' % i) for i in range(150)))
m2 = Many()
for i in range(40):
    setattr(m2, 'b%d' % i, i * 2)
for i in range(40):
    setattr(m2, 'b%d' % i, getattr(m2, 'b%d' % i) + 1)
print(m2.b0, m2.b39, len(vars(m2)), list(vars(m2))[-1])
del m2.b10
print(len(vars(m2)), hasattr(m2, 'b10'), m2.b11)


# __class__
print(p.__class__ is P, type(p).__name__, m.__class__.__name__)


# __slots__: ignored as in MicroPython for the names it allows
class S:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


s = S(1, 2)
s.x += 10
print(s.x, s.y)


# properties and data descriptors win over the instance storage
class Prop:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v * 2

    @v.setter
    def v(self, val):
        self._v = val


pr = Prop()
pr.v = 21
print(pr.v, pr._v, list(vars(pr)))


class Desc:
    def __get__(self, obj, typ):
        if obj is None:
            return self
        return 'desc:' + str(obj.__dict__.get('store', None))

    def __set__(self, obj, value):
        obj.__dict__['store'] = value


class HasDesc:
    attr = Desc()


hd = HasDesc()
print(hd.attr)
hd.attr = 'val'
print(hd.attr, vars(hd))


# __getattr__, __setattr__, __getattribute__
class GA:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return 'virtual-' + name


g = GA()
print(g.real, g.other)
g.other = 'set'
print(g.other)


class SA:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)


sa = SA()
sa.a = 5
sa.b = 'x'
print(sa.a, sa.b, vars(sa))


class GAttr:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if name == 'b':
            return 'from getattribute'
        return object.__getattribute__(self, name)


ga = GAttr()
print(ga.a, ga.b)


# subclasses of builtins keep attributes the same way
class MyInt(int):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


mi = MyInt(7)
mi.tag = 'seven'
print(mi + 1, mi.tag, vars(mi))
ml = MyList([1, 2])
ml.name = 'ml'
ml.count2 = 2
ml.append(3)
print(ml, ml.name, ml.count2, list(vars(ml)))
del ml.name
print(hasattr(ml, 'name'), vars(ml))
md = MyDict(a=1)
md.attr = 'x'
print(md, md.attr, vars(md), md['a'])
md.__dict__['other'] = 2
print(md.other, len(md))


# inheritance: subclass instances with extra attributes
class Base:
    def __init__(self):
        self.a = 1


class Derived(Base):
    def __init__(self):
        Base.__init__(self)
        self.b = 2


x1 = Base()
x2 = Derived()
print(vars(x1), vars(x2), x2.a + x2.b)


# copy-like code: rebuild an instance from its dict
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y


src = Pt(3, 4)
cp = Pt.__new__(Pt)
cp.__dict__.update(src.__dict__)
print(cp.x, cp.y, vars(cp) == vars(src))
cp2 = object.__new__(Pt)
for k, v in vars(src).items():
    setattr(cp2, k, v)
print(cp2.x, cp2.y)

# attribute values of every kind, None included
n = Pt(None, 0)
print(n.x, n.y, hasattr(n, 'x'))
n.x = None
print(n.x is None, vars(n))

# vars() on objects without a __dict__
try:
    vars(1)
except TypeError:
    print('TypeError vars')
try:
    object().x = 1
except AttributeError:
    print('AttributeError object')
