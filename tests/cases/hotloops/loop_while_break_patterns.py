i = 0
found = []
while True:
    i += 1
    if i % 1000 == 0:
        found.append(i)
    if len(found) == 5:
        break
print(found)
n = 0
hits = 0
while n < 30000:
    n += 1
    if n % 2:
        continue
    if n % 3:
        continue
    hits += 1
else:
    print('while finished', hits)
outer_hits = 0
for a in range(100):
    for b in range(100):
        if (a * b) % 97 == 1:
            outer_hits += 1
            break
print(outer_hits)
