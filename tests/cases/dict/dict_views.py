d = {'a': 1, 'b': 2}
k = d.keys()
v = d.values()
it = d.items()
print(len(k), len(v), len(it), 'a' in k, 1 in v, ('a', 1) in it, ('a', 2) in it)
print(list(k), list(v), list(it))
d['c'] = 3
print(list(k), list(v), list(it))
print(sorted(k), type(k).__name__ in ('dict_keys', 'dict_view'))
for key, value in it:
    print(key, value)
