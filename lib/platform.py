# platform: what MicroPython's platform module reports (frozen into micropy)
import sys


def platform():
    impl = sys.implementation
    return 'MicroPython-%d.%d.%d-%s' % (impl.version[0], impl.version[1], impl.version[2],
                                        impl._machine.replace(' ', '-'))


def python_compiler():
    return 'RPython'


def libc_ver():
    return ('glibc', '')
