for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b))
print(7 / 2, -7 / 2, 6 / 3, 1 / 3)
for op in (lambda: 1 // 0, lambda: 1 % 0, lambda: 1 / 0, lambda: divmod(1, 0), lambda: 1.0 / 0):
    try:
        op()
    except ZeroDivisionError:
        print('ZeroDivisionError')
print(0 ** 0, 2 ** -2, (-8) ** 2, -8 ** 2)
print(int.from_bytes(b'\x01\x00', 'little'), (258).to_bytes(2, 'big'))
