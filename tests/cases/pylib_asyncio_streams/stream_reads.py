# StreamReader methods over a loopback connection: read(n), read() to the end,
# readexactly, readline, async iteration; a read cancelled by wait_for; a
# write larger than the socket buffers (small ones here), which drain() has to
# finish; the server as an async context manager.
import asyncio
import socket

BIG = bytes(range(256)) * 64        # 16 KiB (more is slow untranslated)


def small_buffers(stream):
    s = stream.get_extra_info('socket')
    s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 2048)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 2048)


async def handle(reader, writer):
    cmd = await reader.readline()
    if cmd == b'lines\n':
        writer.write(b'one\ntwo\nthree\n')
        await writer.drain()
    elif cmd == b'big\n':
        small_buffers(writer)
        writer.write(BIG)
        await writer.drain()
    elif cmd == b'bytes\n':
        writer.write(b'0123456789abcdef')
        await writer.drain()
    elif cmd == b'sink\n':
        small_buffers(writer)
        n = 0
        while True:
            data = await reader.read(1000)
            if not data:
                break
            n += len(data)
        print('server got', n)
    elif cmd == b'slow\n':
        await asyncio.sleep(0.2)
        writer.write(b'late')
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def request(port, cmd):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(cmd + b'\n')
    await writer.drain()
    return reader, writer


async def main():
    async with await asyncio.start_server(handle, '127.0.0.1', 0) as server:
        port = server.sockets[0].getsockname()[1]

        r, w = await request(port, b'lines')
        print(w.get_extra_info('peername') == ('127.0.0.1', port))
        print(await r.readline())
        async for line in r:
            print('line', line)
        print(await r.readline())
        w.close()
        await w.wait_closed()

        r, w = await request(port, b'bytes')
        print(await r.readexactly(4))
        got = b''
        while len(got) < 6:
            got += await r.read(6 - len(got))
        print(got)
        print(await r.read())
        print(await r.read())
        w.close()
        await w.wait_closed()

        r, w = await request(port, b'bytes')
        try:
            await r.readexactly(100)
        except EOFError:
            print('readexactly: EOFError')
        w.close()
        await w.wait_closed()

        r, w = await request(port, b'big')
        small_buffers(w)
        data = await r.read()
        print(len(data), data == BIG)
        w.close()
        await w.wait_closed()

        # the client sends 16 KiB, the server counts it
        r, w = await request(port, b'sink')
        small_buffers(w)
        w.write(BIG)
        await w.drain()
        w.close()
        await w.wait_closed()
        await asyncio.sleep(0.1)

        r, w = await request(port, b'slow')
        try:
            await asyncio.wait_for(r.read(10), 0.05)
        except asyncio.TimeoutError:
            print('read timed out')
        print(await r.read(10))
        w.close()
        await w.wait_closed()
    print('server closed')


asyncio.run(main())
print('done')
