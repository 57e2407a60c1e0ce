print(sorted({x % 5 for x in range(20)}))
print(sorted({c for c in 'mississippi'}))
words = ['a', 'bb', 'cc', 'ddd']
print(sorted({len(w) for w in words}))
seen = set()
uniq = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x)
        uniq.append(x)
print(uniq)
print(sorted(set('abc') | set('bcd')))
