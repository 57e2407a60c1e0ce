def add(a, b):
    return a + b
print(add(1, 2), add('a', 'b'), add([1], [2]))
def noret():
    x = 1
print(noret())
def multi():
    return 1, 2, 3
print(multi())
a, b, c = multi()
print(a + b + c)
def early(x):
    if x < 0:
        return 'neg'
    return 'nonneg'
print(early(-1), early(1))
print(add.__name__, type(add).__name__)
f = add
print(f(3, 4), f is add)
def nested_def():
    def inner():
        return 'inner'
    return inner()
print(nested_def())
