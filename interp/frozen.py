"""Frozen modules: .py files compiled at translation time into the binary.
They import from the `.frozen` entry of sys.path, with no files on disk.
Every port freezes lib/ (the Python-written part of the library, shared by
all ports) plus the folders its port.py lists in FROZEN_DIRS."""
import os
from interp import portconfig

PREFIX = '.frozen'
LIB_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'lib')


def frozen_dirs():
    return [LIB_DIR] + portconfig.FROZEN_DIRS


def collect_sources():
    """{relative path ('asyncio/core.py'): source} for every frozen file."""
    sources = {}
    for top in frozen_dirs():
        if not os.path.isdir(top):
            continue
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames.sort()
            for fn in sorted(filenames):
                if not fn.endswith('.py'):
                    continue
                full = os.path.join(dirpath, fn)
                rel = os.path.relpath(full, top).replace(os.sep, '/')
                with open(full) as f:
                    sources[rel] = f.read()
    return sources


def compile_all(space):
    """Compile every frozen source (at start-up of the untranslated
    interpreter, i.e. at translation time): {relative path: code}."""
    from interp.parser import parse
    from interp.compiler import compile_ast
    codes = {}
    for rel, source in collect_sources().items():
        tree = parse(source, rel, 'exec')
        codes[rel] = compile_ast(tree, rel, 'exec', 0)
    return codes


def is_frozen_path(path):
    return path == PREFIX or path.startswith(PREFIX + '/')


def relative(path):
    """'.frozen/asyncio/core.py' -> 'asyncio/core.py'."""
    if path == PREFIX:
        return ''
    start = len(PREFIX) + 1
    assert start >= 0
    return path[start:]
