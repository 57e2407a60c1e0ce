class C:
    cls_attr = 'class'
    def method(self):
        return 'method'
c = C()
setattr(c, 'dyn', 42)
print(getattr(c, 'dyn'), c.dyn, getattr(c, 'cls_attr'), getattr(c, 'method')())
print(hasattr(c, 'dyn'), hasattr(c, 'nothing'), hasattr(C, 'method'))
delattr(c, 'dyn')
print(hasattr(c, 'dyn'))
try:
    getattr(c, 'nothing')
except AttributeError:
    print('AttributeError')
print(getattr(c, 'nothing', None))
setattr(C, 'added', lambda self: 'added method')
print(c.added())
for name in ['a', 'b', 'c']:
    setattr(c, name, name * 2)
print([getattr(c, n) for n in 'abc'])
