import sys
print('start')
try:
    sys.exit(0)
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    raise SystemExit(5)
except SystemExit as e:
    print('code', e.code)
print('exiting')
sys.exit()
print('not reached')
