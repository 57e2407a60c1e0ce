"""Translation-time choice of port: ports/$MICROPY_PORT/port.py (default
unix) supplies constants the interpreter bakes in (sys.platform, banner)."""
import os

PORT = os.environ.get('MICROPY_PORT', 'unix')
PORT_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        'ports', PORT)


def _load():
    path = os.path.join(PORT_DIR, 'port.py')
    if not os.path.exists(path):
        raise ImportError("micropy: no port named %r (%s missing)" % (PORT, path))
    ns = {}
    execfile(path, ns)
    return ns

_ns = _load()
NAME = _ns['NAME']
PLATFORM = _ns['PLATFORM']
MACHINE = _ns['MACHINE']
THREADS = _ns.get('THREADS', True)     # _thread (needs an OS with pthreads)
FROZEN_DIRS = [os.path.join(PORT_DIR, d) for d in _ns.get('FROZEN_DIRS', [])]
REPO_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# the C files of the port's HAL (hal/hal.h implemented for its board)
HAL_SOURCES = [os.path.join(REPO_DIR, p)
               for p in _ns.get('HAL_SOURCES', ['hal/host/hal_host.c'])]


def _build_commit():
    """The commit the binary is translated from (MICROPY_COMMIT, else git),
    with '+' when tracked files were changed: bench results name it."""
    c = os.environ.get('MICROPY_COMMIT', '')
    if c:
        return c
    import subprocess
    try:
        out = subprocess.Popen(['git', '-C', REPO_DIR, 'rev-parse', '--short', 'HEAD'],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE).communicate()[0]
        dirty = subprocess.Popen(['git', '-C', REPO_DIR, 'status', '--porcelain', '-uno'],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE).communicate()[0]
    except OSError:
        return 'unknown'
    out = out.strip()
    if not out:
        return 'unknown'
    return out + ('+' if dirty.strip() else '')


BUILD_COMMIT = _build_commit()
