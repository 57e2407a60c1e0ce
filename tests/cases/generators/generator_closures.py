def make_gens():
    gens = []
    for k in range(3):
        def g(k=k):
            for i in range(k):
                yield k
        gens.append(g)
    return gens
print([list(g()) for g in make_gens()])
def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    while count < 3:
        yield inc()
print(list(counter_gen()))
x = 10
def uses_global():
    yield x
    yield x * 2
print(list(uses_global()))
