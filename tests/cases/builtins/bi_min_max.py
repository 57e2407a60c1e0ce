print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max('hello'), min((9,)))
print(max([1, -5, 3], key=abs), min(['bb', 'a', 'ccc'], key=len))
print(max([], default='empty'), min([], default=None), max([1], default=0))
print(max('apple', 'banana', key=len), min('b', 'a'), max(1, 2.5), min(-1, -1.5))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]))
print(max({3: 'a', 7: 'b'}), min(range(5, 10)))
words = ['apple', 'fig', 'kiwi', 'banana']
print(max(words, key=len), min(words, key=lambda w: w[-1]))
for bad in [lambda: max([]), lambda: min(), lambda: max(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
