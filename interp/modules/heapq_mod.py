"""_heapq: the binary-heap primitives of heapq, native (lib/heapq.py adds the
rest).  Items compare with `<` only, as in CPython; a comparison that changes
the list's length is a RuntimeError, not a stray index."""
from rpython.rlib import jit
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
from interp.objects.listobject import W_List
from interp.gateway import function
from interp.error import oefmt


def heap_list(space, w_heap):
    if not isinstance(w_heap, W_List):
        raise oefmt(space.w_TypeError, "heap argument must be a list")
    return w_heap


# the sift loops are loops of their own for the JIT, so that a user __lt__
# is inlined into them instead of being entered from RPython per comparison
up_driver = jit.JitDriver(name='heap_sift_up', greens=['w_type'], reds='auto')
down_driver = jit.JitDriver(name='heap_sift_down', greens=['w_type'], reds='auto')


def less(space, w_heap, w_a, w_b, size):
    result = space.lt_w(w_a, w_b)
    if len(w_heap.items_w) != size:
        raise oefmt(space.w_RuntimeError, "list changed size during iteration")
    return result


def sift_toward_root(space, w_heap, start, pos):
    """Move the item at pos up while it is smaller than its parent."""
    items = w_heap.items_w
    size = len(items)
    w_item = items[pos]
    w_type = space.type(w_item)
    while pos > start:
        up_driver.jit_merge_point(w_type=w_type)
        parent = (pos - 1) >> 1
        w_parent = w_heap.items_w[parent]
        if not less(space, w_heap, w_item, w_parent, size):
            break
        w_heap.items_w[pos] = w_parent
        pos = parent
    w_heap.items_w[pos] = w_item


def sift_from(space, w_heap, pos):
    """Fill the hole at pos with the smaller child down to a leaf, then put
    the item there back up where it belongs (fewer comparisons on average)."""
    size = len(w_heap.items_w)
    start = pos
    w_item = w_heap.items_w[pos]
    child = 2 * pos + 1
    w_type = space.type(w_item)
    while child < size:
        down_driver.jit_merge_point(w_type=w_type)
        right = child + 1
        if right < size and not less(space, w_heap, w_heap.items_w[child],
                                     w_heap.items_w[right], size):
            child = right
        w_heap.items_w[pos] = w_heap.items_w[child]
        pos = child
        child = 2 * pos + 1
    w_heap.items_w[pos] = w_item
    sift_toward_root(space, w_heap, start, pos)


@function(2)
def heappush(space, w_heap, w_item):
    w_heap = heap_list(space, w_heap)
    w_heap.items_w.append(w_item)
    sift_toward_root(space, w_heap, 0, len(w_heap.items_w) - 1)
    return space.w_None


@function(1)
def heappop(space, w_heap):
    w_heap = heap_list(space, w_heap)
    items = w_heap.items_w
    if not items:
        raise oefmt(space.w_IndexError, "index out of range")
    w_last = items.pop()
    if not items:
        return w_last
    w_first = items[0]
    items[0] = w_last
    sift_from(space, w_heap, 0)
    return w_first


@function(2)
def heapreplace(space, w_heap, w_item):
    w_heap = heap_list(space, w_heap)
    if not w_heap.items_w:
        raise oefmt(space.w_IndexError, "index out of range")
    w_first = w_heap.items_w[0]
    w_heap.items_w[0] = w_item
    sift_from(space, w_heap, 0)
    return w_first


@function(2)
def heappushpop(space, w_heap, w_item):
    w_heap = heap_list(space, w_heap)
    items = w_heap.items_w
    if not items or not less(space, w_heap, items[0], w_item, len(items)):
        return w_item
    w_first = w_heap.items_w[0]
    w_heap.items_w[0] = w_item
    sift_from(space, w_heap, 0)
    return w_first


@function(1)
def heapify(space, w_heap):
    w_heap = heap_list(space, w_heap)
    for i in range(len(w_heap.items_w) // 2 - 1, -1, -1):
        sift_from(space, w_heap, i)
    return space.w_None


def make_module(space):
    w_mod = W_Module(space, '_heapq')
    for name, func in [('heappush', heappush), ('heappop', heappop),
                       ('heapreplace', heapreplace), ('heappushpop', heappushpop),
                       ('heapify', heapify)]:
        w_mod.w_dict.setitem_str(name, W_BuiltinFunction(name, func))
    return w_mod
