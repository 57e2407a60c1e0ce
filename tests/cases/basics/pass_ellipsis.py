def f():
    pass
class C:
    pass
for i in range(3):
    pass
print(f(), i)
x = ...
print(x, x is Ellipsis, type(x).__name__)
def g():
    ...
print(g())
