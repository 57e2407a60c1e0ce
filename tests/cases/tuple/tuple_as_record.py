people = [('ann', 31, 'nyc'), ('bob', 25, 'sf'), ('cy', 31, 'la')]
for name, age, city in sorted(people, key=lambda p: (p[1], p[0])):
    print('%-4s %2d %s' % (name, age, city))
oldest = max(people, key=lambda p: p[1])
print(oldest, oldest[0])
by_age = {}
for p in people:
    by_age.setdefault(p[1], []).append(p[0])
print(by_age)
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([3, 9, 6])
print(lo, hi, avg)
t = tuple(people)
print(len(t), t[1:], t.index(('bob', 25, 'sf')), ('cy', 31, 'la') in t)
