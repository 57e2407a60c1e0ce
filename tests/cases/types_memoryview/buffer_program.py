# fill a frame buffer through row views, as code for displays does
W, H = 8, 4
fb = bytearray(W * H)
mv = memoryview(fb)
rows = [mv[y * W:(y + 1) * W] for y in range(H)]
for y, row in enumerate(rows):
    for x in range(W):
        row[x] = 35 if (x + y) % 3 == 0 else 46
for y in range(H):
    print(bytes(mv[y * W:(y + 1) * W]).decode())
rows[1][2:6] = b'    '
print(fb[W:2 * W])
checksum = 0
for v in mv:
    checksum = (checksum * 31 + v) & 0xffff
print(checksum)
