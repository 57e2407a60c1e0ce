"""os: MicroPython's os module on a POSIX host (the unix port's VfsPosix)."""
import os
import stat
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
import errno
from interp.objects.streamobject import oserror, oserror_code
from interp import vfs
from interp.objects.iterobject import W_SeqIterator
from interp.gateway import function
from interp.error import oefmt


def _path(space, w_path):
    from interp.objects.bytesobject import W_Bytes
    if isinstance(w_path, W_Bytes):
        return w_path.value
    return space.text_w(w_path)


# ____________________________________________________________
# the host's file system: path -> result, OSError raised as Python's

def host_listdir(space, path):
    try:
        names = os.listdir(path)
    except OSError as e:
        raise oserror(space, e)
    return space.newlist([space.newtext(name) for name in names])


def _entry_type(full):
    """(type, inode, size) of a folder entry."""
    try:
        st = os.lstat(full)
    except OSError:
        return 0, 0, 0
    if stat.S_ISDIR(st.st_mode):
        return 0x4000, st.st_ino, 0
    return 0x8000, st.st_ino, st.st_size


def host_ilistdir(space, path):
    """(name, type, inode) for each entry: type 0x4000 is a directory, 0x8000 a
    file.  A board's flash (--board) gives (name, type, 0, size) as the file
    systems of boards do."""
    try:
        names = os.listdir(path)
    except OSError as e:
        raise oserror(space, e)
    board = space.console.board
    items_w = []
    for name in names:
        kind, ino, size = _entry_type(path + '/' + name)
        if board:
            items_w.append(space.newtuple([space.newtext(name), space.newint(kind),
                                           space.newint(0), space.newint(size)]))
        else:
            items_w.append(space.newtuple([space.newtext(name), space.newint(kind),
                                           space.newint(ino)]))
    return W_SeqIterator(items_w)


def host_mkdir(space, path):
    try:
        os.mkdir(path, 0777)
    except OSError as e:
        raise oserror(space, e)
    return space.w_None


def host_rmdir(space, path):
    try:
        os.rmdir(path)
    except OSError as e:
        raise oserror(space, e)
    return space.w_None


def host_remove(space, path):
    try:
        os.unlink(path)
    except OSError as e:
        raise oserror(space, e)
    return space.w_None


def host_rename(space, old, new):
    try:
        os.rename(old, new)
    except OSError as e:
        raise oserror(space, e)
    return space.w_None


def host_stat(space, path):
    try:
        st = os.stat(path)
    except OSError as e:
        raise oserror(space, e)
    return space.newtuple([space.newint(st.st_mode), space.newint(st.st_ino),
                           space.newint(st.st_dev), space.newint(st.st_nlink),
                           space.newint(st.st_uid), space.newint(st.st_gid),
                           space.newint(st.st_size), space.newint(int(st.st_atime)),
                           space.newint(int(st.st_mtime)), space.newint(int(st.st_ctime))])


def host_statvfs(space, path):
    try:
        st = os.statvfs(path)
    except OSError as e:
        raise oserror(space, e)
    return space.newtuple([space.newint(st.f_bsize), space.newint(st.f_frsize),
                           space.newint(st.f_blocks), space.newint(st.f_bfree),
                           space.newint(st.f_bavail), space.newint(st.f_files),
                           space.newint(st.f_ffree), space.newint(st.f_favail),
                           space.newint(st.f_flag), space.newint(st.f_namemax)])


# ____________________________________________________________
# os functions: each path goes through the mount table (interp/vfs.py)

def routed(space, w_path, method, host_func):
    w_vfs, path = vfs.resolve(space, _path(space, w_path))
    if w_vfs is not None:
        return space.call_method(w_vfs, method, [space.newtext(path)])
    return host_func(space, path)


@function(0, 1)
def os_listdir(space, w_path):
    if w_path is None:
        w_path = space.newtext('.')
    w_vfs, path = vfs.resolve(space, _path(space, w_path))
    if w_vfs is not None:
        return space.newlist(vfs.listdir_names(space, w_vfs, path))
    return host_listdir(space, path)


@function(0, 1)
def os_ilistdir(space, w_path):
    if w_path is None:
        w_path = space.newtext('.')
    return routed(space, w_path, 'ilistdir', host_ilistdir)


@function(1)
def os_mkdir(space, w_path):
    return routed(space, w_path, 'mkdir', host_mkdir)


@function(1)
def os_rmdir(space, w_path):
    return routed(space, w_path, 'rmdir', host_rmdir)


@function(1)
def os_remove(space, w_path):
    return routed(space, w_path, 'remove', host_remove)


