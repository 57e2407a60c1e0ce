class N:
    def __init__(self, v): self.v = v
    def __divmod__(self, o): return ('divmod', self.v, o)
    def __rdivmod__(self, o): return ('rdivmod', self.v, o)
    def __pow__(self, o): return ('pow', self.v, o)
    def __rpow__(self, o): return ('rpow', self.v, o)
n = N(3)
print(divmod(n, 2), divmod(2, n), n ** 2, 2 ** n, pow(n, 2), pow(2, n))
class MyInt(int):
    def __rdivmod__(self, o): return 'MyInt.rdivmod'
    def __rpow__(self, o): return 'MyInt.rpow'
print(divmod(7, MyInt(2)), 2 ** MyInt(3), divmod(MyInt(7), 2), MyInt(2) ** 2)
class Nothing: pass
try:
    divmod(Nothing(), 1)
except TypeError as e:
    print(type(e).__name__)
try:
    Nothing() ** 2
except TypeError as e:
    print(type(e).__name__)
