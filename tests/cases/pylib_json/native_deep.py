import json

n = 800
x = json.loads('[' * n + ']' * n)
d = 0
while x:
    x = x[0]
    d += 1
print(d + 1)
x = json.loads('{"k":' * n + '1' + '}' * n)
d = 0
while isinstance(x, dict):
    x = x['k']
    d += 1
print(d, x)

a = []
for i in range(n):
    a = [a]
print(len(json.dumps(a)))
o = 1
for i in range(n):
    o = {'k': o}
print(len(json.dumps(o)), len(json.dumps(o, indent=1)))

for text in ['[' * 100000, '{"a":' * 100000, '[' * 5000 + ']' * 5000]:
    try:
        json.loads(text)
        print('no error')
    except RuntimeError:
        print('RuntimeError')
    except ValueError:
        print('ValueError')

a = []
for i in range(5000):
    a = [a]
try:
    json.dumps(a)
except RuntimeError:
    print('RuntimeError')

class Box:
    pass

try:
    json.dumps(Box(), default=lambda o: [Box()])
except RuntimeError:
    print('RuntimeError')
print('alive')
