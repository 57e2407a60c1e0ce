class Base:
    subs = []
    def __init_subclass__(cls):
        Base.subs.append(cls.__name__)
class A(Base): pass
class B(A): pass
class C(B): pass
print(Base.subs)
class Other:
    def __init_subclass__(cls, **kw):
        cls.seen = 'Other'
        super().__init_subclass__(**kw)
class Mixin:
    pass
class M1(Mixin, Other): pass
print(M1.seen)
class Required:
    def __init_subclass__(cls, *, required):
        cls.required = required
class R1(Required, required=1): pass
print(R1.required)
try:
    class R2(Required): pass
except TypeError as e:
    print(type(e).__name__)
class Explicit:
    @classmethod
    def __init_subclass__(cls):
        cls.explicit = True
class E1(Explicit): pass
print(E1.explicit, 'explicit' in E1.__dict__, hasattr(Explicit, 'explicit'))
X = type('X', (Base,), {})
print(Base.subs[-1])
class Validate:
    def __init_subclass__(cls):
        if not hasattr(cls, 'name'):
            raise TypeError('need name')
class Ok(Validate):
    name = 'ok'
try:
    class Bad(Validate): pass
except TypeError as e:
    print('validate', type(e).__name__)
