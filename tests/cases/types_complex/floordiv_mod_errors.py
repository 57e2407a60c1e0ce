def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError')

attempt(lambda: 1j // 1)
attempt(lambda: 1 // 1j)
attempt(lambda: 1j % 2)
attempt(lambda: 2.0 % 1j)
attempt(lambda: divmod(1j, 1))
attempt(lambda: divmod(1, 1j))
attempt(lambda: 1j + 'a')
attempt(lambda: 'a' + 1j)
attempt(lambda: 1j * [1])
attempt(lambda: 1j & 1)
attempt(lambda: 1j << 1)
attempt(lambda: ~1j)
attempt(lambda: int(1j))
attempt(lambda: float(1j))
attempt(lambda: [1, 2][1j])
attempt(lambda: round(1j))
