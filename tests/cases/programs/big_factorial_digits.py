def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f = fact(100)
s = str(f)
print(len(s), sum(int(c) for c in s), s[:20], s.count('0'))
print(len(str(fact(500))), fact(25) // fact(23))
def binom(n, k):
    return fact(n) // (fact(k) * fact(n - k))
print([binom(10, k) for k in range(11)])
print(binom(100, 50))
