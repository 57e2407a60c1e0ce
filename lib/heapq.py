# heapq: a binary min-heap on a list (frozen into micropy); the primitives
# are native (interp/modules/heapq_mod.py)


from _heapq import heappush, heappop, heapreplace, heappushpop, heapify


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def merge(*iterables, key=None, reverse=False):
    items = []
    for it in iterables:
        items.extend(it)
    return iter(sorted(items, key=key, reverse=reverse))
