# asyncio: many tasks passing messages through hand-made mailboxes (a deque
# plus an asyncio.Event each; asyncio.Queue is not in MicroPython), yielding
# with asyncio.sleep(0); a ring of workers forwards tokens, and gather
# collects the results.
# Size: N messages injected into the ring.
import sys
import asyncio
from collections import deque

N = 60000
if len(sys.argv) > 1:
    N = int(sys.argv[1])
WORKERS = 50


class Mailbox:
    def __init__(self):
        self.items = deque()
        self.event = asyncio.Event()

    def put(self, item):
        self.items.append(item)
        self.event.set()

    async def get(self):
        while not self.items:
            self.event.clear()
            await self.event.wait()
        return self.items.popleft()


async def worker(ident, inbox, outbox, results):
    handled = 0
    acc = 0
    while True:
        msg = await inbox.get()
        if msg is None:
            outbox.put(None)
            break
        hops, value = msg
        handled += 1
        acc = (acc * 31 + value) % 1000003
        if handled % 8 == 0:
            await asyncio.sleep(0)
        if hops > 0:
            outbox.put((hops - 1, (value * 7 + ident) % 65521))
        else:
            results.append(value)
    return ident, handled, acc


async def producer(inbox, n):
    for i in range(n):
        inbox.put((i % 17, i))
        if i % 100 == 0:
            await asyncio.sleep(0)
    return n


async def main(n):
    boxes = [Mailbox() for _ in range(WORKERS)]
    results = []
    tasks = [asyncio.create_task(worker(i, boxes[i], boxes[(i + 1) % WORKERS], results))
             for i in range(WORKERS)]
    sent = await producer(boxes[0], n)
    while len(results) < sent:
        await asyncio.sleep(0)
    boxes[0].put(None)
    stats = await asyncio.gather(*tasks)
    handled = sum(s[1] for s in stats)
    acc = 0
    for s in stats:
        acc = (acc * 17 + s[2]) % 1000000007
    print(sent, len(results), handled, acc, sum(results) % 1000003)


asyncio.run(main(N))
