"""CodeBuilder: collects instructions with labels, line numbers, stack depths
and exception handlers, then assembles them into a W_Code."""
from rpython.rlib.rstring import StringBuilder
from interp import bytecode as bc
from interp.code import W_Code


class Label(object):
    def __init__(self):
        self.pc = -1
        self.depth = -1         # stack depth on entry, once known
        self.index = -1         # instruction index where the label was placed


class Instr(object):
    def __init__(self, op, arg, target, lineno, handler, handler_depth):
        self.op = op
        self.arg = arg
        self.target = target            # Label for jumps, else None
        self.lineno = lineno
        self.handler = handler          # Label of the active exception handler or None
        self.handler_depth = handler_depth
        self.pc = 0


UNCONDITIONAL = [bc.JUMP, bc.RETURN_VALUE, bc.RAISE_VARARGS, bc.RERAISE,
                 bc.POP_EXCEPT_AND_RERAISE]


class CodeBuilder(object):
    def __init__(self, name, qualname, filename, firstlineno):
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstlineno = firstlineno
        self.instrs = []
        self.labels = []
        self.consts_w = []
        self.const_keys = {}
        self.names = []
        self.name_index = {}
        self.varnames = []
        self.var_index = {}
        self.cellvars = []
        self.freevars = []
        self.depth = 0
        self.maxdepth = 0
        self.lineno = firstlineno
        self.handler = None
        self.handler_depth = 0
        self.dead = False       # after an unconditional jump, until the next label
        self.last_op = 0

    # ____________________________________________________________

    def new_label(self):
        label = Label()
        self.labels.append(label)
        return label

    def mark(self, label):
        label.index = len(self.instrs)
        if self.dead or label.depth >= 0:
            if label.depth >= 0:
                self.depth = label.depth
        else:
            label.depth = self.depth
        self.dead = False

    def set_depth(self, depth):
        self.depth = depth
        if depth > self.maxdepth:
            self.maxdepth = depth

    def _adjust(self, delta):
        self.depth += delta
        if self.depth < 0:
            # a compiler bug; report it as a SyntaxError rather than crash
            from interp.parser import ParseError
            raise ParseError("internal compiler error: stack depth %d after op %d in %s"
                             % (self.depth, self.last_op, self.name), self.lineno, 0)
        if self.depth > self.maxdepth:
            self.maxdepth = self.depth

    def emit(self, op, arg=0):
        self.last_op = op
        self.instrs.append(Instr(op, arg, None, self.lineno, self.handler,
                                 self.handler_depth))
        if op == bc.FOR_ITER:
            raise AssertionError("use emit_jump for FOR_ITER")
        self._adjust(bc.stack_effect(op, arg))
        if op in UNCONDITIONAL:
            self.dead = True

    def emit_jump(self, op, label):
        self.instrs.append(Instr(op, 0, label, self.lineno, self.handler,
                                 self.handler_depth))
        # depth on the jump path
        if op == bc.JUMP:
            jdepth = self.depth
        elif op == bc.POP_JUMP_IF_FALSE or op == bc.POP_JUMP_IF_TRUE:
            jdepth = self.depth - 1
        elif op == bc.JUMP_IF_FALSE_OR_POP or op == bc.JUMP_IF_TRUE_OR_POP:
            jdepth = self.depth
        elif op == bc.FOR_ITER:
            jdepth = self.depth - 1
        elif op == bc.JUMP_IF_NOT_EXC_MATCH:
            jdepth = self.depth - 1
        else:
            raise AssertionError("not a jump")
        if label.depth < 0:
            label.depth = jdepth
        if op == bc.JUMP:
            self.dead = True
        elif op == bc.FOR_ITER:
            self._adjust(1)
        else:
            self._adjust(bc.stack_effect(op, 0))

    # ____________________________________________________________

    def add_const(self, w_value, key):
        """key distinguishes equal-looking constants of different types (1, 1.0, True)."""
        idx = self.const_keys.get(key, -1)
        if idx < 0:
            idx = len(self.consts_w)
            self.consts_w.append(w_value)
            self.const_keys[key] = idx
        return idx

    def add_const_nodedup(self, w_value):
        self.consts_w.append(w_value)
        return len(self.consts_w) - 1

    def add_name(self, name):
        idx = self.name_index.get(name, -1)
        if idx < 0:
            idx = len(self.names)
            self.names.append(name)
            self.name_index[name] = idx
        return idx

    def add_varname(self, name):
        idx = self.var_index.get(name, -1)
        if idx < 0:
            idx = len(self.varnames)
            self.varnames.append(name)
            self.var_index[name] = idx
        return idx

    # ____________________________________________________________

    def _instr_size(self, instr):
        arg = instr.arg
        if instr.target is not None:
            arg = instr.target.pc
        n = 3
        while arg > 0xFFFF:
            n += 3
            arg >>= 16
        return n

    def assemble(self, argcount, posonlyargcount, kwonlyargcount, flags):
        instrs = self.instrs
        # label positions -> pcs; iterate since EXTENDED_ARG sizes depend on them
        for label in self.labels:
            label.pc = 0
        changed = True
        total = 0
        while changed:
            changed = False
            pc = 0
            label_at = {}
            for i in range(len(instrs)):
                instrs[i].pc = pc
                pc += self._instr_size(instrs[i])
            total = pc
            for label in self.labels:
                if label.index < 0:
                    continue
                if label.index < len(instrs):
                    newpc = instrs[label.index].pc
                else:
                    newpc = total
                if newpc != label.pc:
                    label.pc = newpc
                    changed = True
        b = StringBuilder(total)
        lnotab = []
        lastline = -1
        for instr in instrs:
            arg = instr.arg
            if instr.target is not None:
                arg = instr.target.pc
            if instr.lineno != lastline:
                lnotab.append(instr.pc)
                lnotab.append(instr.lineno)
                lastline = instr.lineno
            self._emit_bytes(b, instr.op, arg)
        code = b.build()
        # exception table: consecutive instructions with the same handler form a range
        exctable = []
        i = 0
        n = len(instrs)
        while i < n:
            h = instrs[i].handler
            if h is None:
                i += 1
                continue
            start = instrs[i].pc
            depth = instrs[i].handler_depth
            j = i
            while j < n and instrs[j].handler is h and instrs[j].handler_depth == depth:
                j += 1
            end = instrs[j].pc if j < n else total
            exctable.append(start)
            exctable.append(end)
            exctable.append(h.pc)
            exctable.append(depth)
            i = j
        return W_Code(self.name, self.qualname, self.filename, self.firstlineno, code,
                      self.consts_w, self.names, self.varnames, self.cellvars,
                      self.freevars, argcount, posonlyargcount, kwonlyargcount, flags,
                      self.maxdepth + 1, lnotab, exctable)

    def _emit_bytes(self, b, op, arg):
        if arg > 0xFFFF:
            self._emit_bytes(b, bc.EXTENDED_ARG, arg >> 16)
            arg &= 0xFFFF
        b.append(chr(op))
        b.append(chr(arg & 0xFF))
        b.append(chr((arg >> 8) & 0xFF))
