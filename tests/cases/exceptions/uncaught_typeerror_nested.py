def a(x):
    return b(x)
def b(x):
    return c(x)
def c(x):
    return x + 1
print(a(1))
print(a('s'))
