# helper: shared mutable state
count = 0
log = []