@function(2)
def os_rename(space, w_old, w_new):
    w_vfs, old = vfs.resolve(space, _path(space, w_old))
    w_vfs2, new = vfs.resolve(space, _path(space, w_new))
    if w_vfs is not w_vfs2:
        raise oserror_code(space, errno.EXDEV)
    if w_vfs is not None:
        return space.call_method(w_vfs, 'rename', [space.newtext(old), space.newtext(new)])
    return host_rename(space, old, new)


@function(1)
def os_stat(space, w_path):
    return routed(space, w_path, 'stat', host_stat)


@function(1)
def os_statvfs(space, w_path):
    return routed(space, w_path, 'statvfs', host_statvfs)


@function(0)
def os_getcwd(space):
    try:
        return space.newtext(vfs.getcwd(space))
    except OSError as e:
        raise oserror(space, e)


@function(1)
def os_chdir(space, w_path):
    try:
        vfs.chdir(space, _path(space, w_path))
    except OSError as e:
        raise oserror(space, e)
    return space.w_None


def os_mount(space, args):
    args.check_kw_only(space, 'mount', ['readonly', 'mkfs'])
    if args.npos() != 2:
        raise oefmt(space.w_TypeError, "function takes 2 positional arguments but %d were given"
                    % args.npos())
    w_ro = args.kw('readonly')
    readonly = w_ro is not None and space.is_true(w_ro)
    vfs.mount(space, args.arg(0), _path(space, args.arg(1)), readonly)
    return space.w_None


@function(1)
def os_umount(space, w_target):
    vfs.umount(space, w_target)
    return space.w_None


@function(1, 2)
def os_getenv(space, w_key, w_default):
    key = space.text_w(w_key)
    assert key is not None
    value = os.environ.get(key)
    if value is None:
        return w_default if w_default is not None else space.w_None
    return space.newtext(value)


@function(2)
def os_putenv(space, w_key, w_value):
    key = space.text_w(w_key)
    value = space.text_w(w_value)
    assert key is not None and value is not None
    os.environ[key] = value
    return space.w_None


@function(1)
def os_unsetenv(space, w_key):
    key = space.text_w(w_key)
    assert key is not None
    if os.environ.get(key) is not None:
        del os.environ[key]
    return space.w_None


@function(1)
def os_urandom(space, w_n):
    n = space.int_w(w_n)
    if n < 0:
        raise oefmt(space.w_ValueError, "negative argument not allowed")
    try:
        fd = os.open('/dev/urandom', os.O_RDONLY, 0)
        try:
            data = ''
            while len(data) < n:
                chunk = os.read(fd, n - len(data))
                if not chunk:
                    break
                data += chunk
        finally:
            os.close(fd)
    except OSError as e:
        raise oserror(space, e)
    return space.newbytes(data)


@function(1)
def os_system(space, w_cmd):
    space.stdout.flush()
    return space.newint(os.system(space.text_w(w_cmd)))


@function(0)
def os_sync(space):
    return space.w_None


@function(1, 2)
def os_dupterm(space, w_stream, w_index):
    if w_index is not None and space.int_w(w_index) != 0:
        raise oefmt(space.w_ValueError, "invalid dupterm index")
    w_prev = space.w_dupterm
    space.stdout.flush()
    space.w_dupterm = None if space.is_none(w_stream) else w_stream
    return space.w_None if w_prev is None else w_prev


@function(0)
def os_uname(space):
    from interp.objects.attrtupleobject import W_AttrTuple
    sysname, nodename, release, version, machine = os.uname()
    return W_AttrTuple(UNAME_FIELDS, [space.newtext(sysname), space.newtext(nodename),
                                      space.newtext(release), space.newtext(version),
                                      space.newtext(machine)])


UNAME_FIELDS = ['sysname', 'nodename', 'release', 'version', 'machine']


def make_module(space):
    w_mod = W_Module(space, 'os')
    d = w_mod.w_dict
    for name, func in [('listdir', os_listdir), ('ilistdir', os_ilistdir),
                       ('mkdir', os_mkdir), ('rmdir', os_rmdir), ('remove', os_remove),
                       ('unlink', os_remove), ('rename', os_rename), ('stat', os_stat),
                       ('statvfs', os_statvfs), ('getcwd', os_getcwd), ('chdir', os_chdir),
                       ('getenv', os_getenv), ('putenv', os_putenv),
                       ('unsetenv', os_unsetenv), ('urandom', os_urandom),
                       ('system', os_system), ('sync', os_sync), ('uname', os_uname),
                       ('dupterm', os_dupterm), ('mount', os_mount),
                       ('umount', os_umount)]:
        d.setitem_str(name, W_BuiltinFunction(name, func))
    d.setitem_str('sep', space.newtext('/'))
    from interp.objects.vfsposixobject import vfsposix_typedef
    d.setitem_str('VfsPosix', space._maketype(vfsposix_typedef))
    return w_mod
