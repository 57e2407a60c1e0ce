x = 1
x += 1j
print(x)
x *= 2
print(x)
x -= 1.5
print(x)
x /= 1j
print(x)
x **= 2
print(x)
y = 2.0
y *= 1j
print(y)
l = [1j]
l[0] += 1
print(l)
