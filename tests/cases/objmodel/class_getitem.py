class Box:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Box[int] == ('Box', int), Box['x'], Box[1, 2])
class Sub(Box): pass
print(Sub[0])
class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return 'explicit ' + str(item)
print(Explicit[3])
class Both:
    def __getitem__(self, i): return 'instance ' + str(i)
    def __class_getitem__(cls, i): return 'class ' + str(i)
print(Both()[1], Both[2])
class Neither: pass
try:
    Neither[1]
except TypeError as e:
    print(type(e).__name__)
