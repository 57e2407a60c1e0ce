# classes defined inside functions and functions inside classes
def make(base_value):
    class Made:
        value = base_value
        def get(self):
            return base_value
        def get_attr(self):
            return self.value
    return Made
M1, M2 = make(1), make(2)
print(M1().get(), M2().get(), M1.value, M2().get_attr())
print(M1 is not M2, M1.__name__)
def counter_class():
    count = 0
    class C:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return C
C = counter_class()
a, b = C(), C()
a.inc(); b.inc()
print(a.inc())
class Outer:
    x = 'outer attr'
    class Inner:
        y = 'inner attr'
        def get(self):
            try:
                return x
            except NameError:
                return 'no x'
    def make_inner(self):
        return self.Inner()
print(Outer.Inner().get(), Outer().make_inner().y)
x = 'now global'
print(Outer.Inner().get())
def meta():
    name = 'dynamic'
    return type(name, (), {'attr': name})
print(meta().__name__, meta().attr)
