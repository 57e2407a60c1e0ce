s = 'hello'
t = "world"
print(s, t, s + ' ' + t, s * 2, 3 * 'ab')
print(len(s), len(''), s[0], s[-1], s[1:3], s[:2], s[2:], s[::-1], s[::2])
print('ell' in s, 'x' in s, '' in s, 'h' not in s)
print(s == 'hello', s != t, s < t, 'a' * 0 == '')
print(repr(s), str(s), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(s[10:], s[-100:2], s[3:1], s[-2:])
try:
    s[10]
except IndexError:
    print('IndexError')
try:
    s[0] = 'H'
except TypeError:
    print('TypeError')
print(''.join(reversed(s)))
print(str(), str(12), str(1.5), str([1, 'a']), str(None))
