"""errno numbers (Linux values) and MicroPython's names for them: OSError
prints as `[Errno 2] ENOENT`, and the errno module lists these."""
import errno as _host

# MicroPython's errno table (the names its errno module has and OSError prints)
NAMES = ['EPERM', 'ENOENT', 'EIO', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST', 'ENODEV',
         'EISDIR', 'EINVAL', 'EOPNOTSUPP', 'EADDRINUSE', 'ECONNABORTED', 'ECONNRESET',
         'ENOBUFS', 'ENOTCONN', 'ETIMEDOUT', 'ECONNREFUSED', 'EHOSTUNREACH', 'EALREADY',
         'EINPROGRESS']

# name -> number, taken from the build machine's errno module (Linux)
CODES = [(name, getattr(_host, name)) for name in NAMES]
BY_NUMBER = {}
for _name, _code in CODES:
    BY_NUMBER[_code] = _name


def errno_name(n):
    return BY_NUMBER.get(n, 'E%d' % n)


def known(n):
    return n in BY_NUMBER
