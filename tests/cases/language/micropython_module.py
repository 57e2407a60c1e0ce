# micropython.const and the code-emitter decorators (MicroPython only: .exp)
import micropython
from micropython import const

WIDTH = const(128)
_HIDDEN = const(1 << 4)
print(WIDTH, _HIDDEN, const('s'), const((1, 2)))


@micropython.native
def add(a, b):
    return a + b


@micropython.viper
def mul(a: int, b: int) -> int:
    return a * b


class Dev:
    @micropython.native
    def read(self):
        return WIDTH // 2


print(add(2, 3), mul(4, 5), Dev().read(), add.__name__)
print(micropython.opt_level() >= 0)
micropython.alloc_emergency_exception_buf(100)
micropython.heap_lock()
print(micropython.heap_unlock())
try:
    const()
except TypeError:
    print('TypeError')
