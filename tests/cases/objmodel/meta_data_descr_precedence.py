class Meta(type):
    @property
    def p(cls):
        return 'meta-property'
    def m(cls):
        return 'meta-method'
    nd = 'meta-plain'
class C(metaclass=Meta):
    p = 'class-p'
    m = 'class-m'
    nd = 'class-nd'
print(C.p, C.m, C.nd)
print(C().p, C().m)
class D(metaclass=Meta): pass
print(D.p, D.m(), D.nd)
try:
    D().m
except AttributeError as e:
    print(type(e).__name__)
class Desc:
    def __get__(self, obj, owner): return ('desc', type(obj).__name__, owner.__name__)
    def __set__(self, obj, v): print('desc set', v)
class Meta2(type):
    d = Desc()
class E(metaclass=Meta2):
    d = 'shadow'
print(E.d)
E.d = 5
print(E.__dict__['d'], E().d)
