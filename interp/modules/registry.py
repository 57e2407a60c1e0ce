"""The builtin modules, made once at start-up (before translation)."""
from interp.modules import builtins_mod, sys_mod


def setup(space):
    space.builtins = builtins_mod.make_builtins(space)
    space.builtin_modules['builtins'] = space.builtins
    for name, maker in MODULES:
        space.builtin_modules[name] = maker(space)
    # MicroPython's u-prefixed aliases
    for name, _ in MODULES:
        if name != 'builtins' and not name.startswith('_'):
            space.builtin_modules['u' + name] = space.builtin_modules[name]


MODULES = [
    ('sys', sys_mod.make_module),
]
