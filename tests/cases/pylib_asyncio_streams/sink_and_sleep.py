# Tasks sleeping and tasks waiting for the network share the loop; a server
# task with a callback that is a plain function, and a refused connection.
import asyncio
import errno

received = []


async def consume(reader, writer):
    total = 0
    while True:
        data = await reader.read(65536)
        if not data:
            break
        total += len(data)
    received.append(total)
    writer.close()


def on_client(reader, writer):
    # a plain function: it starts the coroutine itself
    asyncio.get_event_loop().create_task(consume(reader, writer))


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.01)
    return n


async def sender(port, size):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    chunk = b'x' * 1000
    sent = 0
    while sent < size:
        writer.write(chunk)
        await writer.drain()
        sent += len(chunk)
    writer.close()
    await writer.wait_closed()
    return sent


async def main():
    server = await asyncio.start_server(on_client, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    res = await asyncio.gather(ticker(5), sender(port, 8000), sender(port, 3000))
    print(res)
    while len(received) < 2:
        await asyncio.sleep(0.01)
    print(sorted(received))
    server.close()
    await server.wait_closed()
    await asyncio.sleep(0.01)
    try:
        await asyncio.open_connection('127.0.0.1', port)
        print('connected?')
    except OSError as e:
        print('refused after close', e.errno == errno.ECONNREFUSED)


asyncio.run(main())
print('done')
