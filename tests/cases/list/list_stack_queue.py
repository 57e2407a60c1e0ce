stack = []
for i in range(5):
    stack.append(i)
out = []
while stack:
    out.append(stack.pop())
print(out)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
def flatten(x):
    res = []
    for item in x:
        if isinstance(item, list):
            res.extend(flatten(item))
        else:
            res.append(item)
    return res
print(flatten([1, [2, [3, [4, 5]], 6], [[7]]]))
