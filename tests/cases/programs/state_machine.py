TRANSITIONS = {
    ('idle', 'coin'): 'ready',
    ('ready', 'push'): 'vending',
    ('vending', 'done'): 'idle',
    ('ready', 'refund'): 'idle',
}
def run(events):
    state = 'idle'
    trace = [state]
    for e in events:
        nxt = TRANSITIONS.get((state, e))
        if nxt is None:
            trace.append('!' + e)
            continue
        state = nxt
        trace.append(state)
    return trace
print(run(['coin', 'push', 'done']))
print(run(['push', 'coin', 'refund', 'coin', 'coin', 'push', 'done']))
