a = [5, 3, 8, 1]
a.append(7); a.insert(0, 0); a.insert(100, 9); a.insert(-1, 6)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3)
print(a, a.index(8), a.count(8))
a.extend(range(2)); a.extend('xy')
print(a)
a = [3, 1, 2]
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.reverse(); print(a)
b = a.copy(); b.append(4); print(a, b)
a.clear(); print(a, len(a))
try:
    [].pop()
except IndexError:
    print('IndexError')
try:
    [1].remove(2)
except ValueError:
    print('ValueError')
print([1, 2] * 2, 2 * [0], [1] + [2], [[0] * 2] * 2)
