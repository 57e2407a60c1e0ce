x = 'global x'
lst = [x for x in range(3)]
print(x, lst)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
n = 5
print([[j for j in range(i)] for i in range(n) if i % 2])
print({k: [v for v in range(k)] for k in range(3)})
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
