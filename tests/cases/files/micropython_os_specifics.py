# MicroPython-only forms: OSError text, os.ilistdir, sys.implementation as an attrtuple
import os, sys
print(OSError(2), OSError(13, 'detail'), OSError(99999), OSError('text'))
try:
    open('_missing_file_')
except OSError as e:
    print(e, e.args)
d = '_tmp_ilistdir'
os.mkdir(d)
with open(d + '/f', 'w') as f:
    f.write('x')
os.mkdir(d + '/s')
print(sorted((name, kind) for name, kind, *rest in os.ilistdir(d)))
os.remove(d + '/f')
os.rmdir(d + '/s')
os.rmdir(d)
impl = sys.implementation
print(impl.name, impl[0], len(impl), repr(impl).startswith("(name='micropython', version="))
u = os.uname()
print(len(u), u.sysname == u[0], repr(u).startswith('(sysname='))
