# hot loops (enough iterations to get JIT-compiled) whose values change type
x = 1
for i in range(200):
    x = x * 3 + i
print(x % 1000000007, x.bit_length() if hasattr(x, 'bit_length') else len(bin(x)) - 2)
total = 0
for i in range(30000):
    total += i * i * i
print(total)
acc = 2 ** 62
vals = []
for i in range(3000):
    acc += i
    if i % 1000 == 0:
        vals.append(acc)
print(vals, acc)
m = 1
for i in range(1, 3000):
    m = (m * i) % 1000003
print(m)
