# MicroPython's Stream wraps any pollable stream, not only sockets: here a
# file (always ready), in binary and in text mode.
import asyncio


async def main():
    s = asyncio.StreamReader(open(__file__, 'rb'))
    first = await s.readline()
    print(first)
    print(await s.readexactly(10))
    rest = await s.read()
    print(len(rest) > 100, rest.endswith(b"print('done')\n"))
    print(await s.read(), await s.readline())

    t = asyncio.StreamReader(open(__file__))
    n = 0
    while True:
        line = await t.readline()
        if not line:
            break
        n += 1
    print('lines', n, type(line).__name__)


asyncio.run(main())
print('done')
