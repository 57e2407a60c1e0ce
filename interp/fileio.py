"""Small file helpers for the interpreter itself (reading sources)."""
import os
import stat
from rpython.rlib.rstring import StringBuilder


def read_file(path):
    """The whole file as a str; raises OSError."""
    fd = os.open(path, os.O_RDONLY, 0)
    try:
        b = StringBuilder()
        while True:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            b.append(chunk)
        return b.build()
    finally:
        os.close(fd)


def is_file(path):
    try:
        st = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode)


def is_dir(path):
    try:
        st = os.stat(path)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode)


def join(a, b):
    if not a:
        return b
    if a.endswith('/'):
        return a + b
    return a + '/' + b


def dirname(path):
    i = path.rfind('/')
    if i < 0:
        return ''
    if i == 0:
        return '/'
    return path[:i]


def abspath(path):
    """path made absolute and normalized ('.', '..', repeated '/'), as
    realpath gives it for paths without symbolic links."""
    if not path.startswith('/'):
        try:
            path = os.getcwd() + '/' + path
        except OSError:
            return path
    return normpath(path)


def normpath(path):
    """An absolute path without '.', '..' and repeated '/'; '..' at the root
    stays at the root, so it cannot climb out of it."""
    parts = []
    for p in path.split('/'):
        if p == '' or p == '.':
            continue
        if p == '..':
            if parts:
                parts.pop()
            continue
        parts.append(p)
    return '/' + '/'.join(parts)


def write_all(fd, s):
    while s:
        n = os.write(fd, s)
        if n <= 0:
            return
        s = s[n:]
