a = 1; b = 2; c = a + b; print(c)
x = y = z = 10
print(x, y, z)
x = 5; y += x
print(y)
if x: print('inline if')
for i in range(2): print('inline for', i)
while x > 3: x -= 1
print(x)
