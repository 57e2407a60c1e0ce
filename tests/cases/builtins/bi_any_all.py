print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)))
print(any('abc'), all(''), any([None, False, '']), all([[0], (0,), 'x']))
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(check(x) for x in range(10)), calls)
calls.clear()
print(all(check(x) for x in [5, 6, 1, 7]), calls)
