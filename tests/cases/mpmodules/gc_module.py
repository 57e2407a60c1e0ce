import gc
gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
a = gc.mem_alloc()
f = gc.mem_free()
print(type(a).__name__, type(f).__name__, a > 0, f >= 0)
big = [bytearray(1000) for _ in range(1000)]
print(len(big))
del big
gc.collect()
print(gc.threshold())
gc.threshold(4096)
print(gc.threshold())
