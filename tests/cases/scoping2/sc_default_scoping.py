# default values are evaluated in the defining scope
x = 'module'
def outer():
    x = 'outer'
    def inner(v=x):
        return v
    return inner()
print(outer())
class C:
    y = 'class'
    def m(self, v=y):
        return v
print(C().m())
def make(n):
    return [lambda k=i * n: k for i in range(3)]
print([f() for f in make(10)])
def kwonly(*, v=x):
    return v
x = 'changed'
print(kwonly())
def nested_default(a, b=lambda: x):
    return b()
print(nested_default(1))
