class Queue:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop(0)
    def __len__(self):
        return len(self.items)
def bfs(grid, start, goal):
    rows, cols = len(grid), len(grid[0])
    q = Queue()
    q.push((start, 0))
    seen = {start}
    while q:
        (r, c), d = q.pop()
        if (r, c) == goal:
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == '.' and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.push(((nr, nc), d + 1))
    return -1
grid = ['.....',
        '.###.',
        '...#.',
        '.#...',
        '.#.#.']
print(bfs(grid, (0, 0), (4, 4)), bfs(grid, (0, 0), (2, 2)), bfs(grid, (4, 0), (4, 2)))
