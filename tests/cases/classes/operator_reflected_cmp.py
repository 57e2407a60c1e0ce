class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print('lt called')
        return self.v < (o.v if isinstance(o, Num) else o)
    def __gt__(self, o):
        print('gt called')
        return self.v > (o.v if isinstance(o, Num) else o)
print(Num(1) < Num(2))
print(Num(1) > 0)
print(5 < Num(3))
print(5 > Num(3))
