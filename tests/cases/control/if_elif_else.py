def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
x = 5
if x:
    if x > 3:
        print('nested big')
    else:
        print('nested small')
if not x:
    print('never')
else:
    print('else branch')
if x == 5 and x != 6 or x == 7:
    print('compound')
if []:
    print('empty list true?')
elif {}:
    print('empty dict true?')
else:
    print('all empty')
