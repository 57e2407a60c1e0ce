seqs = ['abcdefg', list(range(7)), tuple('xyzuvw'), b'012345678', '']
bounds = [None, 0, 1, 3, -1, -3, 6, 100, -100]
steps = [None, 1, 2, 3, -1, -2, -4]
for seq in seqs:
    out = []
    for a in bounds:
        for b in bounds:
            for c in steps:
                out.append(seq[a:b:c])
    print(type(seq).__name__, len(out), hash(repr(out)) == hash(repr(out)))
    print(out[::37])
    print(sum(len(x) for x in out))
