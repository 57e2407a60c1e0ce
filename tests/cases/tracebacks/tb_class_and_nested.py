# frames are named by the function's own name (not qualified), class bodies
# by the class name
import sys
def show(f):
    try:
        f()
    except Exception as e:
        sys.print_exception(e)
def outer():
    def middle():
        def innermost():
            return undefined_name
        return innermost()
    return middle()
show(outer)
class Base:
    def __init__(self, v):
        self.v = v
        self.check()
    def check(self):
        if self.v < 0:
            raise ValueError(self.v)
class Derived(Base):
    def __init__(self, v):
        super().__init__(v)
show(lambda: Derived(-2))
class P:
    @property
    def prop(self):
        return 1 / 0
    @staticmethod
    def st():
        raise TypeError('static')
    @classmethod
    def cm(cls):
        raise TypeError('class ' + cls.__name__)
show(lambda: P().prop)
show(P.st)
show(P.cm)
def make_class():
    class Inner:
        x = 1
        y = x + 'a'
    return Inner
show(make_class)
print('end')
