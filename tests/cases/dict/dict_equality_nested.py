a = {'x': 1, 'y': [1, 2]}
b = {'y': [1, 2], 'x': 1}
print(a == b, a != b, a == {'x': 1})
nested = {'outer': {'inner': {'deep': 42}}}
print(nested['outer']['inner']['deep'])
nested['outer']['new'] = [1, {'k': 'v'}]
print(nested)
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d'], 'd': []}
def dfs(g, start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for n in g[start]:
        if n not in seen:
            dfs(g, n, seen)
    return seen
print(dfs(graph, 'a'))
