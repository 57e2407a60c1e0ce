for n in [0, 7, -7, 10 ** 18, -(10 ** 18), 2 ** 63, -(2 ** 63), 2 ** 64 - 1, 10 ** 40 + 1]:
    s = str(n)
    print(s, int(s) == n, len(s), repr(n) == s)
print(int('-' + '9' * 40) + 1)
print(int('+' + '1' * 25) * 9)
print(int('00012'), int('-00'), int('1' * 3, 2))
