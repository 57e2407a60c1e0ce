a = 2 ** 100
print(a)
print(a + 1, a - 1, -a)
print(a * a)
print(a // 3, a % 3)
print(a // -7, a % -7, -a // 7, -a % 7)
print(3 ** 80)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 20), f % 1000003)
print(a > 2 ** 99, a == 2 ** 100, a < a + 1, a != a)
print(a >> 50, a << 10, (a - 1) & 0xFFFF, a | 1, a ^ (a - 1))
print(-(2 ** 70) >> 3, ~(2 ** 65))
print(int('123456789012345678901234567890') * 10)
print(str(10 ** 40))
print(len(str(7 ** 200)))
print(divmod(10 ** 30 + 7, 10 ** 15))
print(pow(2, 200, 10 ** 9 + 7))
print(abs(-(10 ** 25)))
