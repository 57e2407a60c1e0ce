class A:
    x = 1
    def f(self): pass
a = A()
a.y = 2
print('x' in A.__dict__, 'y' in A.__dict__, 'y' in a.__dict__, 'x' in a.__dict__, 'f' in A.__dict__)
print(type(A.__dict__['f']).__name__, A.__dict__['x'])
class B(A):
    z = 3
print('x' in B.__dict__, 'z' in B.__dict__, sorted(k for k in B.__dict__ if not k.startswith('__')))
print(a.__dict__ is a.__dict__, vars(a) == {'y': 2})
a.__dict__['x'] = 'inst-x'
print(a.x, A.x)
print('__module__' in A.__dict__, A.__dict__['__module__'] == __name__)
