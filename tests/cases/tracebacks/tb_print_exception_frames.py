# sys.print_exception writes MicroPython's traceback format to stdout
import sys
def level3():
    raise ValueError('deep')
def level2():
    return level3()
def level1():
    level2()
try:
    level1()
except ValueError as e:
    sys.print_exception(e)
class K:
    def method(self):
        return self.other()
    def other(self):
        return [][1]
try:
    K().method()
except IndexError as e:
    sys.print_exception(e)
f = lambda x: x / 0
try:
    f(1)
except ZeroDivisionError as e:
    sys.print_exception(e, sys.stdout)
def gen():
    yield 1
    yield {}['nokey']
try:
    for v in gen():
        pass
except KeyError as e:
    sys.print_exception(e)
try:
    [1 // x for x in (1, 0)]
except ZeroDivisionError as e:
    sys.print_exception(e)
print('end')
