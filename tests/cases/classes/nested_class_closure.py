def make_class(prefix):
    class Greeter:
        count = 0
        def __init__(self, name):
            self.name = name
            Greeter.count += 1
        def greet(self):
            return prefix + ', ' + self.name
    return Greeter
Hello = make_class('Hello')
Hi = make_class('Hi')
print(Hello('ann').greet(), Hi('bob').greet(), Hello('cy').greet())
print(Hello.count, Hi.count, Hello is Hi)
class Outer:
    class Inner:
        val = 'inner'
        def get(self):
            return self.val
    def make(self):
        return self.Inner()
print(Outer().make().get(), Outer.Inner.val)
