# Recursion and allocation: build and walk many complete binary trees of
# tuples (the classic "binary trees" allocation test), plus one long-lived tree.
# Size: N is the maximum tree depth.
import sys

N = 15
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))


def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)


min_depth = 4
max_depth = max(min_depth + 2, N)
print("stretch", max_depth + 1, check(make(max_depth + 1)))
long_lived = make(max_depth)
for depth in range(min_depth, max_depth + 1, 2):
    iters = 2 ** (max_depth - depth + min_depth)
    total = 0
    for _ in range(iters):
        total += check(make(depth))
    print(iters, depth, total)
print("long lived", max_depth, check(long_lived))
