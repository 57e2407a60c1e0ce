def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)


g = catcher()
next(g)
g.throw(ValueError)
g.throw(ValueError("inst"))
g.throw(ValueError, "val")
g.throw(ValueError, ValueError("same"))
g.throw(KeyError, 3)
g.throw(TypeError, None)


class MyErr(Exception):
    pass


g.throw(MyErr)
g.throw(MyErr("mine"))
g.throw(Exception, MyErr("subclass instance"))

for bad in (5, "s", int, object):
    try:
        g.throw(bad)
    except TypeError:
        print("TypeError for", type(bad).__name__)

try:
    g.throw(ValueError("x"), 5)
except TypeError:
    print("TypeError: instance with separate value")
