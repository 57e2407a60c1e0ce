import errno
names = ['EPERM', 'ENOENT', 'EIO', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST', 'ENODEV',
         'EISDIR', 'EINVAL', 'EOPNOTSUPP', 'EADDRINUSE', 'ECONNABORTED', 'ECONNRESET',
         'ENOBUFS', 'ENOTCONN', 'ETIMEDOUT', 'ECONNREFUSED', 'EHOSTUNREACH', 'EALREADY', 'EINPROGRESS']
for n in names:
    code = getattr(errno, n)
    print(n, code, errno.errorcode[code] if n != 'EOPNOTSUPP' else n)
try:
    open('_definitely_missing_')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
