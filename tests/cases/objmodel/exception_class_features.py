class Base(Exception):
    def __init__(self, *args, code=0):
        super().__init__(*args)
        self.code = code
class Child(Base):
    pass
try:
    raise Child('boom', code=7)
except Base as e:
    print(type(e).__name__, e.args, e.code, str(e), repr(e) == "Child('boom')")
class Custom(Exception):
    def __str__(self): return 'custom str'
try:
    raise Custom
except Custom as e:
    print(str(e), e.args, type(e).__name__)
class Multi(KeyError, AttributeError): pass
try:
    raise Multi('m')
except AttributeError as e:
    print('caught as AttributeError', type(e).__name__)
try:
    raise Multi('m')
except KeyError as e:
    print('caught as KeyError', e.args)
class WithInit(ValueError):
    def __init__(self, a, b):
        self.a, self.b = a, b
        super().__init__(a + b)
try:
    raise WithInit(1, 2)
except ValueError as e:
    print(e.a, e.b, e.args, str(e))
def thrower(cls):
    raise cls()
for cls in [Base, Child, Custom]:
    try:
        thrower(cls)
    except Exception as e:
        print(type(e).__name__, isinstance(e, Base))
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__)
try:
    try:
        raise Child('inner')
    except Child as e:
        raise Base('outer') from e
except Base as e:
    print(str(e), type(e.__cause__).__name__)
