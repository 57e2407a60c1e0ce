d = {}
for i in range(10):
    d[i * 7 % 10] = i
print(d)
print([k for k in d], sum(d.values()))
ks = d.keys()
d[99] = 'new'
print(len(ks), 99 in ks)
for k, v in sorted(d.items(), key=lambda kv: str(kv[1])):
    pass
print(k, v)
try:
    for k in d:
        d[k + 1000] = 0
except RuntimeError:
    print('RuntimeError changed size')
dd = {'b': 1, 'a': 2}
print(sorted(dd), list(dd), list(reversed(sorted(dd))))
print(dict(sorted(dd.items())))
