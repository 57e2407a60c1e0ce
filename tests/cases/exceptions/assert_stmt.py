assert True
assert 1 == 1, 'never'
try:
    assert False
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert 1 > 2, 'custom message'
except AssertionError as e:
    print('msg:', e)
try:
    assert [], ['list', 'msg']
except AssertionError as e:
    print(e.args[0])
def check(x):
    assert isinstance(x, int), 'need int'
    return x * 2
print(check(4))
try:
    check('a')
except AssertionError as e:
    print(e)
