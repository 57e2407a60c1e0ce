l = [1, 2, 3]
print(l, len(l), l[0], l[-1], l[1:], l[::-1], l * 2, l + [4])
l.append(4)
l.insert(0, 0)
l.insert(100, 99)
l.insert(-1, 98)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.extend([5, 6])
l.extend(range(7, 9))
l.extend('ab')
print(l)
l.remove('a')
print(l, l.index(5), l.count(1))
l.reverse()
print(l)
l.clear()
print(l, [] == l)
try:
    [].pop()
except IndexError:
    print('IndexError')
try:
    [1].remove(2)
except ValueError:
    print('ValueError')
try:
    [1, 2].index(3)
except ValueError:
    print('ValueError')
