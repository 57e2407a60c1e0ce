def attempt(*args, **kw):
    try:
        print(complex(*args, **kw))
    except Exception as e:
        print(type(e).__name__)

for s in ['', ' ', '1+', 'x', '1 + 2j', '()', '(1+2j', '1+2j)', '1j+2', 'jj', '1+2', '1e', '--1',
          '1__0', '_1', '1_', '1+2jj', 'infi', '1..5']:
    attempt(s)
attempt('1', 2)
attempt(1, '2')
attempt([1])
attempt(None)
attempt(1, None)
attempt(b'1')
attempt(1, 2, 3)
attempt(foo=1)
