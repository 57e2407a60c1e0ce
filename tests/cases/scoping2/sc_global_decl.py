# global declarations in functions, nested functions, and class bodies
g = 'module'
def read():
    return g
def write(v):
    global g
    g = v
print(read()); write('changed'); print(read(), g)

def make_new():
    global brand_new
    brand_new = 'created in function'
make_new()
print(brand_new)

def outer():
    g = 'local outer'
    def inner():
        global g
        return g
    return inner(), g
print(outer())

def outer2():
    def inner():
        global g
        g = 'set from inner'
    inner()
    return g
print(outer2(), g)

counter = 0
def bump():
    global counter
    for _ in range(3):
        counter += 1
bump(); bump()
print(counter)

class K:
    global g
    g = 'set in class body'
    local = 'class attr'
print(g, K.local, 'local' in globals())

# global name used before assignment in the function is the global one
def uses():
    global counter
    before = counter
    counter = before * 2
    return before, counter
print(uses())

# a local assignment makes the name local everywhere in the function
def unbound():
    try:
        print(counter)
    except NameError as e:
        print(type(e).__name__, isinstance(e, NameError))
    counter = 5
    return counter
print(unbound())

def del_global():
    global to_delete
    del to_delete
to_delete = 1
del_global()
print('to_delete' in globals())
try:
    del_global()
except NameError as e:
    print('NameError')

# global in a comprehension's enclosing function
def comp():
    global comp_var
    comp_var = [i for i in range(3)]
comp()
print(comp_var)
