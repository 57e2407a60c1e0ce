# names bound by import inside try/except/else/finally and conditionals
try:
    import _imp_simple as first
except ImportError:
    first = None
else:
    print('else ran', first.X)
finally:
    print('finally ran')
if False:
    import _imp_all as never
try:
    never
except NameError:
    print('never bound')
def pick(flag):
    if flag:
        import _imp_simple as chosen
    else:
        import _imp_all as chosen
    return chosen.__name__
print(pick(True), pick(False))
while True:
    import _imp_globals as in_loop
    break
print(in_loop.counter)
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
with Ctx() as fh:
    import _imp_state as in_with
print(in_with.count)
