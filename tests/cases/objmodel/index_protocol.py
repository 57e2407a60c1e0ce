class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
i = Idx(2)
print([10, 20, 30, 40][i], 'abcdef'[i], (1, 2, 3)[Idx(-1)], b'xyz'[i])
print([0, 1, 2, 3, 4][Idx(1):Idx(3)], 'hello'[:Idx(2)], list(range(10))[::Idx(3)])
print(hex(i), oct(Idx(8)), bin(Idx(5)))
print(range(Idx(3)), list(range(Idx(1), Idx(4))), 'ab' * Idx(3), [0] * Idx(2))
l = [1, 2, 3]
l[Idx(0)] = 'z'
del l[Idx(1)]
print(l)
print(operator_index := Idx(7).__index__())
import sys
print(int.__index__(5))
class NotIdx:
    def __int__(self): return 1
try:
    [1, 2][NotIdx()]
except TypeError as e:
    print(type(e).__name__)
class BadIdx:
    def __index__(self): return 'no'
try:
    [1][BadIdx()]
except TypeError as e:
    print(type(e).__name__)
print(round(2.567, Idx(1)), (5).to_bytes(Idx(2), 'big'))
