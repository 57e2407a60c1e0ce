# ljust/rjust/zfill: not in MicroPython's str, but micropy provides them
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2))
print('ab'.ljust(5, '.') + '|', 'ab'.rjust(5) + '|', 'abcdef'.ljust(3) + '|')
for w in ['a', 'bbb', 'ccccc']:
    print('[' + w.ljust(6) + '][' + w.rjust(6, '*') + ']')
