import struct

for fmt in ['0s', '4s', '10s', '3i', '0i', '2h3b', '10x', '  i', 'i  i',
            'i\ti', 'h\nh', '< i h', '> 2h 3s', '3s 4p', '  ', '', '<', '@', '!',
            '12c', '100x', '0x', '255p', '2e', '<7d', 'i 0q', '@i 0q']:
    print(repr(fmt), struct.calcsize(fmt))
