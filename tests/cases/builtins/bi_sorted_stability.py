data = [('b', 2), ('a', 2), ('c', 1), ('d', 1), ('e', 3), ('f', 2)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
s1 = sorted(data, key=lambda p: p[0], reverse=True)
print(sorted(s1, key=lambda p: p[1]))
nums = [5, -3, 3, -5, 0, 2, -2]
print(sorted(nums, key=abs), sorted(nums, key=lambda v: (abs(v), v)))
