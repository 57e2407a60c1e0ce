import time
for secs in [0, 1700000000, 951782400, -86400, 2147483647, 4102444800, 86399]:
    t = time.gmtime(secs)
    print(t, time.mktime(t) == secs)
print(time.mktime((2000, 13, 1, 0, 0, 0, 0, 0)) == time.mktime((2001, 1, 1, 0, 0, 0, 0, 0)))
print(len(time.localtime()), time.localtime(0)[0], type(time.time()).__name__, abs(time.time() - time.time_ns() // 10**9) <= 1)
print(time.gmtime()[0] >= 2024)
