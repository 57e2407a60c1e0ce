for f in [lambda: 'abc'.index('z'), lambda: 'abc'.rindex('z'), lambda: 'a'.center(),
          lambda: 'abc'[5], lambda: int('abc'), lambda: 'x'.join(5), lambda: 'a'.replace(1, 2),
          lambda: 'abc'.startswith(1), lambda: 'abc' < 1, lambda: str.upper(5)]:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__)
