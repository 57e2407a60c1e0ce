# assignment expressions
if (n := len('hello')) > 3:
    print('long', n)
data = [1, 2, 3, 4]
print([y for x in data if (y := x * 2) > 4], y)
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
def f():
    if (v := 10):
        pass
    return v
print(f())
print((a := 5) + a)
vals = [(z := i) for i in range(3)]
print(vals, z)
def count():
    total = 0
    items = [total := total + i for i in range(5)]
    return items, total
print(count())
g = (w := 1, w + 1)
print(g)
print(any((found := c) == 'b' for c in 'abc'), found)
