class Verbose:
    def __init__(self, name): self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return 'class-access:' + owner.__name__
        return 'get:' + self.name + ':' + str(obj.__dict__.get(self.name, '?'))
    def __set__(self, obj, value):
        print('set', self.name, value)
        obj.__dict__[self.name] = value * 2
    def __delete__(self, obj):
        print('delete', self.name)
        obj.__dict__.pop(self.name, None)
class C:
    a = Verbose('a')
c = C()
print(C.a)
print(c.a)
c.a = 5
print(c.a, c.__dict__)
del c.a
print(c.a, c.__dict__)
class Sub(C): pass
s = Sub()
s.a = 1
print(s.a, Sub.a)
