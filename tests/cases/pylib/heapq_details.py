import heapq
data = [(5, 'e'), (1, 'a'), (3, 'c'), (2, 'b'), (4, 'd')]
h = []
for item in data:
    heapq.heappush(h, item)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
nums = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 15, 11]
heapq.heapify(nums)
print(nums[0], all(nums[i] <= nums[2 * i + 1] for i in range(len(nums) // 2)))
out = []
while nums:
    out.append(heapq.heappop(nums))
print(out)
h = [3, 5, 7]
print(heapq.heapreplace(h, 1), h, heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 9), h)
try:
    heapq.heappop([])
except IndexError:
    print('IndexError')
print(heapq.nlargest(3, range(10)), heapq.nsmallest(3, [5, 2, 8, 1]), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len))
big = [(i * 7919) % 1000 for i in range(500)]
hp = []
for v in big:
    heapq.heappush(hp, v)
print([heapq.heappop(hp) for _ in range(10)] == sorted(big)[:10])
