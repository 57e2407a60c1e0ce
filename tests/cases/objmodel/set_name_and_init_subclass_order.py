log = []
class D:
    def __init__(self, tag): self.tag = tag
    def __set_name__(self, owner, name):
        log.append(('set_name', self.tag, owner.__name__, name))
class Base:
    def __init_subclass__(cls, **kw):
        log.append(('init_subclass', cls.__name__, sorted(kw)))
        super().__init_subclass__()
class C(Base, flag=1):
    a = D('first')
    b = D('second')
for entry in log: print(entry)
log.clear()
shared = D('shared')
class E:
    x = shared
    y = shared
for entry in log: print(entry)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('set_name failed for ' + name)
try:
    class F:
        attr = Bad()
except (ValueError, RuntimeError) as e:
    print('error from __set_name__')
class NotCallable:
    __set_name__ = 5
try:
    class G:
        n = NotCallable()
except (TypeError, RuntimeError) as e:   # CPython 3.11 wraps it in RuntimeError
    print('error calling __set_name__')
