for n in [0, 1, 10, 255, -255, 65535, 2 ** 33]:
    print(hex(n), oct(n), bin(n))
print([chr(i) for i in range(97, 102)], [ord(c) for c in 'AZaz09'])
print(chr(0x263A), ord('\u263a'), chr(10) == '\n')
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
try:
    hex(1.5)
except TypeError:
    print('TypeError')
try:
    ord('')
except TypeError:
    print('TypeError')
