# recursion in methods, classmethods, staticmethods and through super()
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def size(self):
        return 1 + sum(c.size() for c in self.children)
    def depth(self):
        return 1 + max([c.depth() for c in self.children] or [0])
    @classmethod
    def chain(cls, n):
        return cls(n) if n == 0 else cls(n, [cls.chain(n - 1)])
    @staticmethod
    def count(n):
        return 0 if n == 0 else 1 + Tree.count(n - 1)
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(t.size(), t.depth())
c = Tree.chain(60)
print(c.size(), c.depth(), Tree.count(80))
class Loop:
    def forever(self):
        return self.forever()
    @classmethod
    def cforever(cls):
        return cls.cforever()
    @staticmethod
    def sforever():
        return Loop.sforever()
for f in (Loop().forever, Loop.cforever, Loop.sforever):
    try:
        f()
    except RuntimeError:
        print('RuntimeError', f.__name__)
class A:
    def go(self, n):
        return n
class B(A):
    def go(self, n):
        return super().go(n) if n == 0 else self.go(n - 1) + 1
print(B().go(40))
class Bad(A):
    def go(self, n):
        return Bad.go(self, n)
try:
    Bad().go(1)
except RuntimeError:
    print('RuntimeError super')
