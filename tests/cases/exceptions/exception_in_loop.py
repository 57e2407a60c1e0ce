results = []
for v in ['1', 'x', '3', '', '5']:
    try:
        results.append(int(v))
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append('|')
print(results)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float('inf')
print([safe_div(1, b) for b in [1, 2, 0, 4]])
i = 0
while True:
    try:
        i += 1
        if i == 5:
            raise StopIteration
    except StopIteration:
        break
print('stopped at', i)
