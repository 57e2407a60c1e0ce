# loop variables after the loop, in closures, and with break/else
for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    j
except NameError:
    print('j unbound')
for k in range(10):
    if k == 4:
        break
print(k)
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
n = 0
while n < 5:
    n += 1
else:
    print('while else', n)
fs = []
for m in range(3):
    fs.append(lambda: m)
m = 'changed'
print([f() for f in fs])
def f():
    for q in range(2):
        pass
    return q
print(f())
