# module functions use their module's globals, not the importer's
import _imp_globals as g
from _imp_globals import counter, bump, items
counter = 100
print(bump(), bump(), g.counter, counter)
print(g.get_counter())
g.counter = 50
print(bump(), g.get_counter())
print(g.add('a'), g.add('b'), items)
print(items is g.items)
g.set_global('dyn', 'dynamic')
print(g.dyn, g.read_global('dyn'), g.read_global('nope'))
print('dyn' in globals())
print(bump.__globals__ is g.__dict__ if hasattr(bump, '__globals__') else True)
