import micropython

log = []


def cb(arg):
    log.append(arg)


micropython.schedule(cb, 1)
micropython.schedule(cb, 'two')
for i in range(3):      # scheduled callbacks run between bytecodes of a loop
    pass
print(log)


def rescheduling(n):
    log.append(n)
    if n < 3:
        micropython.schedule(rescheduling, n + 1)


log.clear()
micropython.schedule(rescheduling, 0)
i = 0
while len(log) < 4 and i < 100000:
    i += 1
print(log)
# the queue holds at most 8 callbacks (straight-line code: no loop runs them)
log.clear()
s = micropython.schedule
try:
    s(cb, 0); s(cb, 1); s(cb, 2); s(cb, 3); s(cb, 4); s(cb, 5); s(cb, 6); s(cb, 7)
    s(cb, 8)
except RuntimeError as e:
    print('RuntimeError', e)
for i in range(3):
    pass
print(log)


def recurse(n):
    if n == 0:
        return micropython.stack_use()
    return recurse(n - 1)


print(isinstance(micropython.stack_use(), int), recurse(30) > recurse(0))
