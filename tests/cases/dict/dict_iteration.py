d = {'one': 1, 'two': 2, 'three': 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '=', v)
for v in d.values():
    print(v)
print(sorted(d), sorted(d.values()), sorted(d.items()))
print(sum(d.values()), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
keys = d.keys()
d['four'] = 4
print(len(keys), list(keys))
print({k: v for k, v in d.items() if v % 2 == 0})
