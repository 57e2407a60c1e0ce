"""rffi bindings of termshim.c (raw mode, pseudo-terminals, polling)."""
import os
from rpython.rtyper.lltypesystem import rffi, lltype
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from rpython.translator import cdir

HERE = os.path.dirname(os.path.abspath(__file__))

eci = ExternalCompilationInfo(
    include_dirs=[HERE, cdir],
    separate_module_sources=['#include "src/precommondefs.h"\n#include "termshim.c"\n'],
    post_include_bits=[
        'RPY_EXTERN int mpterm_isatty(int);',
        'RPY_EXTERN int mpterm_set_raw(int, int);',
        'RPY_EXTERN int mpterm_restore(int);',
        'RPY_EXTERN int mpterm_open_pty(char *, int, int *);',
        'RPY_EXTERN int mpterm_attach_stdio(int);',
        'RPY_EXTERN int mpterm_poll_in(int, int);',
        'RPY_EXTERN int mpterm_write_console(int, int, const char *, int, int);',
    ])


def _ext(name, args, res, releasegil=False):
    return rffi.llexternal(name, args, res, compilation_info=eci, releasegil=releasegil,
                           save_err=rffi.RFFI_SAVE_ERRNO)


c_isatty = _ext('mpterm_isatty', [rffi.INT], rffi.INT)
c_set_raw = _ext('mpterm_set_raw', [rffi.INT, rffi.INT], rffi.INT)
c_restore = _ext('mpterm_restore', [rffi.INT], rffi.INT)
c_open_pty = _ext('mpterm_open_pty', [rffi.CCHARP, rffi.INT, rffi.INTP], rffi.INT)
c_attach_stdio = _ext('mpterm_attach_stdio', [rffi.INT], rffi.INT)
c_poll_in = _ext('mpterm_poll_in', [rffi.INT, rffi.INT], rffi.INT, releasegil=True)
c_write_console = _ext('mpterm_write_console',
                       [rffi.INT, rffi.INT, rffi.CCHARP, rffi.INT, rffi.INT], rffi.INT,
                       releasegil=True)


def isatty(fd):
    return rffi.cast(lltype.Signed, c_isatty(rffi.cast(rffi.INT, fd))) == 1


def set_raw(fd, keep_opost):
    return rffi.cast(lltype.Signed, c_set_raw(rffi.cast(rffi.INT, fd),
                                              rffi.cast(rffi.INT, 1 if keep_opost else 0))) == 0


def restore(fd):
    c_restore(rffi.cast(rffi.INT, fd))


def open_pty():
    """(master fd, slave fd, slave path); master is -1 on failure."""
    with lltype.scoped_alloc(rffi.CCHARP.TO, 256) as buf:
        with lltype.scoped_alloc(rffi.INTP.TO, 1) as pslave:
            pslave[0] = rffi.cast(rffi.INT, -1)
            master = rffi.cast(lltype.Signed, c_open_pty(buf, rffi.cast(rffi.INT, 256), pslave))
            if master < 0:
                return -1, -1, ''
            return master, rffi.cast(lltype.Signed, pslave[0]), rffi.charp2str(buf)


def attach_stdio(fd):
    return rffi.cast(lltype.Signed, c_attach_stdio(rffi.cast(rffi.INT, fd))) == 0


def poll_in(fd, timeout_ms):
    """1: input ready, 0: timed out, -1: error (EINTR: a signal)."""
    return rffi.cast(lltype.Signed, c_poll_in(rffi.cast(rffi.INT, fd),
                                              rffi.cast(rffi.INT, timeout_ms)))


def write_console(fd, slave_fd, data, wait_ms):
    with rffi.scoped_nonmovingbuffer(data) as buf:
        n = c_write_console(rffi.cast(rffi.INT, fd), rffi.cast(rffi.INT, slave_fd), buf,
                            rffi.cast(rffi.INT, len(data)), rffi.cast(rffi.INT, wait_ms))
    return rffi.cast(lltype.Signed, n)
