for ch in 'abc':
    print(ch)
print(list('hello'), tuple('hi'), set('aaa'))
print([c.upper() for c in 'abc'])
it = iter('xy')
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(sorted('banana'), max('hello'), min('hello'))
print(''.join(sorted('python')))
print(enumerate('ab').__class__.__name__, list(enumerate('ab')))
