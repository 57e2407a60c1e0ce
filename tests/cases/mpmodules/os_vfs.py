# os.mount/umount with VfsPosix (a host folder) and a Python-defined file system
import os
import io
import time

base = '/tmp/micropy_vfs_%d' % time.ticks_us()
os.mkdir(base)
cwd0 = os.getcwd()

v = os.VfsPosix(base)
os.mount(v, '/flash')
with open('/flash/a.txt', 'w') as f:
    f.write('hello')
with open(base + '/a.txt') as f:
    print(os.listdir('/flash'), f.read())
print(os.stat('/flash/a.txt')[6])
os.mkdir('/flash/sub')
print(sorted(os.listdir('/flash')))
print(sorted(e[0] for e in os.ilistdir('/flash')), sorted(e[1] for e in os.ilistdir('/flash')))
os.chdir('/flash/sub')
print(os.getcwd())
with open('b.txt', 'w') as f:
    f.write('B')
print(os.listdir('.'), os.listdir('/flash/sub'))
os.rename('/flash/sub/b.txt', '/flash/c.txt')
print(sorted(os.listdir('/flash')))
# '..' cannot leave the mounted folder
print(sorted(os.listdir('/flash/../../..')) == sorted(os.listdir('/flash')))
os.remove('/flash/c.txt')
os.remove('/flash/a.txt')
os.chdir('/flash')
os.rmdir('/flash/sub')
print(os.listdir('/flash'), os.getcwd())
try:
    os.mount(v, '/flash')
except OSError as e:
    print('mounted twice: OSError', e.errno == 1)
os.chdir(cwd0)
os.umount('/flash')
try:
    os.stat('/flash')
except OSError as e:
    print('after umount: OSError', e.errno == 2)
try:
    os.umount('/flash')
except OSError as e:
    print('umount again: OSError', e.errno == 22)

ro = os.VfsPosix(base)
os.mount(ro, '/ro', readonly=True)
try:
    open('/ro/new.txt', 'w')
except OSError as e:
    print('read-only: OSError', e.errno == 30)
os.umount(ro)
os.rmdir(base)


class RamFS:
    def __init__(self):
        self.files = {}
        self.cwd = '/'

    def mount(self, readonly, mkfs):
        print('mount', readonly, mkfs)

    def umount(self):
        print('umount')

    def ilistdir(self, path):
        for name in sorted(self.files):
            yield (name[1:], 0x8000, 0)

    def stat(self, path):
        if path in self.files:
            return (0x8000, 0, 0, 0, 0, 0, len(self.files[path]), 0, 0, 0)
        raise OSError(2)

    def open(self, path, mode):
        fs = self
        if 'w' in mode:
            class Writer(io.StringIO):
                def close(self):
                    fs.files[path] = self.getvalue()
            return Writer()
        return io.StringIO(self.files[path])

    def remove(self, path):
        del self.files[path]

    def getcwd(self):
        return self.cwd

    def chdir(self, path):
        self.cwd = path


os.mount(RamFS(), '/ram', readonly=True)
with open('/ram/x', 'w') as f:
    f.write('in ram')
print(os.listdir('/ram'), open('/ram/x').read(), os.stat('/ram/x')[6])
os.chdir('/ram')
print(os.getcwd(), open('x').read())
os.remove('/ram/x')
print(os.listdir('/ram'))
try:
    os.stat('/ram/x')
except OSError as e:
    print('OSError', e.errno)
os.chdir(cwd0)
os.umount('/ram')
print(os.getcwd() == cwd0)
