import sys
import os
d = '_tmp_osdir' + '_' + sys.implementation.name   # micropy and CPython run side by side
os.mkdir(d)
try:
    os.mkdir(d)
except OSError as e:
    print('exists', e.errno == 17)
with open(d + '/a.txt', 'w') as f:
    f.write('12345')
os.mkdir(d + '/sub')
print(sorted(os.listdir(d)))
st = os.stat(d + '/a.txt')
print(st[6], st[0] & 0o170000 == 0o100000, os.stat(d)[0] & 0o170000 == 0o040000)
os.rename(d + '/a.txt', d + '/b.txt')
print(sorted(os.listdir(d)))
try:
    os.rmdir(d)
except OSError as e:
    print('not empty', e.errno == 39)
os.remove(d + '/b.txt')
os.rmdir(d + '/sub')
os.rmdir(d)
for f, arg in [(os.stat, d), (os.remove, d), (os.rmdir, d), (os.listdir, d)]:
    try:
        f(arg)
    except OSError as e:
        print('OSError', e.errno)
cwd = os.getcwd()
os.chdir('..')
print(os.getcwd() != cwd)
os.chdir(cwd)
print(os.getcwd() == cwd, os.getenv('_NO_SUCH_VAR_'), os.getenv('_NO_SUCH_VAR_', 'dflt'))
print(len(os.urandom(16)), type(os.urandom(1)).__name__, os.urandom(0), os.sep)
