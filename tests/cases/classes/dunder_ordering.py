class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
        self.s = s
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __repr__(self):
        return self.s
vs = [Version(s) for s in ['1.10', '1.2', '0.9.9', '1.2.1', '2.0']]
print(sorted(vs), max(vs), min(vs))
print(Version('1.0') < Version('1.1'), Version('2.0') >= Version('2.0'), Version('3') > Version('2.9'))
print(Version('1.0') <= Version('0.9'), Version('1.2') == Version('1.2'))
print(sorted(vs, reverse=True))
