# generator-based coroutines: a push pipeline with send() and close()
def printer(prefix):
    try:
        while True:
            item = yield
            print(prefix, item)
    finally:
        print(prefix, "closed")


def grep(pattern, target):
    next(target)
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    finally:
        target.close()


def counter(target):
    next(target)
    n = 0
    try:
        while True:
            x = yield
            n += 1
            target.send((n, x))
    except GeneratorExit:
        print("counter saw", n)
        target.close()


p = grep("py", counter(printer(">")))
next(p)
for line in ["python", "ruby", "pypy", "micropython", "c"]:
    p.send(line)
p.close()
