def parse(items):
    for s in items:
        yield int(s)
total = 0
for v in parse(['1', '2', 'three', '4']):
    total += v
    print('running total', total)
