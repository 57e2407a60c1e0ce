lines = ['# comment', 'alpha 1', '', 'beta 2', 'gamma 3', '# x', 'delta 4']
def non_empty(ls):
    for l in ls:
        if l.strip():
            yield l
def no_comments(ls):
    for l in ls:
        if not l.startswith('#'):
            yield l
def parse(ls):
    for l in ls:
        name, val = l.split()
        yield name, int(val)
records = parse(no_comments(non_empty(lines)))
print(dict(records))
def window(seq, n):
    it = iter(seq)
    win = []
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)
            win.pop(0)
print(list(window(range(6), 3)))
def batched(seq, n):
    batch = []
    for x in seq:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched('abcdefg', 3)))
