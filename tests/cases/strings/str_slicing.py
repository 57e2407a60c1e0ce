s = '0123456789'
print(s[2:8:2], s[8:2:-2], s[::-3], s[-3:], s[:-3], s[5:5], s[::1])
print(s[100:], s[-100:-50], s[1:-1])
for i in range(-3, 4):
    print(i, s[i:], s[:i])
print(s[slice(1, 5)], s[slice(None, None, 2)], s[slice(3)])
t = 'abc'
print(t[0:1], t[-1:], t[::-1], t[1::-1])
