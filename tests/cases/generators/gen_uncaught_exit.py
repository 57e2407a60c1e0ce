# an exception escaping a generator ends the program with that exception
def g():
    yield 1
    print("about to fail")
    raise KeyError("from generator")


for x in g():
    print("x", x)
print("not reached")
