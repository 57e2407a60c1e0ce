headers = ['id', 'name', 'score']
rows = [(1, 'alice', 93.5), (2, 'bob', 78.25), (3, 'charlotte', 88.0)]
widths = [max(len(str(r[i])) for r in rows + [tuple(headers)]) for i in range(3)]
def fmt_row(r):
    cells = []
    for v, w in zip(r, widths):
        spec = '{:<%d}' % w if isinstance(v, str) else '{:>%d}' % w
        cells.append(spec.format(str(v)))
    return ' | '.join(cells)
print(fmt_row(headers))
print('-+-'.join('-' * w for w in widths))
for r in rows:
    print(fmt_row(r))
avg = sum(r[2] for r in rows) / len(rows)
print('avg %.3f' % avg)
