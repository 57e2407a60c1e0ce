d = {}
for w in 'the cat and the hat and the bat'.split():
    d[w] = d.get(w, 0) + 1
print(d)
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
s = 'ab' + 'c'
print(d.get('the'), {'abc': 1}[s], hash('abc') == hash(s))
print('x' in {'x': 1}, 'y' in {'x': 1})
