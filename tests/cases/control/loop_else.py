for i in range(3):
    pass
else:
    print('for else ran', i)
for i in range(3):
    if i == 1:
        break
else:
    print('not printed')
print('broke at', i)
n = 0
while n < 3:
    n += 1
else:
    print('while else ran', n)
while True:
    break
else:
    print('not printed')
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, 'has factor', d)
            break
    else:
        print(n, 'is prime')
for n in [7, 12, 13, 25]:
    find_prime_factor(n)
for x in []:
    pass
else:
    print('empty for else')
