e = ValueError('msg', 1, [2])
print(e.args, len(e.args), e.args[0])
print(str(ValueError('single')), str(ValueError()), str(ValueError(1, 2)))
print(str(Exception('a')), Exception().args)
try:
    raise IndexError('out of range', 5)
except IndexError as err:
    print(err.args[1])
class E(Exception):
    def __init__(self, x):
        self.x = x
e = E(5)
print(e.x, e.args)
try:
    raise E(7)
except E as ex:
    print('E', ex.x)
s = StopIteration(99)
print(s.value, s.args)
x = SystemExit(3)
print(x.code)
