class Counting(type):
    def __call__(cls, *args, **kw):
        cls.calls = getattr(cls, 'calls', 0) + 1
        obj = super().__call__(*args, **kw)
        obj.created_by_meta = True
        return obj
class W(metaclass=Counting):
    def __init__(self, v=0):
        self.v = v
w1 = W(1); w2 = W(v=2)
print(W.calls, w1.v, w2.v, w1.created_by_meta)
class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in SingletonMeta._instances:
            SingletonMeta._instances[cls] = super().__call__(*a)
        return SingletonMeta._instances[cls]
class Conf(metaclass=SingletonMeta):
    def __init__(self): print('Conf init once')
print(Conf() is Conf())
class Returns(type):
    def __call__(cls):
        return 'not an instance'
class R(metaclass=Returns): pass
print(R())
