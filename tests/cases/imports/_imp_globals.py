# helper: module-level state changed through functions
counter = 0
items = []

def bump():
    global counter
    counter += 1
    return counter

def add(x):
    items.append(x)
    return len(items)

def get_counter():
    return counter

def set_global(name, value):
    globals()[name] = value

def read_global(name):
    return globals().get(name, 'absent')
