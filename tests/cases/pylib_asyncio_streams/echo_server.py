# A TCP echo server and two clients in one program, on loopback.
import asyncio
import errno

log = []

async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    log.append('server: client from %s' % peer[0])
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    log.append('server: client done')
    writer.close()
    await writer.wait_closed()

async def client(port, n):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    out = []
    for i in range(3):
        writer.write(b'hello %d from %d\n' % (i, n))
        await writer.drain()
        out.append(await reader.readline())
    writer.write(b'abc')
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    return out

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    res = await asyncio.gather(client(port, 1), client(port, 2))
    for r in res:
        print(r)
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()
    for l in sorted(log):
        print(l)
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except OSError as e:
        print('refused', e.errno == errno.ECONNREFUSED)

asyncio.run(main())
print('done')
