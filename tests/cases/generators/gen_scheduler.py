# a round-robin scheduler of generator "tasks" talking with send()
def task(name, n):
    total = 0
    for i in range(n):
        got = yield (name, i)
        total += got
    return (name, total)


def run(tasks):
    queue = [(t, None) for t in tasks]
    results = []
    step = 0
    while queue:
        t, val = queue.pop(0)
        try:
            out = t.send(val)
        except StopIteration as e:
            results.append(e.value)
            continue
        step += 1
        print("step", step, out)
        queue.append((t, step))
    return results


print(run([task("a", 2), task("b", 3), task("c", 1)]))
