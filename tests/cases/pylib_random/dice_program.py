# a small simulation: deterministic within one run after seeding
import random

def play(seed):
    random.seed(seed)
    deck = [(r, s) for s in 'SHDC' for r in range(1, 14)]
    random.shuffle(deck)
    hand = deck[:5]
    rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(100)]
    return hand, rolls

h1, r1 = play(2024)
h2, r2 = play(2024)
print(h1 == h2, r1 == r2)
print(len(h1), len(set(h1)) == 5, all(2 <= r <= 12 for r in r1))
sevens = 0
random.seed(5)
for _ in range(1800):
    if random.randint(1, 6) + random.randint(1, 6) == 7:
        sevens += 1
print(200 < sevens < 400)
walk = 0
for _ in range(500):
    walk += random.choice((-1, 1))
print(-150 < walk < 150, walk % 2 == 0)
