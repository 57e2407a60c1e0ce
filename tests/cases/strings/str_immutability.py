s = 'abc'
t = s
s += 'd'
print(s, t, s is t)
u = s.upper()
print(s, u)
lst = list(s)
lst[0] = 'X'
print(''.join(lst), s)
print(s.replace('a', 'A') is not s, s)
try:
    s[0] = 'z'
except TypeError:
    print('TypeError')
try:
    del s[0]
except TypeError:
    print('TypeError')
