def outer(n):
    def helper(k):
        if k == 0:
            return []
        return [k] + helper(k - 1)
    return helper(n)
print(outer(5))
def make():
    def even(n):
        return n == 0 or odd(n - 1)
    def odd(n):
        return n != 0 and even(n - 1)
    return even, odd
e, o = make()
print(e(4), o(4), e(7), o(7))
