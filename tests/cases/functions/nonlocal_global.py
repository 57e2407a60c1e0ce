g = 'global'
def read_global():
    return g
def write_global():
    global g
    g = 'changed'
print(read_global())
write_global()
print(g)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
    inner()
    inner()
    return x
print(outer())
def define_global():
    global newvar
    newvar = 42
define_global()
print(newvar)
counter = 0
def bump():
    global counter
    for _ in range(3):
        counter += 1
bump(); bump()
print(counter)
def a():
    y = 'a'
    def b():
        y = 'b'
        def c():
            nonlocal y
            y = 'c'
        c()
        return y
    return b(), y
print(a())
