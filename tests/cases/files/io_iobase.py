# io.IOBase as the base of a Python-defined stream
import io


class Lines(io.IOBase):
    def __init__(self, lines):
        self.lines = list(lines)
        self.closed_flag = False

    def readline(self):
        return self.lines.pop(0) if self.lines else ''

    def close(self):
        self.closed_flag = True


s = Lines(['one\n', 'two\n', 'three'])
print(isinstance(s, io.IOBase))
for line in s:
    print(repr(line))
with Lines(['x\n']) as t:
    print('inside', t.readline())
print(t.closed_flag)


class Sink(io.IOBase):
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)
        return len(data)


out = Sink()
print('hello', 42, file=out)
print('a', 'b', sep='-', end='!', file=out)
print(''.join(out.parts))
print(out.flush())
print(next(iter(Lines(['only\n']))))
try:
    next(Lines([]))
except StopIteration:
    print('StopIteration')
