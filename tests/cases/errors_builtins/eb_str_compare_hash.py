def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
words = ['', 'a', 'A', 'ab', 'aB', 'b', 'ba', '~', ' ', '0', 'a\x00', '\x00', 'zz', 'Z', '\x7f']
for a in words:
    print(repr(a), ''.join('<' if a < b else '=' if a == b else '>' for b in words))
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, reverse=True))
print(max(words), min(words), 'abc' < 'abd' < 'abe', 'a' < 'b' > 'a')
t(lambda: 'a' < None)
t(lambda: 'a' <= 1)
t(lambda: 'a' > [])
t(lambda: 'a' >= b'a')
t(lambda: 'a' == None)
t(lambda: 'a' != 1)
t(lambda: b'a' < b'b' < b'c')
t(lambda: b'a' < bytearray(b'b'))
t(lambda: bytearray(b'a') == b'a')
t(lambda: b'a' == 'a')
t(lambda: sorted([b'b', b'a', b'']))
t(lambda: sorted(['b', b'a']))
