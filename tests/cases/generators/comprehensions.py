print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in 'ab'])
print({x: x * x for x in range(4)})
print(sorted({x % 3 for x in range(10)}))
print([[j for j in range(i)] for i in range(4)])
x = 'outer'
print([x for x in range(3)], x)
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
