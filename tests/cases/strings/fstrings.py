name = 'world'
n = 42
x = 3.14159
print(f'hello {name}')
print(f'{n} {n + 1} {n * 2}')
print(f'{x:.2f} {n:5d}| {n:<5}| {n:>5}| {name!r}')
print(f'{{braces}} {n}')
print(f"{'nested'} {len(name)}")
items = [1, 2, 3]
print(f'{items} {items[0]} {sum(items)}')
d = {'k': 'v'}
print(f"{d['k']}")
print(f'{n:x} {n:o} {n:b} {n:08.2f}')
print(F'upper {n}')
print(f'a' f'b' 'c' f'{n}')
print(f'{"q" if n > 0 else "r"}')
def f(v):
    return v * 2
print(f'{f(21)} {f("ab")}')
w = 8
print(f'{name:>{w}}|')
print(f'{n!s:>4}|')
