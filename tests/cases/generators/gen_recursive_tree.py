class Node:
    def __init__(self, val, *kids):
        self.val = val
        self.kids = kids


def walk(node, depth=0):
    yield (depth, node.val)
    for k in node.kids:
        yield from walk(k, depth + 1)
    return depth


tree = Node("a", Node("b", Node("d"), Node("e")), Node("c", Node("f", Node("g"))))
print(list(walk(tree)))


def walk_guarded(node):
    try:
        yield node.val
        for k in node.kids:
            yield from walk_guarded(k)
    except KeyError:
        print("caught at", node.val)
        yield "recovered-" + node.val
    finally:
        print("leaving", node.val)


it = walk_guarded(tree)
print(next(it), next(it), next(it))
print(it.throw(KeyError))
print(list(it))
print("---")
it = walk_guarded(tree)
for _ in range(6):
    next(it)
it.close()
