class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__('%s: %s' % (field, problem))
        self.field = field
        self.problem = problem
errors = []
for f, v in [('age', -1), ('name', ''), ('ok', 1)]:
    try:
        if v == -1: raise ValidationError(f, 'negative')
        if v == '': raise ValidationError(f, 'empty')
    except ValidationError as e:
        errors.append((e.field, e.problem, str(e), e.args))
print(errors)
class Chain(Exception): pass
def lvl3(): raise KeyError('deep')
def lvl2():
    try: lvl3()
    except KeyError as e: raise Chain('mid') from e
try:
    lvl2()
except Chain as e:
    print(type(e).__name__, e.args, type(e.__cause__).__name__, e.__cause__.args)
class Ctx(Exception):
    def __init__(self): super().__init__('ctx', 1, 2)
e = Ctx()
print(e.args, len(e.args), str(e))
class NoArgs(Exception):
    def __init__(self): pass
print(NoArgs().args, str(NoArgs()), repr(NoArgs()))
class StopSub(StopIteration): pass
def g():
    yield 1
    raise StopSub
try:
    print(list(g()))
except RuntimeError as e:
    print(type(e).__name__)
