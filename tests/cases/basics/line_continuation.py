x = 1 + \
    2 + \
    3
print(x)
y = (1 +
     2 +
     3)
print(y)
lst = [
    1,
    2,
    3,
]
print(lst)
d = {
    'a': 1,
    'b': 2
}
print(d)
s = ('abc'
     'def'
     "ghi")
print(s)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
if (x == 6 and
        y == 6):
    print('both')
