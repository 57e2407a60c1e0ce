def in_set(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit

for row in range(11):
    line = ''
    for col in range(32):
        c = complex(-2.0 + col * 0.08, -1.0 + row * 0.2)
        n = in_set(c)
        line += '#' if n == 50 else ' .:-=+*%@'[n % 9]
    print(line)
