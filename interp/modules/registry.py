"""The builtin modules, made once at start-up (before translation)."""
from interp.modules import hashlib_mod, array_mod
from interp.modules import thread_mod, cmath_mod
from interp.modules import builtins_mod, sys_mod, micropython_mod, math_mod, io_mod, os_mod, time_mod, gc_mod, errno_mod, re_mod
from interp.modules import socket_mod, select_mod
from interp.modules import ssl_mod
from interp.modules import machine_mod, simboard_mod
from interp.modules import network_mod
from interp.modules import json_mod, heapq_mod
from interp.modules import collections_mod


def setup(space):
    space.builtins = builtins_mod.make_builtins(space)
    space.builtin_modules['builtins'] = space.builtins
    for name, maker in MODULES:
        space.builtin_modules[name] = maker(space)
    # MicroPython's u-prefixed aliases
    for name, _ in MODULES:
        if name not in NO_U_ALIAS and not name.startswith('_'):
            space.builtin_modules['u' + name] = space.builtin_modules[name]


MODULES = [
    ('sys', sys_mod.make_module),
    ('micropython', micropython_mod.make_module),
    ('math', math_mod.make_module),
    ('cmath', cmath_mod.make_module),
    ('io', io_mod.make_module),
    ('os', os_mod.make_module),
    ('time', time_mod.make_module),
    ('gc', gc_mod.make_module),
    ('errno', errno_mod.make_module),
    ('re', re_mod.make_module),
    ('hashlib', hashlib_mod.make_module),
    ('array', array_mod.make_module),
    ('_thread', thread_mod.make_module),
    ('socket', socket_mod.make_module),
    ('select', select_mod.make_module),
    ('tls', ssl_mod.make_tls_module),
    ('ssl', ssl_mod.make_ssl_module),
    ('machine', machine_mod.make_module),
    ('simboard', simboard_mod.make_module),
    ('network', network_mod.make_module),
    ('json', json_mod.make_module),
    ('_heapq', heapq_mod.make_module),
    ('_collections', collections_mod.make_module),
]

# MicroPython has no 'umicropython' or 'ubuiltins'
NO_U_ALIAS = ['builtins', 'micropython', 'simboard']
