print(format(3.14159, '.2f'), format(42, '08b'), format(255, 'x'), format('hi', '*^8'))
print(format(1234567, ','), format(-5, '+'), format(0.5, '%'), format(7))
class F:
    def __format__(self, spec):
        return 'F<%s>' % spec
print(format(F(), 'xyz'), '{:abc}'.format(F()), f'{F():q}')
