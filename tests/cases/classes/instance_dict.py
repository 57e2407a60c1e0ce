class C:
    def __init__(self):
        self.a = 1
        self.b = 'two'
c = C()
print(sorted(c.__dict__.items()))
c.__dict__['z'] = 26
print(c.z)
print(sorted(vars(c)))
