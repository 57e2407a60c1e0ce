for v in [0, 5, -5, 2.5, -2.5, True, 10 ** 20, -(10 ** 20)]:
    print(abs(v), -v, +v)
print(abs(-0.0), -0, 0 - 0)
