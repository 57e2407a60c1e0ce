s = '   padded\t\n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'))
print(repr(''.strip()), repr('   '.strip()))
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'aaa'.replace('a', 'bb'))
print('hello'.replace('', '-'), 'abc'.replace('x', 'y'), 'abab'.replace('ab', ''))
print('ab'.center(6), '|' + 'ab'.center(7, '*') + '|', 'abc'.center(2))
print('42'.zfill(5), '-42'.zfill(5), 'ab'.ljust(5, '.') + '|', 'ab'.rjust(5) + '|')
