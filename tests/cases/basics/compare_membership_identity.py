a = [1, 2, 3]
print(2 in a, 4 not in a, 1 in a < [9], None is None is not False)
print('b' in 'abc' in ['abc', 'x'], 3 in (1, 2, 3) == True)
x = 5
print(0 < x in range(10), x is not None in [True])
print(not 1 in [2], not (1 in [2]), (not 1) in [False])
print([] is not [], a is a is a)
