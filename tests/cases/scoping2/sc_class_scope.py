# class-body names are not visible inside methods or nested scopes
x = 'global x'
class C:
    x = 'class x'
    y = x + '!'
    def m(self):
        return x
    def n(self):
        return self.x
    @staticmethod
    def s():
        return x
    z = [x for _ in range(1)]
    lam = lambda self: x
print(C.y, C().m(), C().n(), C.s())
print(C.z)
print(C().lam())

def func():
    x = 'func x'
    class D:
        a = x
        x = 'D x'
        b = x
        def m(self):
            return x
    return D.a, D.b, D().m()
print(func())

def func2():
    v = 'enclosing'
    class E:
        w = v
        def get(self):
            return v
    return E.w, E().get()
print(func2())

# names defined in the class body are attributes, not globals
class F:
    attr = 1
    def helper():
        return 'helper'
    result = helper()
print(F.result, 'attr' in globals(), 'helper' in globals())

# class body runs once, top to bottom
order = []
class G:
    order.append('start')
    a = 1
    order.append('a=%d' % a)
    a = a + 1
    order.append('a=%d' % a)
print(order, G.a)

# a method can reach the class only through its name or self
class H:
    count = 0
    def inc(self):
        H.count += 1
        return H.count
    def inc_self(self):
        type(self).count += 1
        return self.count
h = H()
print(h.inc(), h.inc_self(), H.count)
try:
    class Bad:
        q = 1
        def m(self):
            return q
    Bad().m()
except NameError as e:
    print('NameError')
