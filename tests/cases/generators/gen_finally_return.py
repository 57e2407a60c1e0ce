def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")
        return "from finally"


it = g()
print(next(it))
try:
    print(it.throw(ValueError))
except StopIteration as e:
    print("swallowed by return in finally:", e.value)


def h():
    for i in range(3):
        try:
            yield i
        finally:
            print("loop finally", i)


print(list(h()))
it = h()
next(it)
next(it)
it.close()


def nested():
    try:
        try:
            yield "a"
        finally:
            print("inner finally")
            yield "b"
    finally:
        print("outer finally")


print(list(nested()))
