"""os.VfsPosix: a folder of the host as a mountable file system.

VfsPosix() is the host's whole file system; VfsPosix(root) is the folder
root, whose paths ('/a/b' inside) map to root + '/a/b' on the host."""
import os
from interp.objects.root import W_Root, TypeDef
from interp.error import oefmt
from interp.objects.streamobject import oserror
from interp.fileio import normpath


class W_VfsPosix(W_Root):
    _attrs_ = ['root', 'readonly', 'cwd']

    def __init__(self, root):
        self.root = root            # '' for the host's own root
        self.readonly = False
        self.cwd = '/'

    def getclass(self, space):
        return space.builtin_types['VfsPosix']

    def host_path(self, inner):
        if not inner.startswith('/'):
            base = self.cwd if self.cwd.endswith('/') else self.cwd + '/'
            inner = base + inner
        if not self.root:
            return inner
        return self.root + normpath(inner)

    def inner_path(self, host):
        """The path inside this file system of a host path, or None."""
        root = self.root
        if host == root:
            return '/'
        if host.startswith(root + '/'):
            return host[len(root):]
        return None


vfsposix_typedef = TypeDef('VfsPosix', W_VfsPosix, acceptable_as_base=False)


def vfsposix_new(space, args):
    w_root = args.arg(1)
    if space.board_root:
        # on a board (--board DIR) the host is out of reach: a VfsPosix is a
        # folder of the board's own flash
        path = '/' if w_root is None or space.is_none(w_root) else space.text_w(w_root)
        from interp import vfs
        w_vfs, host = vfs.resolve(space, path)
        if w_vfs is not None:
            raise oefmt(space.w_OSError, "VfsPosix needs a folder of the flash")
        return W_VfsPosix(normpath(host))
    if w_root is None or space.is_none(w_root):
        return W_VfsPosix('')
    root = space.text_w(w_root)
    if not root.startswith('/'):
        try:
            root = os.getcwd() + '/' + root
        except OSError as e:
            raise oserror(space, e)
    root = normpath(root)
    if root == '/':
        root = ''
    return W_VfsPosix(root)


vfsposix_typedef.add('__new__', vfsposix_new)


def _host(space, w_self, w_path):
    return w_self.host_path(space.text_w(w_path))


@vfsposix_typedef.method('mount', 2)
def vfsposix_mount(space, w_self, w_readonly, w_mkfs):
    w_self.readonly = space.is_true(w_readonly)
    return space.w_None


@vfsposix_typedef.method('umount', 0)
def vfsposix_umount(space, w_self):
    return space.w_None


def _check_writable(space, w_self):
    if w_self.readonly:
        import errno
        from interp.objects.streamobject import oserror_code
        raise oserror_code(space, errno.EROFS)


@vfsposix_typedef.method('open', 2)
def vfsposix_open(space, w_self, w_path, w_mode):
    from interp.objects.fileobject import open_host_file
    mode = space.text_w(w_mode)
    if 'r' not in mode or '+' in mode:
        _check_writable(space, w_self)
    return open_host_file(space, _host(space, w_self, w_path), mode)


@vfsposix_typedef.method('ilistdir', 1)
def vfsposix_ilistdir(space, w_self, w_path):
    from interp.modules.os_mod import host_ilistdir
    return host_ilistdir(space, _host(space, w_self, w_path))


@vfsposix_typedef.method('stat', 1)
def vfsposix_stat(space, w_self, w_path):
    from interp.modules.os_mod import host_stat
    return host_stat(space, _host(space, w_self, w_path))


@vfsposix_typedef.method('statvfs', 1)
def vfsposix_statvfs(space, w_self, w_path):
    from interp.modules.os_mod import host_statvfs
    return host_statvfs(space, _host(space, w_self, w_path))


@vfsposix_typedef.method('mkdir', 1)
def vfsposix_mkdir(space, w_self, w_path):
    from interp.modules.os_mod import host_mkdir
    _check_writable(space, w_self)
    return host_mkdir(space, _host(space, w_self, w_path))


@vfsposix_typedef.method('rmdir', 1)
def vfsposix_rmdir(space, w_self, w_path):
    from interp.modules.os_mod import host_rmdir
    _check_writable(space, w_self)
    return host_rmdir(space, _host(space, w_self, w_path))


@vfsposix_typedef.method('remove', 1)
def vfsposix_remove(space, w_self, w_path):
    from interp.modules.os_mod import host_remove
    _check_writable(space, w_self)
    return host_remove(space, _host(space, w_self, w_path))


@vfsposix_typedef.method('rename', 2)
def vfsposix_rename(space, w_self, w_old, w_new):
    from interp.modules.os_mod import host_rename
    _check_writable(space, w_self)
    return host_rename(space, _host(space, w_self, w_old), _host(space, w_self, w_new))


@vfsposix_typedef.method('chdir', 1)
def vfsposix_chdir(space, w_self, w_path):
    from interp.modules.os_mod import host_stat
    path = space.text_w(w_path)
    host = w_self.host_path(path)
    host_stat(space, host)      # ENOENT for a missing folder
    w_self.cwd = w_self.inner_path(host) if w_self.root else host
    if w_self.cwd is None:
        w_self.cwd = '/'
    return space.w_None


@vfsposix_typedef.method('getcwd', 0)
def vfsposix_getcwd(space, w_self):
    return space.newtext(w_self.cwd)
