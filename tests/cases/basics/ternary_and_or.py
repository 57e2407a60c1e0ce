def check(x):
    return 'pos' if x > 0 else 'neg' if x < 0 else 'zero'
print(check(5), check(-1), check(0))
print(0 or None or '' or 'last')
print(1 and 'a' and [1] and 0)
print([] or {} or ())
calls = []
def t(v):
    calls.append(v)
    return v
t(0) and t(1)
t(1) or t(2)
t(1) and t(0) or t(3)
print(calls)
