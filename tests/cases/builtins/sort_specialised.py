# sorts whose keys are all ints, strs or floats take specialised paths; the
# results, stability, reverse and error behaviour must match the generic sort


class Tag:
    def __init__(self, k, n):
        self.k = k
        self.n = n

    def __repr__(self):
        return "T(%r,%d)" % (self.k, self.n)


def lcg(n, seed, mod):
    out = []
    s = seed
    for _ in range(n):
        s = (s * 1103515245 + 12345) & 0x7fffffff
        out.append((s >> 8) % mod)
    return out


ints = lcg(300, 7, 50)
print(sorted(ints)[:20], sorted(ints, reverse=True)[:10])
strs = ["w%d" % v for v in ints] + ["", "é", "z", "ä", "\U0001f600", "Z"]
print(sorted(strs)[:12], sorted(strs)[-6:])
print(sorted(strs, reverse=True)[:6])
floats = [v / 7.0 - 3 for v in ints] + [float("inf"), -0.0, 0.0, float("-inf")]
print(sorted(floats)[:5], sorted(floats)[-3:])

# stability with int / str / float keys, forwards and reversed
tags = [Tag(v % 5, i) for i, v in enumerate(ints[:40])]
print(sorted(tags, key=lambda t: t.k))
print(sorted(tags, key=lambda t: t.k, reverse=True))
print(sorted(tags, key=lambda t: "abcde"[t.k]))
print(sorted(tags, key=lambda t: "abcde"[t.k], reverse=True)[:10])
print(sorted(tags, key=lambda t: t.k * 0.5)[:10])
print(sorted(tags, key=lambda t: -t.k * 0.5, reverse=True)[:10])

# ints mixed with bools, floats, big ints: the generic path
print(sorted([3, True, 2.5, 10 ** 20, -1, False, 0]))
print(sorted([3, 1, 2], key=lambda x: [x]))
print(sorted(["b", "a"], key=str.upper), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(sorted([1.5, 2, 0.5]), sorted([2, 1.5, 10 ** 19, 1]))

# NaN: stays where the comparisons leave it, like CPython
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))

# tuples: int and str items decide, then the generic comparison
tup = [(v % 3, "s%d" % (v % 4), v) for v in ints[:30]]
print(sorted(tup)[:8])
print(sorted([(1, 2.5), (1, 2), (0, "x"), (1, 2)])[:3])
print(sorted([(1, [2]), (1, [1])]))

# errors: mixed incomparable keys, a key function that raises
for data in ([1, "a"], ["a", 1], [1.0, "a"], [(1, "a"), (1, 2)]):
    try:
        sorted(data)
    except TypeError as e:
        print("TypeError")
lst = [3, 1, 2]


def bad(x):
    if x == 2:
        raise ValueError(x)
    return x


try:
    lst.sort(key=bad)
except ValueError as e:
    print("ValueError", e, lst)

# a list that fails half-way keeps all its items
lst = [5, 3, "x", 1, 4, 2] * 5
try:
    lst.sort()
except TypeError:
    print("TypeError", sorted(x for x in lst if isinstance(x, int)) == sorted([5, 3, 1, 4, 2] * 5))

# a key function that mutates the list sees it empty
lst = [3, 1, 2]
seen = []
lst.sort(key=lambda x: seen.append(len(lst)) or x)
print(lst, seen)
print(sorted([]), sorted([1]), sorted(["a"]), sorted([2.0]), sorted([], key=len))

# strings sharing long prefixes, empty strings, NUL bytes and non-ASCII: the
# 8-byte prefix decides only when it differs
pre = ["abcdefgh" + t for t in ("", "a", "\x00", "\x00\x00", "b", "ab", "é")]
pre += ["abcdefg", "abcdefg\x00", "", "\x00", "abcdefgi", "abcdefgh\U0001f600", "zz", "Ω"]
print(sorted(pre))
print(sorted(pre, reverse=True))
print(sorted(pre, key=lambda s: s[::-1]))

# tuples whose first items are ints: the ints decide, ties go to the rest
rows = [(v % 4, "r%d" % (v % 3), v) for v in ints[:40]]
print(sorted(rows)[:10])
print(sorted(rows, reverse=True)[:6])
print(sorted(rows, key=lambda r: (-r[0], r[1]))[:8])
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (0,)]))
print(sorted([(2,), (True,), (1, 2)]), sorted([(10 ** 20, 1), (3, 2)]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError:
    print("TypeError tuple")
keep = [(1, "a"), (1, 2), (0, 0)]
try:
    keep.sort()
except TypeError:
    print("TypeError", sorted(keep, key=lambda t: t[0])[0])
