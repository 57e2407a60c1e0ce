# Exceptions in loops: try/except as control flow -- dict lookups that
# miss, int() parse failures, custom exception classes raised from nested
# calls, finally blocks, and StopIteration from next().
# Size: N loop iterations.
import sys

N = 400000
if len(sys.argv) > 1:
    N = int(sys.argv[1])


class AppError(Exception):
    pass


class Retry(AppError):
    def __init__(self, attempts):
        AppError.__init__(self, attempts)
        self.attempts = attempts


def parse(tok):
    try:
        return int(tok)
    except ValueError:
        return -1


def risky(i):
    if i % 7 == 0:
        raise Retry(i % 5)
    if i % 11 == 0:
        raise AppError("bad")
    return i


def deep(i, depth):
    if depth == 0:
        return risky(i)
    return deep(i, depth - 1)


def main(n):
    table = {}
    for i in range(0, 1000, 3):
        table[i] = i * i
    hits = misses = parsed = bad = retries = apperr = fin = stops = 0
    tokens = ["12", "x7", "305", "", "4a", "99"]
    for i in range(n):
        try:
            hits += table[i % 1000]
        except KeyError:
            misses += 1
        v = parse(tokens[i % len(tokens)])
        if v < 0:
            bad += 1
        else:
            parsed += v
        try:
            try:
                deep(i, 3)
            finally:
                fin += 1
        except Retry as e:
            retries += e.attempts
        except AppError:
            apperr += 1
        if i % 10 == 0:
            it = iter(())
            try:
                next(it)
            except StopIteration:
                stops += 1
    print(hits, misses, parsed, bad, retries, apperr, fin, stops)


main(N)
