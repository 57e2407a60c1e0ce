data = [3, 8, 1, 9, 4, 7]
i = 0
best = None
while i < len(data) and (best is None or best < 9):
    if best is None or data[i] > best:
        best = data[i]
    i += 1
print(i, best)
n = 0
while True:
    n += 1
    if n % 3:
        continue
    if n > 10:
        break
    print('multiple of 3:', n)
else:
    print('never')
stack = [[1, [2, 3]], 4]
flat = []
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(reversed(top))
    else:
        flat.append(top)
print(flat)
