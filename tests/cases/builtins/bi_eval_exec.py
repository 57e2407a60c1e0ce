print(eval('1 + 2 * 3'), eval('[x * 2 for x in range(3)]'), eval('"a" * 3'))
print(eval('x + y', {'x': 1, 'y': 2}), eval('z', {}, {'z': 'local'}))
ns = {}
exec('a = 5\nb = a * 2\ndef f():\n    return a + b', ns)
print(ns['a'], ns['b'], ns['f']())
exec('print("from exec")')
code = compile('3 ** 2', '<string>', 'eval')
print(eval(code))
try:
    eval('1 +')
except SyntaxError:
    print('SyntaxError')
q = 10
exec('q = q + 1')
print(q)
