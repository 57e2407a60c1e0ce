# generators that are left suspended: nothing observable happens
def counter(start):
    n = start
    while True:
        yield n
        n += 1


gens = [counter(i * 10) for i in range(5)]
for g in gens:
    next(g)
print([next(g) for g in gens])
print(list(zip(counter(0), "abc")))
print(next(counter(7)))
print(next(iter(counter(3)), "default"))


def empty():
    return
    yield


print(next(empty(), "default"))
first = [x for x, _ in zip(counter(100), range(4))]
print(first)
g = counter(0)
del g
print("end")
