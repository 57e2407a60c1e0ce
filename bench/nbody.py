# Float numerics: a 5-body gravitational simulation (the Sun and four gas
# giants, leapfrog-style integration), reporting the energy before and after.
# Size: N time steps.
import sys

N = 100000
if len(sys.argv) > 1:
    N = int(sys.argv[1])

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.pos = [x, y, z]
        self.vel = [vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR]
        self.mass = mass * SOLAR_MASS


def make_system():
    sun = Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    jupiter = Body(4.84143144246472090e+00, -1.16032004402742839e+00,
                   -1.03622044471123109e-01, 1.66007664274403694e-03,
                   7.69901118419740425e-03, -6.90460016972063023e-05,
                   9.54791938424326609e-04)
    saturn = Body(8.34336671824457987e+00, 4.12479856412430479e+00,
                  -4.03523417114321381e-01, -2.76742510726862411e-03,
                  4.99852801234917238e-03, 2.30417297573763929e-05,
                  2.85885980666130812e-04)
    uranus = Body(1.28943695621391310e+01, -1.51111514016986312e+01,
                  -2.23307578892655734e-01, 2.96460137564761618e-03,
                  2.37847173959480950e-03, -2.96589568540237556e-05,
                  4.36624404335156298e-05)
    neptune = Body(1.53796971148509165e+01, -2.59193146099879641e+01,
                   1.79258772950371181e-01, 2.68067772490389322e-03,
                   1.62824170038242295e-03, -9.51592254519715870e-05,
                   5.15138902046611451e-05)
    bodies = [sun, jupiter, saturn, uranus, neptune]
    px = py = pz = 0.0
    for b in bodies:
        px += b.vel[0] * b.mass
        py += b.vel[1] * b.mass
        pz += b.vel[2] * b.mass
    sun.vel = [-px / SOLAR_MASS, -py / SOLAR_MASS, -pz / SOLAR_MASS]
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        vx, vy, vz = b.vel
        e += 0.5 * b.mass * (vx * vx + vy * vy + vz * vz)
        for j in range(i + 1, n):
            c = bodies[j]
            dx = b.pos[0] - c.pos[0]
            dy = b.pos[1] - c.pos[1]
            dz = b.pos[2] - c.pos[2]
            e -= b.mass * c.mass / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for b, c in pairs:
            bp = b.pos
            cp = c.pos
            dx = bp[0] - cp[0]
            dy = bp[1] - cp[1]
            dz = bp[2] - cp[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            bm = b.mass * mag
            cm = c.mass * mag
            bv = b.vel
            cv = c.vel
            bv[0] -= dx * cm
            bv[1] -= dy * cm
            bv[2] -= dz * cm
            cv[0] += dx * bm
            cv[1] += dy * bm
            cv[2] += dz * bm
        for b in bodies:
            p = b.pos
            v = b.vel
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]


bodies = make_system()
pairs = []
for i in range(len(bodies)):
    for j in range(i + 1, len(bodies)):
        pairs.append((bodies[i], bodies[j]))
print("%.9f" % energy(bodies))
advance(bodies, pairs, 0.01, N)
print("%.9f" % energy(bodies))
