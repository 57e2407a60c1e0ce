# helper: imports a module that raises, catches it
try:
    import _imp_raises
    OK = True
except ValueError:
    OK = False
