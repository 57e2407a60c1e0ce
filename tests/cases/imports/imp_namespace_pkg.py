# a directory without __init__.py is a namespace package
import _ins.plain
print(_ins.plain.NS_PLAIN)
from _ins.nsub import mod
print(mod.NS)
import _ins.nsub.mod as m2
print(m2 is mod, m2.__name__)
import _ins
print(_ins.__name__, hasattr(_ins, '__file__') and _ins.__file__ is not None)
