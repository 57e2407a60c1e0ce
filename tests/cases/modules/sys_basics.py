import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1)
print(sys.maxsize > 2 ** 31, type(sys.path).__name__)
print(sys.byteorder in ('little', 'big'))
print(hasattr(sys, 'stdout'), hasattr(sys, 'exit'))
sys.stdout.write('written\n')
print('__main__' in sys.modules, __name__)
print(sys.implementation.name in ('cpython', 'micropython'))
