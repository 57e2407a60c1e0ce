class Base:
    def __init__(self, **kw):
        self.base_kw = sorted(kw)
        print('Base init')
class Middle(Base):
    def __init__(self, m, **kw):
        print('Middle init')
        self.m = m
        super().__init__(**kw)
class Leaf(Middle):
    def __init__(self, leaf, **kw):
        print('Leaf init')
        self.leaf = leaf
        super().__init__(**kw)
x = Leaf(leaf=1, m=2, extra=3, more=4)
print(x.leaf, x.m, x.base_kw)
class NoInit(Leaf):
    pass
y = NoInit(leaf='a', m='b')
print(y.leaf, y.m, y.base_kw)
