def make_pair():
    value = [0]
    state = 0
    def get():
        return state, value[0]
    def set_(v):
        nonlocal state
        state = v
        value[0] = v * 10
    return get, set_
get, set_ = make_pair()
print(get())
set_(4)
print(get())
get2, set2 = make_pair()
set2(9)
print(get(), get2())
def accumulators():
    fs = []
    for i in range(3):
        def make(i):
            total = i
            def acc(x):
                nonlocal total
                total += x
                return total
            return acc
        fs.append(make(i))
    return fs
a = accumulators()
print([f(1) for f in a], [f(10) for f in a])
