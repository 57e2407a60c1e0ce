def attempt(f):
    try:
        print(f())
    except OverflowError as e:
        print('OverflowError')

attempt(lambda: (1e200 + 1e200j) ** 2)
attempt(lambda: (10 + 10j) ** 400)
attempt(lambda: complex(10**400))
attempt(lambda: 1j + 10**400)
attempt(lambda: (1e308 + 1e308j) * 10)
attempt(lambda: 1e308j * 1e308j)
attempt(lambda: (1 + 1j) ** 1000)
attempt(lambda: 2 ** (1000 + 0j))
