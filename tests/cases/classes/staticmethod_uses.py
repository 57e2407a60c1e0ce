class MathUtil:
    PI = 3.14
    @staticmethod
    def square(x):
        return x * x
    @staticmethod
    def clamp(x, lo=0, hi=10):
        return max(lo, min(hi, x))
    def use(self):
        return self.square(4) + MathUtil.square(2)
print(MathUtil.square(5), MathUtil().square(6), MathUtil.clamp(15), MathUtil.clamp(-3, hi=5))
print(MathUtil().use())
fn = MathUtil.square
print(list(map(fn, [1, 2, 3])))
class Sub(MathUtil):
    @staticmethod
    def square(x):
        return -x * x
print(Sub().use(), Sub.clamp(7, 8))
