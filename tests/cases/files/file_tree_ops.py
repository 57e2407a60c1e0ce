import sys
# write, append, rename and delete files and folders; the tree left behind is exactly the expected one
import os

root = '_tmp_tree' + '_' + sys.implementation.name   # micropy and CPython run side by side


def walk(path, depth=0):
    out = []
    for name in sorted(os.listdir(path)):
        full = path + '/' + name
        if os.stat(full)[0] & 0o170000 == 0o040000:
            out.append('  ' * depth + name + '/')
            out.extend(walk(full, depth + 1))
        else:
            with open(full, 'rb') as f:
                data = f.read()
            out.append('  ' * depth + '%s %d %r' % (name, len(data), data[:20]))
    return out


def rmtree(path):
    for name in os.listdir(path):
        full = path + '/' + name
        if os.stat(full)[0] & 0o170000 == 0o040000:
            rmtree(full)
        else:
            os.remove(full)
    os.rmdir(path)


os.mkdir(root)
for d in ['a', 'a/b', 'c']:
    os.mkdir(root + '/' + d)
for i in range(5):
    with open('%s/a/f%d.txt' % (root, i), 'w') as f:
        for j in range(i + 1):
            f.write('line %d of %d\n' % (j, i))
with open(root + '/a/b/data.bin', 'wb') as f:
    f.write(bytes(range(256)) * 4)
with open(root + '/a/f0.txt', 'a') as f:
    f.write('appended\n')
with open(root + '/c/empty', 'w') as f:
    pass
print('\n'.join(walk(root)))
print('--')
os.rename(root + '/a/f1.txt', root + '/c/moved.txt')
os.rename(root + '/a/b', root + '/c/b2')
os.remove(root + '/a/f2.txt')
os.rename(root + '/c/empty', root + '/top')
# replace a file's content by writing a new one and renaming over it
with open(root + '/a/f3.new', 'w') as f:
    f.write('replaced\n')
os.rename(root + '/a/f3.new', root + '/a/f3.txt')
# a failed write (folder missing) leaves the other files alone
try:
    open(root + '/missing/x.txt', 'w')
except OSError as e:
    print('OSError', e.errno)
try:
    os.rename(root + '/nope', root + '/other')
except OSError as e:
    print('OSError', e.errno)
print('\n'.join(walk(root)))
# read back a large binary file exactly
with open(root + '/c/b2/data.bin', 'rb') as f:
    data = f.read()
print(len(data), data == bytes(range(256)) * 4)
# seek and overwrite in place
with open(root + '/c/b2/data.bin', 'r+b') as f:
    f.seek(10)
    f.write(b'XYZ')
    f.seek(0)
    print(f.read(16))
rmtree(root)
print(root in os.listdir('.'))
