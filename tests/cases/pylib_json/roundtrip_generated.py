import json

state = [12345]

def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) & 0x7fffffff
    return state[0] % n

ALPHA = 'ab"\\\n\t\x01 \u00e9\u20ac\U0001f600/'

def gen_str():
    return ''.join(ALPHA[rnd(len(ALPHA))] for _ in range(rnd(6)))

def gen(depth):
    t = rnd(8 if depth < 3 else 5)
    if t == 0:
        return None
    if t == 1:
        return rnd(2) == 0
    if t == 2:
        return rnd(2000000) - 1000000
    if t == 3:
        return (rnd(100000) - 50000) / 64.0
    if t == 4:
        return gen_str()
    if t == 5:
        return [gen(depth + 1) for _ in range(rnd(4))]
    d = {}
    for _ in range(rnd(4)):
        d[gen_str()] = gen(depth + 1)
    return d

ok = 0
for i in range(60):
    v = gen(0)
    s = json.dumps(v)
    if i % 10 == 0:
        print(s)
    w = json.loads(s)
    if w == v and json.dumps(w) == s:
        ok += 1
    s2 = json.dumps(v, separators=(',', ':'), indent=1, sort_keys=True)
    if json.loads(s2) == v:
        ok += 1
print(ok)
