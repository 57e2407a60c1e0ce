import sys
import os
fn = '_tmp_open_errors.txt' + '_' + sys.implementation.name   # micropy and CPython run side by side
for mode in ['rw', 'rr', 'q', '', 'wbt', 'r++', 'bb']:
    try:
        open(fn, mode)
        print('opened', mode)
    except ValueError:
        print('ValueError', repr(mode))
try:
    open('_no_such_dir_/x.txt')
except OSError as e:
    print('OSError', e.errno)
try:
    open('_no_such_file_.txt')
except OSError as e:
    print('OSError', e.errno)
with open(fn, 'w') as f:
    f.write('x')
try:
    open(fn, 'x')
except OSError as e:
    print('OSError exclusive', e.errno)
f = open(fn)
f.close()
f.close()
for op in [lambda: f.read(), lambda: f.readline(), lambda: f.write('a'), lambda: f.seek(0),
           lambda: f.tell(), lambda: f.readlines(), lambda: iter(f)]:
    try:
        op()
        print('no error')
    except ValueError:
        print('ValueError closed')
try:
    open('.')
except OSError as e:
    print('OSError dir', e.errno)
try:
    with open(fn, 'rb') as g:
        g.write('text')
except (OSError, TypeError) as e:
    print('cannot write', type(e).__name__ in ('OSError', 'UnsupportedOperation', 'TypeError'))
try:
    with open(fn, 'w') as g:
        g.write(b'bytes')
except TypeError:
    print('TypeError bytes to text file')
try:
    with open(fn, 'wb') as g:
        g.write('str')
except TypeError:
    print('TypeError str to binary file')
try:
    open(fn, 'r', encoding='no-such-codec')
except LookupError:
    print('LookupError')
os.remove(fn)
