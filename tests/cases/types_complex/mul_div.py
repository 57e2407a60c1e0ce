a = 3 + 4j
for b in [2, 0.5, 1j, 1 - 2j, -3.5 + 0.25j]:
    print(a * b, b * a, a / b, b / a)
print((1 + 1j) * (1 - 1j))
print(1j * 1j)
print(1 / 1j)
print(10 / (3 + 4j))
print((1e300 + 1e300j) / (1e300 + 1e300j))
print((1 + 2j) / (1e-300 + 1e-300j))
print(2 * (float('inf') + 1j))
