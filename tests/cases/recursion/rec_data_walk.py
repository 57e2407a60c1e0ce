# bounded recursion over nested data
def build(depth):
    return [] if depth == 0 else [build(depth - 1), depth]
def measure(node):
    if not node:
        return 0
    return 1 + measure(node[0])
tree = build(150)
print(measure(tree))
def total(node):
    return 0 if not node else node[1] + total(node[0])
print(total(tree))
def flatten(x):
    if isinstance(x, (list, tuple)):
        out = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]
print(flatten([1, (2, [3, (4,)]), [[5]], 6]))
def nest_dict(n):
    return {'v': n} if n == 0 else {'v': n, 'child': nest_dict(n - 1)}
def sum_dict(d):
    return d['v'] + (sum_dict(d['child']) if 'child' in d else 0)
print(sum_dict(nest_dict(100)))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, 'A', 'B', 'C', [])), hanoi(2, 'A', 'B', 'C', []))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(90))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(len(power_set(list(range(8)))), sorted(power_set([1, 2]), key=len))
