vals = [0, 1, -1, 1.0, 0.5, True, False, 2 ** 70, -(2 ** 70), 1e30, float('inf'), float('-inf')]
for a in vals:
    print(repr(a), [(a < b, a == b, a > b) for b in vals])
seqs = [[], [0], [1], [0, 0], [1, -1], (), (0,), 'a', 'ab', 'b', '']
for a in seqs:
    row = []
    for b in seqs:
        try:
            row.append(a < b)
        except TypeError:
            row.append('TE')
        row.append(a == b)
    print(repr(a), row)
