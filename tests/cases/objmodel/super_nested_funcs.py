class A:
    def val(self): return 1
class B(A):
    def val(self):
        def inner():
            return super(B, self).val() + 10
        return inner()
    def val2(self):
        # zero-arg super needs __class__ cell; lambda inside uses enclosing
        f = lambda: super(B, self).val()
        return f() + 100
    def val3(self):
        s = super()
        return [s.val() for _ in range(2)]
    def gen(self):
        yield super().val()
        yield super().val() * 2
print(B().val(), B().val2(), B().val3(), list(B().gen()))
class C:
    def f(self):
        return __class__.__name__
print(C().f())
class D(C):
    pass
print(D().f())
