import sys
import os
fn = '_tmp_text_roundtrip.txt' + '_' + sys.implementation.name   # micropy and CPython run side by side
with open(fn, 'w') as f:
    print(f.write('hello\n'), f.write('wörld ✓\n'), f.write('last line'))
with open(fn) as f:
    print(repr(f.read()))
with open(fn, encoding='utf-8') as f:
    print(repr(f.read(3)), repr(f.readline()), repr(f.read(3)), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(fn, 'r') as f:
    print(f.readlines())
with open(fn) as f:
    print([len(line) for line in f])
with open(fn, 'a') as f:
    f.write('\nappended')
with open(fn, 'rt') as f:
    print(f.read().split('\n'))
with open(fn, 'w') as f:
    pass
with open(fn) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines())
os.remove(fn)
