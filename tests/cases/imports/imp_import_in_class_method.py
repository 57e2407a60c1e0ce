# imports inside methods, generators and lambdas
class Loader:
    def load(self):
        import _imp_simple
        return _imp_simple.X
    def gen(self):
        import _imp_all
        yield _imp_all.pub1
        from _imp_all import func
        yield func()
print(Loader().load(), list(Loader().gen()))
get = lambda: __import__('_imp_simple').Y
print(get())
def deco(f):
    import _imp_globals
    f.extra = _imp_globals.counter
    return f
@deco
def g():
    pass
print(g.extra)
