s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.find('cat'), s.rfind('the'), s.rfind('o'))
print(s.index('quick'), s.rindex('o'), s.count('o'), s.count('the'), s.count(''))
print(s.find('o', 15, 20), s.count('o', 0, 15))
print(s.startswith('the'), s.startswith('quick', 4), s.endswith('dog'), s.endswith('lazy', 0, 39))
print(s.startswith(('a', 't')), s.endswith(('x', 'g')))
try:
    s.index('cat')
except ValueError:
    print('ValueError')
print('abc'.find(''), 'abc'.rfind(''), ''.find('a'))
