# Object-oriented code: a particle system with a small class hierarchy,
# method calls, properties and attribute access on many objects, and a
# bounding box that particles bounce off.  Integer arithmetic in fixed point
# (1/1000 units) keeps the result exact on every engine.
# Size: N simulation steps over 400 particles.
import sys

N = 1000
if len(sys.argv) > 1:
    N = int(sys.argv[1])
COUNT = 400
SIZE = 100000


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7fffffff
        return self.state % bound


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vec(self.x * k // 16, self.y * k // 16)


class Particle:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass
        self.bounces = 0

    def force(self, gravity):
        return Vec(0, gravity * self.mass)

    def step(self, gravity):
        acc = self.force(gravity)
        self.vel = self.vel.add(acc)
        self.pos = self.pos.add(self.vel)
        self.collide()

    def collide(self):
        p = self.pos
        v = self.vel
        if p.x < 0 or p.x > SIZE:
            v.x = -v.x
            p.x = min(max(p.x, 0), SIZE)
            self.bounces += 1
        if p.y < 0 or p.y > SIZE:
            v.y = -v.y
            p.y = min(max(p.y, 0), SIZE)
            self.vel = v.scaled(15)
            self.bounces += 1

    @property
    def energy(self):
        return self.mass * (self.vel.x * self.vel.x + self.vel.y * self.vel.y)


class HeavyParticle(Particle):
    def force(self, gravity):
        f = Particle.force(self, gravity)
        return Vec(f.x, f.y * 2)


class DraggedParticle(Particle):
    def step(self, gravity):
        Particle.step(self, gravity)
        self.vel = self.vel.scaled(15)


class System:
    def __init__(self, count, rng):
        self.particles = []
        kinds = (Particle, HeavyParticle, DraggedParticle)
        for i in range(count):
            pos = Vec(rng.next(SIZE), rng.next(SIZE))
            vel = Vec(rng.next(2001) - 1000, rng.next(2001) - 1000)
            self.particles.append(kinds[i % 3](pos, vel, 1 + rng.next(5)))
        self.gravity = -3

    def step(self):
        for p in self.particles:
            p.step(self.gravity)

    def stats(self):
        e = 0
        b = 0
        cx = 0
        for p in self.particles:
            e += p.energy
            b += p.bounces
            cx += p.pos.x
        return e, b, cx // len(self.particles)


system = System(COUNT, Rng(42))
for _ in range(N):
    system.step()
print(system.stats())
