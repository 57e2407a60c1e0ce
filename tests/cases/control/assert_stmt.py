assert True
assert 1 == 1, 'never'
try:
    assert 1 == 2, 'math broke'
except AssertionError as e:
    print('AssertionError', e)
try:
    assert False
except AssertionError as e:
    print('bare', e.args)
def check(v):
    assert v > 0, 'v=%d' % v
    return v
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(e)
