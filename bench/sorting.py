# Sorting: list.sort with key functions and reverse, sorted() of tuples,
# sorting strings, a stable multi-pass sort, and a hand-written merge sort
# for comparison.  Size: N records.
import sys

N = 120000
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def gen(n, seed):
    s = seed
    out = []
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x7fffffff
        a = (s >> 8) % 1000
        s = (s * 1103515245 + 12345) & 0x7fffffff
        b = (s >> 8) % 100000
        name = "n%05d" % ((s >> 4) % 50000)
        out.append((a, b, name, i))
    return out


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def checksum(seq):
    h = 0
    for x in seq:
        h = (h * 1000003 + x) % 2305843009213693951
    return h


def main(n):
    recs = gen(n, 5)
    by_tuple = sorted(recs)
    by_b = sorted(recs, key=lambda r: r[1])
    by_name_desc = sorted(recs, key=lambda r: r[2], reverse=True)
    stable = list(recs)
    stable.sort(key=lambda r: r[1] % 7)
    stable.sort(key=lambda r: r[0] // 100)
    names = [r[2] for r in recs]
    names.sort()
    ints = [r[1] for r in recs]
    ms = merge_sort(ints[: n // 2])
    assert ms == sorted(ints[: n // 2])
    print(checksum(r[3] for r in by_tuple))
    print(checksum(r[3] for r in by_b))
    print(checksum(r[3] for r in by_name_desc))
    print(checksum(r[3] for r in stable))
    print(names[0], names[-1], names[n // 2], checksum(ms))


main(N)
