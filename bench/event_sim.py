# Scheduler-like simulation with many small objects: a discrete event
# simulation of a bank with several tellers, driven by a heapq event queue.
# Customers arrive, wait in per-teller FIFO queues (collections.deque), get
# served and leave; the program reports waiting-time statistics.
# Size: N customers.
import sys
import heapq
from collections import deque

N = 100000
if len(sys.argv) > 1:
    N = int(sys.argv[1])
TELLERS = 7


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7fffffff
        return (self.state >> 8) % bound


class Customer:
    __slots__ = ("ident", "arrival", "service", "start")

    def __init__(self, ident, arrival, service):
        self.ident = ident
        self.arrival = arrival
        self.service = service
        self.start = 0


class Event:
    __slots__ = ("time", "seq", "kind", "data")

    def __init__(self, time, seq, kind, data):
        self.time = time
        self.seq = seq
        self.kind = kind
        self.data = data

    def __lt__(self, other):
        if self.time != other.time:
            return self.time < other.time
        return self.seq < other.seq


class Teller:
    def __init__(self, ident):
        self.ident = ident
        self.queue = deque()
        self.busy = False
        self.served = 0
        self.busy_time = 0


class Bank:
    def __init__(self, n_customers, rng):
        self.rng = rng
        self.events = []
        self.seq = 0
        self.now = 0
        self.tellers = [Teller(i) for i in range(TELLERS)]
        self.total_wait = 0
        self.max_wait = 0
        self.done = 0
        self.max_queue = 0
        t = 0
        for i in range(n_customers):
            t += rng.next(20)
            self.schedule(t, "arrive", Customer(i, t, 20 + rng.next(80)))

    def schedule(self, time, kind, data):
        self.seq += 1
        heapq.heappush(self.events, Event(time, self.seq, kind, data))

    def pick_teller(self):
        best = self.tellers[0]
        for t in self.tellers:
            if len(t.queue) + t.busy < len(best.queue) + best.busy:
                best = t
        return best

    def start_service(self, teller):
        c = teller.queue.popleft()
        c.start = self.now
        wait = self.now - c.arrival
        self.total_wait += wait
        if wait > self.max_wait:
            self.max_wait = wait
        teller.busy = True
        teller.busy_time += c.service
        self.schedule(self.now + c.service, "leave", teller)

    def run(self):
        while self.events:
            ev = heapq.heappop(self.events)
            self.now = ev.time
            if ev.kind == "arrive":
                teller = self.pick_teller()
                teller.queue.append(ev.data)
                if len(teller.queue) > self.max_queue:
                    self.max_queue = len(teller.queue)
                if not teller.busy:
                    self.start_service(teller)
            else:
                teller = ev.data
                teller.busy = False
                teller.served += 1
                self.done += 1
                if teller.queue:
                    self.start_service(teller)


bank = Bank(N, Rng(7))
bank.run()
print(bank.done, bank.now, bank.total_wait, bank.max_wait, bank.max_queue)
print([t.served for t in bank.tellers])
