a = 1 + 2j
for b in [3, 2.5, 1j, -1 - 1j, True, 10**20]:
    print(a + b, b + a, a - b, b - a)
print(1 + 1j - 1j)
print(0.1 + 0.2j + 0.3)
print(-0.0 + 0j)
print(0j - 0.0)
