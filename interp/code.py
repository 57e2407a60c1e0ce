"""Code objects: the compiler's output, the VM's input."""
from rpython.rlib import jit
from interp.objects.root import W_Root, TypeDef
from interp import bytecode


class W_Code(W_Root):
    _immutable_fields_ = ['co_name', 'co_qualname', 'co_filename', 'co_firstlineno',
                          'co_code', 'co_consts_w[*]', 'co_names[*]', 'co_varnames[*]',
                          'co_cellvars', 'co_freevars', 'co_argcount',
                          'co_posonlyargcount', 'co_kwonlyargcount', 'co_flags',
                          'co_nlocals', 'co_stacksize', 'co_lnotab',
                          'co_exctable', 'cell2arg[*]', 'ncells']

    def __init__(self, name, qualname, filename, firstlineno, code, consts_w, names,
                 varnames, cellvars, freevars, argcount, posonlyargcount,
                 kwonlyargcount, flags, stacksize, lnotab, exctable):
        self.co_name = name
        self.co_qualname = qualname
        self.co_filename = filename
        self.co_firstlineno = firstlineno
        self.co_code = code
        # fixed-size copies: with the [*] above, a trace reads names and
        # constants as constants (attribute and global lookups then fold)
        self.co_consts_w = [w for w in consts_w]
        self.co_names = [n for n in names]
        self.co_varnames = [n for n in varnames]
        self.co_cellvars = cellvars
        self.co_freevars = freevars
        self.co_argcount = argcount
        self.co_posonlyargcount = posonlyargcount
        self.co_kwonlyargcount = kwonlyargcount
        self.co_flags = flags
        self.co_nlocals = len(varnames)
        self.co_stacksize = stacksize
        self.co_lnotab = lnotab         # flat list: pc0, line0, pc1, line1, ...
        self.co_exctable = exctable     # flat list: start, end, handler, depth, ...
        self.ncells = len(cellvars) + len(freevars)
        # cellvars that are also arguments start out holding the argument
        cell2arg = [-1] * len(cellvars)
        for i in range(len(cellvars)):
            for j in range(len(varnames)):
                if varnames[j] == cellvars[i]:
                    cell2arg[i] = j
        self.cell2arg = cell2arg

    def getclass(self, space):
        return space.w_code

    def is_generator(self):
        return (self.co_flags & (bytecode.CO_GENERATOR | bytecode.CO_COROUTINE |
                                 bytecode.CO_ASYNC_GENERATOR)) != 0

    def total_args(self):
        n = self.co_argcount + self.co_kwonlyargcount
        if self.co_flags & bytecode.CO_VARARGS:
            n += 1
        if self.co_flags & bytecode.CO_VARKEYWORDS:
            n += 1
        return n

    @jit.elidable
    def line_for_pc(self, pc):
        lnotab = self.co_lnotab
        line = self.co_firstlineno
        i = 0
        while i < len(lnotab):
            if lnotab[i] > pc:
                break
            line = lnotab[i + 1]
            i += 2
        return line

    @jit.elidable
    def find_handler(self, pc):
        """(handler pc, stack depth) of the innermost handler covering pc, or (-1, 0)."""
        t = self.co_exctable
        i = 0
        while i < len(t):
            if t[i] <= pc < t[i + 1]:
                return t[i + 2], t[i + 3]
            i += 4
        return -1, 0


code_typedef = TypeDef('code', W_Code, acceptable_as_base=False)


@code_typedef.method('__repr__', 0)
def code_repr(space, w_self):
    return space.newtext('<code object %s, file "%s", line %d>' %
                         (w_self.co_name, w_self.co_filename, w_self.co_firstlineno))
