y = 'module'
class C:
    y = 'class'
    z = y + '!'
    def method(self):
        return y
    def method2(self):
        return self.y
print(C.z, C().method(), C().method2())
class D:
    items = [1, 2, 3]
    total = sum(items)
    def get(self):
        return D.total
print(D.total, D().get())
def factory():
    val = 'closure'
    class Inner:
        attr = val
        def m(self):
            return val
    return Inner
I = factory()
print(I.attr, I().m())
