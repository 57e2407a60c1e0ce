"""RPython translation target for micropy."""
import os
import sys

sys.setrecursionlimit(20000)

from rpython.rlib import jit


def entry_point(argv):
    from interp.space import space
    from interp import main
    try:
        return main.main(space, argv)
    except OSError:
        return 1


def target(driver, args):
    driver.exe_name = 'micropy'
    return entry_point, None


def jitpolicy(driver):
    from interp.jitpolicy import MicropyJitPolicy
    return MicropyJitPolicy()


if __name__ == '__main__':
    # untranslated: run on CPython 2.7 for quick checks
    sys.exit(entry_point(sys.argv))
