# machine.Counter and machine.Encoder on pins driven by the simulated world
import simboard
from machine import Pin, Counter, Encoder

print(Counter.RISING, Counter.FALLING, Counter.UP, Counter.DOWN)
src = Pin(5, Pin.IN)
simboard.drive(5, 0)
c = Counter(0, src)
print(c, c.value())
for i in range(4):
    simboard.drive(5, 1)
    simboard.drive(5, 0)
print('rising', c.value())
print('set', c.value(100), c.value())
print(Counter(0) is c, c.value())

# re-init with arguments resets; both edges, counting down
c.init(src, edge=Counter.RISING | Counter.FALLING, direction=Counter.DOWN)
simboard.drive(5, 1)
simboard.drive(5, 0)
print('both down', c.value())
c2 = Counter(0, 5, edge=Counter.FALLING)
print(c2 is c, c.value())
simboard.drive(5, 1)
simboard.drive(5, 0)
print('falling', c.value())

# a direction Pin: down while it is high
d = Pin(6, Pin.IN)
simboard.drive(6, 0)
c3 = Counter(1, src, direction=d)
simboard.drive(5, 1); simboard.drive(5, 0)
simboard.drive(6, 1)
simboard.drive(5, 1); simboard.drive(5, 0)
simboard.drive(5, 1); simboard.drive(5, 0)
print('dir pin', c3.value())

# deinit, then value() needs init again
c3.deinit()
c3.deinit()
try:
    c3.value()
except RuntimeError:
    print('RuntimeError')
c3.init(src)
print('again', c3.value())

# quadrature: a leads b counts up, 4 counts per cycle with phases=4
a, b = Pin(10, Pin.IN), Pin(11, Pin.IN)
simboard.drive(10, 0)
simboard.drive(11, 0)
e = Encoder(2, a, b, phases=4)
e1 = Encoder(3, a, b)
def cycle(forward):
    seq = [(1, 0), (1, 1), (0, 1), (0, 0)]
    if not forward:
        seq = [(0, 1), (1, 1), (1, 0), (0, 0)]
    for la, lb in seq:
        simboard.drive(10, la)
        simboard.drive(11, lb)
for i in range(3):
    cycle(True)
print('encoder', e.value(), e1.value(), e.phases(), e1.phases())
cycle(False)
print('back', e.value(), e1.value())
e.init(a, b, phases=2)
cycle(True)
print('x2', e.value())

# errors
for args, kw in [((8, src), {}), ((-1, src), {}), ((4, src), {'edge': 4}),
                 ((4, src), {'direction': 3}), ((4, src), {'filter_ns': -1}),
                 ((4, 99), {})]:
    try:
        Counter(*args, **kw)
    except ValueError:
        print('ValueError', args[0], sorted(kw))
for kw in [{'phases': 3}]:
    try:
        Encoder(4, a, b, **kw)
    except ValueError:
        print('ValueError phases')
try:
    Counter(4, src, foo=1)
except TypeError:
    print('TypeError keyword')
try:
    Counter(5)
except TypeError:
    print('TypeError no src')
try:
    Encoder(0, a, b)            # id 0 is a Counter
except ValueError:
    print('ValueError in use')
try:
    Counter(2, src)             # id 2 is an Encoder
except ValueError:
    print('ValueError in use')
