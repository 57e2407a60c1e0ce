def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError')

attempt(lambda: 1j < 2j)
attempt(lambda: 1j <= 1j)
attempt(lambda: 1j > 0)
attempt(lambda: 0 >= 1j)
attempt(lambda: 1.5 < 1j)
attempt(lambda: sorted([2j, 1j]))
attempt(lambda: max(1j, 2j))
attempt(lambda: 1j == 1j)
