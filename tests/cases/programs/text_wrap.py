def wrap(text, width):
    lines, cur = [], ''
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + ' ' + w if cur else w
    if cur:
        lines.append(cur)
    return lines
t = ('MicroPython is a lean and efficient implementation of the Python 3 programming '
     'language that includes a small subset of the Python standard library')
for width in (20, 35):
    for line in wrap(t, width):
        print('|' + ('{:<%d}' % width).format(line) + '|')
    print()
