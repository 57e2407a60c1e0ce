class Upper:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, owner):
        if obj is None: return self
        return obj.__dict__.get(self.name, '').upper()
    def __set__(self, obj, v): obj.__dict__[self.name] = v
class Tagged(int):
    label = Upper()
t = Tagged(5)
t.label = 'five'
print(t, t.label, t + 1, t._label)
class Named(list):
    title = Upper()
    @property
    def size(self): return len(self)
n = Named([1, 2])
n.title = 'abc'
print(n.title, n.size, n, n.__dict__)
class SD(dict):
    @property
    def keys_sorted(self): return sorted(self)
    @staticmethod
    def make(): return SD(z=1, a=2)
    @classmethod
    def cm(cls): return cls.__name__
print(SD.make().keys_sorted, SD.cm(), SD().cm())
