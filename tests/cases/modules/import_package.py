import _pkg
print(_pkg.PKG)
from _pkg import sub
print(sub.value(), sub.__name__)
from _pkg.sub import value
print(value())
import _pkg.sub as s2
print(s2 is sub)
