# Dict- and set-heavy code: a pseudo-random sparse directed graph stored as
# a dict of adjacency lists; breadth-first search from several sources
# (deque + visited set), connected components of the undirected version and
# degree statistics.  Size: N vertices (about 4 edges per vertex).
import sys
from collections import deque

N = 60000
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def make_graph(n, seed):
    adj = {}
    s = seed
    for v in range(n):
        adj[v] = []
    for v in range(n):
        s = (s * 1103515245 + 12345) & 0x7fffffff
        deg = 1 + (s >> 10) % 7
        for _ in range(deg):
            s = (s * 1103515245 + 12345) & 0x7fffffff
            if (s >> 20) & 1:
                u = (v + 1 + (s >> 4) % 50) % n
            else:
                u = (s >> 3) % n
            adj[v].append(u)
    return adj


def bfs(adj, src):
    dist = {src: 0}
    queue = deque([src])
    while queue:
        v = queue.popleft()
        d = dist[v] + 1
        for u in adj[v]:
            if u not in dist:
                dist[u] = d
                queue.append(u)
    return dist


def components(adj):
    und = {v: set() for v in adj}
    for v, outs in adj.items():
        for u in outs:
            und[v].add(u)
            und[u].add(v)
    seen = set()
    sizes = []
    for v in und:
        if v in seen:
            continue
        seen.add(v)
        stack = [v]
        size = 0
        while stack:
            x = stack.pop()
            size += 1
            for y in und[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        sizes.append(size)
    return sizes


def main(n):
    adj = make_graph(n, 99)
    edges = sum(len(v) for v in adj.values())
    for src in (0, n // 3, n // 2):
        dist = bfs(adj, src)
        far = max(dist.values())
        print(src, len(dist), far, sum(dist.values()))
    sizes = components(adj)
    indeg = {}
    for outs in adj.values():
        for u in outs:
            indeg[u] = indeg.get(u, 0) + 1
    print(edges, len(sizes), max(sizes), max(indeg.values()), n - len(indeg))


main(N)
