def counter(start):
    while True:
        yield start
        start += 1
gens = [counter(i * 100) for i in range(5)]
for _ in range(3):
    print([next(g) for g in gens])
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        nxt = []
        for it in its:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        its = nxt
print(list(interleave('abc', [1, 2], range(10, 14))))
