"""The virtual file system: os.mount/os.umount and os.VfsPosix.

As on MicroPython's unix port, the host's file system is what paths reach
by default.  A mounted file system takes the absolute paths under its mount
point: a VfsPosix maps them to a folder of the host, any other object is a
Python-defined file system whose methods (open, ilistdir, stat, mkdir,
remove, rename, rmdir, chdir, getcwd, statvfs) receive the path inside it.
`resolve` is the one place where a path is routed."""
import os
from interp.error import OperationError, oefmt


class Mount(object):
    def __init__(self, point, w_vfs):
        self.point = point          # '/mnt' or '/' (no trailing slash but the root)
        self.w_vfs = w_vfs


class VfsState(object):
    def __init__(self):
        self.mounts = []            # longest mount point first
        self.cur = None             # the Python-defined mount holding the cwd

    def find_mount(self, point):
        for m in self.mounts:
            if m.point == point:
                return m
        return None


def normalize_point(path):
    while len(path) > 1 and path.endswith('/'):
        path = path[:-1]
    return path


def split_mount(state, path):
    """(mount, path inside it) for an absolute path, or (None, path)."""
    for m in state.mounts:
        p = m.point
        if p == '/':
            return m, path
        if path == p:
            return m, '/'
        if path.startswith(p + '/'):
            return m, path[len(p):]
    return None, path


def resolve(space, path):
    """Route path: (None, host_path) for the host, or (w_vfs, inner_path)
    for a Python-defined file system."""
    state = space.vfs
    if not state.mounts:
        return None, path
    if not path.startswith('/'):
        if state.cur is None:
            if state.find_mount('/') is None:
                return None, path       # relative to the host's cwd
            # a file system on '/' (a board's): confine relative paths too
            cwd = getcwd(space)
            path = '/' + path if cwd == '/' else cwd + '/' + path
            return route_absolute(space, state, path)
        w_cwd = space.call_method(state.cur.w_vfs, 'getcwd', [])
        inner = space.text_w(w_cwd)
        if not inner.endswith('/'):
            inner += '/'
        return state.cur.w_vfs, inner + path
    return route_absolute(space, state, path)


def route_absolute(space, state, path):
    m, inner = split_mount(state, path)
    if m is None:
        return None, path
    from interp.objects.vfsposixobject import W_VfsPosix
    w_vfs = m.w_vfs
    if isinstance(w_vfs, W_VfsPosix) and not w_vfs.readonly:
        return None, w_vfs.host_path(inner)     # straight to the host
    return w_vfs, inner


def mount(space, w_vfs, point, readonly):
    state = space.vfs
    point = normalize_point(point)
    if not point.startswith('/'):
        raise oefmt(space.w_OSError, "mount point must be absolute")
    if state.find_mount(point) is not None:
        from interp.objects.streamobject import oserror_code
        import errno
        raise oserror_code(space, errno.EPERM)
    space.call_method(w_vfs, 'mount', [space.newbool(readonly), space.w_False])
    m = Mount(point, w_vfs)
    mounts = state.mounts
    i = 0
    while i < len(mounts) and len(mounts[i].point) >= len(point):
        i += 1
    mounts.insert(i, m)


def umount(space, w_target):
    from interp.objects.strobject import W_Str
    import errno
    from interp.objects.streamobject import oserror_code
    state = space.vfs
    found = None
    for m in state.mounts:
        if isinstance(w_target, W_Str):
            if m.point == normalize_point(space.text_w(w_target)):
                found = m
        elif m.w_vfs is w_target:
            found = m
        if found is not None:
            break
    if found is None:
        raise oserror_code(space, errno.EINVAL)
    state.mounts.remove(found)
    if state.cur is found:
        state.cur = None
    space.call_method(found.w_vfs, 'umount', [])


def chdir(space, path):
    """os.chdir across mounts."""
    state = space.vfs
    if state.mounts and not path.startswith('/') and state.cur is not None:
        w_vfs, inner = resolve(space, path)
        space.call_method(w_vfs, 'chdir', [space.newtext(inner)])
        return
    m, inner = (None, path)
    if path.startswith('/'):
        m, inner = split_mount(state, path)
    from interp.objects.vfsposixobject import W_VfsPosix
    if m is not None and not isinstance(m.w_vfs, W_VfsPosix):
        space.call_method(m.w_vfs, 'chdir', [space.newtext(inner)])
        state.cur = m
        return
    if m is not None:
        assert isinstance(m.w_vfs, W_VfsPosix)
        inner = m.w_vfs.host_path(inner)
    os.chdir(inner)             # OSError goes to the caller
    state.cur = None


def getcwd(space):
    state = space.vfs
    if state.cur is not None:
        inner = space.text_w(space.call_method(state.cur.w_vfs, 'getcwd', []))
        if state.cur.point == '/':
            return inner
        if inner == '/':
            return state.cur.point
        return state.cur.point + inner
    cwd = os.getcwd()
    # a host cwd inside a mounted VfsPosix reads as a path under its mount point
    from interp.objects.vfsposixobject import W_VfsPosix
    for m in state.mounts:
        w_vfs = m.w_vfs
        if isinstance(w_vfs, W_VfsPosix) and w_vfs.root:
            rel = w_vfs.inner_path(cwd)
            if rel is not None:
                if m.point == '/':
                    return rel
                return m.point if rel == '/' else m.point + rel
    return cwd


def listdir_names(space, w_vfs, inner):
    """Names in a Python-defined file system's folder, from its ilistdir."""
    names_w = []
    w_iter = space.iter(space.call_method(w_vfs, 'ilistdir', [space.newtext(inner)]))
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        names_w.append(space.getitem(w_item, space.newint(0)))
    return names_w
