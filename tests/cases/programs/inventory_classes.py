class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    @property
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return 'Item(%s)' % self.name
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item
        return self
    def remove(self, name, qty):
        it = self.items.get(name)
        if it is None:
            raise KeyError(name)
        if it.qty < qty:
            raise ValueError('not enough ' + name)
        it.qty -= qty
        if it.qty == 0:
            del self.items[name]
    def value(self):
        return sum(i.total for i in self.items.values())
inv = Inventory()
inv.add(Item('bolt', 2, 100)).add(Item('nut', 1, 250)).add(Item('bolt', 2, 20))
print(sorted(inv.items.values(), key=lambda i: i.name), inv.value())
for name, q in [('nut', 50), ('gear', 1), ('bolt', 500), ('bolt', 120)]:
    try:
        inv.remove(name, q)
        print('removed', q, name)
    except (KeyError, ValueError) as e:
        print(type(e).__name__)
print(inv.items, inv.value())
