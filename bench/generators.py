# Generators and closures: a lazy pipeline of generator functions and
# generator expressions (source -> map -> filter -> windowing -> chunking),
# closures built by factories with nonlocal state, and yield from.
# Size: N items through the pipeline.
import sys

N = 1000000
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def source(n):
    s = 1
    for _ in range(n):
        s = (s * 1103515245 + 12345) & 0x7fffffff
        yield s >> 12


def mapper(f, it):
    for x in it:
        yield f(x)


def keep(pred, it):
    for x in it:
        if pred(x):
            yield x


def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            del buf[0]
        if len(buf) == size:
            yield sum(buf)


def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunked):
    for c in chunked:
        yield from c


def make_scaler(k):
    def scale(x):
        return (x * k) % 65521
    return scale


def make_counter():
    count = 0

    def bump(x):
        nonlocal count
        count += 1
        return x % 3 != 0
    return bump, lambda: count


def main(n):
    scale = make_scaler(31)
    bump, seen = make_counter()
    pipe = window(keep(bump, mapper(scale, source(n))), 4)
    total = 0
    n_chunks = 0
    for c in chunks(pipe, 64):
        n_chunks += 1
        total = (total + max(c) - min(c)) % 1000000007
    squares = sum(x * x for x in flatten(chunks(range(n // 2), 10)) if x & 1)
    evens = len([y for y in (x + 1 for x in range(n)) if y % 2 == 0])
    print(seen(), n_chunks, total, squares, evens)


main(N)
