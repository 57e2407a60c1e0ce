# a script importing itself by file name gets a second, separate module
import sys
print('running as', __name__)
if __name__ == '__main__':
    import imp_self_import as me
    print(me.__name__, me is sys.modules['__main__'])
    print('imp_self_import' in sys.modules)
    print(me.VALUE is not None)
VALUE = 'set'
