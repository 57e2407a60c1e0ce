print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(2 ** 80)), abs(False))
class Neg:
    def __abs__(self):
        return 'abs called'
print(abs(Neg()))
print(len(range(0, 10, 3)), list(range(-2, 3)), 3 in range(5), range(5)[-1])
print(list(range(5))[::-1] == list(range(4, -1, -1)))
