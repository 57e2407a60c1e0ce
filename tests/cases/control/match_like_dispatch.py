def handle(cmd):
    ops = {
        'add': lambda a, b: a + b,
        'sub': lambda a, b: a - b,
        'mul': lambda a, b: a * b,
    }
    name, *args = cmd.split()
    if name in ops:
        return ops[name](*map(int, args))
    return 'unknown ' + name
for c in ['add 2 3', 'sub 10 4', 'mul 6 7', 'div 1 2']:
    print(c, '->', handle(c))
