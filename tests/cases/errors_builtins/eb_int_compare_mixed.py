vals = [0, 1, -1, 2**31, 2**53, 2**53 + 1, 2**63 - 1, 2**63, 2**64, -2**63, -2**63 - 1, 10**30,
        0.0, -0.0, 0.5, 1.0, 2.0**53, 2.0**63, 2.0**64, 1e30, -1e30, float('inf'), float('-inf'), True, False]
for a in vals:
    row = []
    for b in vals:
        row.append('%d%d%d' % (a < b, a == b, a > b))
    print(' '.join(row))
nan = float('nan')
print([nan < v or nan == v or nan > v for v in vals])
print(sorted(vals, key=lambda x: (x, type(x).__name__)))
print(max(vals), min(vals), 1 == 1.0 == True, 0 == -0.0 == False)
print({1: 'a', 1.0: 'b', True: 'c'}, {0: 'x', 0.0: 'y'}, len({2**64, 2.0**64}))
