import struct

# native mode: x86-64 Linux sizes, each item aligned to its own size
for code in 'xcbB?hHiIlLqQnNefdspP':
    print(code, struct.calcsize(code), struct.calcsize('@' + code),
          struct.calcsize('b' + code), struct.calcsize('3' + code))
for fmt in ['bh', 'bi', 'bq', 'hb', 'ib', 'bhi', 'bd', 'be', 'bf', 'bP', 'bn',
            'b0i', 'b0q', 'ci', 'ciq', '?d', '3sq', '5pi', 'xh', '3xi', 'hhb',
            'qb', 'bqb', 'iq?', 'eee', 'bhbibq']:
    print(fmt, struct.calcsize(fmt))
