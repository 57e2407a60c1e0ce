print(hash(1 + 0j) == hash(1), hash(0j) == hash(0), hash(2.5 + 0j) == hash(2.5))
print(hash(-1 + 0j) == hash(-1))
print(hash(1j) == hash(1j), hash(1 + 2j) == hash(complex('1+2j')))
d = {1: 'int', 2.5: 'float'}
print(d[1 + 0j], d[2.5 + 0j])
s = {1, 1.0, 1 + 0j, 2j, complex(0, 2)}
print(len(s))
print(bool(0j), bool(1j), bool(1 + 0j), bool(complex(0, -0.0)))
if 0.5j:
    print('truthy')
print(not 0j)
