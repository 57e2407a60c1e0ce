# recursion through special methods and attribute hooks
def check(label, f):
    try:
        f()
        print(label, 'no error')
    except RuntimeError:
        print(label, 'RuntimeError')

class G:
    def __getattr__(self, name):
        return getattr(self, name + 'x')
check('getattr', lambda: G().a)

class G2:
    def __getattr__(self, name):
        return self.other
check('getattr self', lambda: G2().a)

class E:
    def __eq__(self, other):
        return self == other
check('eq', lambda: E() == 1)
check('in list', lambda: E() in [1, 2])

class H:
    def __hash__(self):
        return hash(self)
check('hash', lambda: hash(H()))
check('dict key', lambda: {H(): 1})

class S:
    def __str__(self):
        return str(self)
check('str', lambda: str(S()))

class R:
    def __repr__(self):
        return repr(self)
check('repr', lambda: repr(R()))
check('repr in list', lambda: repr([R()]))

class L:
    def __len__(self):
        return len(self)
check('len', lambda: len(L()))

class A:
    def __add__(self, other):
        return self + other
check('add', lambda: A() + 1)

class P:
    @property
    def p(self):
        return self.p
check('property', lambda: P().p)

class I:
    def __init__(self):
        I()
check('init', lambda: I())

class Call:
    def __call__(self, x):
        return self(x)
check('call', lambda: Call()(1))

class It:
    def __iter__(self):
        return iter(self)
check('iter', lambda: iter(It()))

class GI:
    def __getitem__(self, i):
        return self[i]
check('getitem', lambda: GI()[0])

class SA:
    def __setattr__(self, name, value):
        setattr(self, name, value)
check('setattr', lambda: setattr(SA(), 'x', 1))

def key(x):
    return sorted([x, x], key=key)
check('sort key', lambda: key(1))
check('y combinator', lambda: (lambda f: f(f))(lambda f: f(f)))
print('end')
