"""Frames and the bytecode dispatch loop."""
from rpython.rlib import jit, rstackovf
from rpython.rlib.objectmodel import we_are_translated
from interp import bytecode as bc
from interp import ops
from interp import globalcache
from interp.error import OperationError, oefmt
from interp.gateway import Arguments
from interp.objects.root import W_Root
from interp.objects.intobject import W_Int
from interp.objects.funcobject import W_Cell, W_Function, W_Method, W_BuiltinFunction
from interp.objects.dictobject import W_Dict
from interp.objects.strobject import W_Str
from interp.objects.tupleobject import W_Tuple
from interp.objects.listobject import W_List
from interp.objects.exceptionobject import W_BaseException


def get_printable_location(pc, code):
    return '%s #%d %s' % (code.co_name, pc, bc.opnames[ord(code.co_code[pc])])


def should_unroll_one_iteration(pc, code):
    # a generator's loop reached while inlined into its consumer's trace: go
    # round once more to its yield instead of calling its own compiled loop
    # (that call leaves the generator frame marked in use by the JIT, and
    # every next() would then pay for forcing it)
    return code.is_generator()


jitdriver = jit.JitDriver(greens=['pc', 'code'], reds=['frame'],
                          virtualizables=['frame'],
                          get_printable_location=get_printable_location,
                          should_unroll_one_iteration=should_unroll_one_iteration,
                          is_recursive=True)


# True in a translation without the JIT (set by targetmicropy.py): dispatch
# then runs many instructions per call of run_steps instead of one step()
PLAIN_LOOP = False

# step()'s result when the frame returned (its value on the stack); below
# any -pc-1 of a yield
RETURNED = -(1 << 30)


class ExecutionContext(object):
    def __init__(self):
        self.w_handled = None       # the exception being handled (sys.exc_info)
        self.depth = 0
        self.topframeref = jit.vref_None


class Frame(object):
    _virtualizable_ = ['locals_w[*]', 'stack_w[*]', 'sp', 'w_globals', 'code',
                       'cells[*]', 'last_pc']
    _immutable_fields_ = ['space', 'w_locals']

    @jit.unroll_safe    # loops bounded by the code's constants
    def __init__(self, space, code, w_globals, w_locals, closure):
        self = jit.hint(self, access_directly=True, fresh_virtualizable=True)
        self.space = space
        self.code = code
        self.w_globals = w_globals
        self.w_locals = w_locals        # a W_Dict for module and class bodies
        self.locals_w = [None] * code.co_nlocals
        self.stack_w = [None] * code.co_stacksize
        self.sp = 0
        self.pc = 0
        self.last_pc = 0
        ncell = len(code.co_cellvars)
        cells = [None] * code.ncells
        for i in range(ncell):
            cells[i] = W_Cell()
        if closure is not None:
            for i in range(len(closure)):
                cells[ncell + i] = closure[i]
        self.cells = cells
        self.w_yielded = None
        self.last_tb = None             # the traceback entry this frame added last
        self.finished = False
        self.running = False

    @jit.unroll_safe
    def init_cells(self):
        """Cells of arguments start out holding the argument value."""
        code = self.code
        for i in range(len(code.cell2arg)):
            j = code.cell2arg[i]
            if j >= 0:
                self.cells[i].w_value = self.locals_w[j]

    # ____________________________________________________________
    # value stack

    # indices into the virtualizable arrays must be provably non-negative,
    # hence the asserts
    def push(self, w_value):
        sp = self.sp
        assert sp >= 0
        self.stack_w[sp] = w_value
        self.sp = sp + 1

    def pop(self):
        sp = self.sp - 1
        assert sp >= 0
        w_value = self.stack_w[sp]
        self.stack_w[sp] = None
        self.sp = sp
        return w_value

    def top(self):
        i = self.sp - 1
        assert i >= 0
        return self.stack_w[i]

    def peek(self, n):
        i = self.sp - 1 - n
        assert i >= 0
        return self.stack_w[i]

    def settop(self, w_value):
        i = self.sp - 1
        assert i >= 0
        self.stack_w[i] = w_value

    @jit.unroll_safe
    def popvalues(self, n):
        values = [None] * n
        for i in range(n - 1, -1, -1):
            values[i] = self.pop()
        return values

    @jit.unroll_safe
    def drop_to(self, depth):
        while self.sp > depth:
            self.pop()

    # ____________________________________________________________

    def run(self, pending=None):
        """Run until return; returns the value.  A generator's frame returns
        None when suspended at a yield (the value is in self.w_yielded).
        `pending` is an exception to raise at the current position first
        (generator.throw)."""
        if pending is not None:
            self.pc = self.handle_operr(pending)
        return self.dispatch()

    def handle_operr(self, operr):
        """Find a handler in this frame: returns its pc (the exception pushed),
        or re-raises the exception to the caller."""
        code = self.code
        pc = self.last_pc
        tb = operr.tb
        # one traceback line per frame, also when a handler (finally, with)
        # re-raises the same exception; the frame is not stored in the entry
        # so that a frame the JIT keeps virtual does not escape
        if tb is None or tb is not self.last_tb:
            operr.add_traceback(code.co_filename, code.line_for_pc(pc), code.co_name)
            self.last_tb = operr.tb
        handler, depth = code.find_handler(pc)
        if handler < 0:
            self.finished = True
            raise operr
        self.drop_to(depth)
        w_exc = operr.get_w_value(self.space)
        self.push(w_exc)
        return handler

    def dispatch(self):
        code = self.code
        pc = self.pc
        while True:
            jitdriver.jit_merge_point(pc=pc, code=code, frame=self)
            # with the JIT, one instruction per iteration; exceptions are
            # handled here, inside the portal, so a trace goes on into the handler
            try:
                if PLAIN_LOOP:
                    pc = self.run_steps(code, pc)
                else:
                    pc = self.step(code, pc)
            except OperationError as e:
                pc = self.handle_operr(e)
            except rstackovf.StackOverflow:
                rstackovf.check_stack_overflow()
                pc = self.handle_operr(oefmt(self.space.w_RuntimeError,
                                             "maximum recursion depth exceeded"))
            if pc < 0:
                if pc == RETURNED:
                    return self.pop()
                self.pc = -pc - 1
                return None     # suspended at a yield

    def run_steps(self, code, pc):
        """Without a JIT: instructions until a return or a yield (an exception
        leaves to dispatch, which comes back after the handler); step() is
        inlined here, which C compilers cannot do across dispatch's try."""
        while True:
            pc = self.step(code, pc)
            if pc < 0:
                return pc

    @jit.unroll_safe    # the EXTENDED_ARG loop reads the (constant) code
    def step(self, code, pc):
        """Execute the instruction at pc; returns the next pc, RETURNED, or
        -pc-1 of the instruction to resume at after a yield."""
        space = self.space
        self.last_pc = pc
        co_code = code.co_code
        op = ord(co_code[pc])
        arg = ord(co_code[pc + 1]) | (ord(co_code[pc + 2]) << 8)
        pc += 3
        while op == bc.EXTENDED_ARG:
            op = ord(co_code[pc])
            arg = (arg << 16) | ord(co_code[pc + 1]) | (ord(co_code[pc + 2]) << 8)
            pc += 3
        assert arg >= 0
        if op == bc.LOAD_FAST:
            w_value = self.locals_w[arg]
            if w_value is None:
                self.pc = pc
                raise self.unbound_local(arg)
            self.push(w_value)
        elif op == bc.LOAD_CONST:
            self.push(code.co_consts_w[arg])
        elif op == bc.STORE_FAST:
            self.locals_w[arg] = self.pop()
        elif op == bc.POP_TOP:
            self.pop()
        elif op == bc.BINARY_OP:
            w_b = self.pop()
            w_a = self.pop()
            self.push(space.binop(arg, w_a, w_b))
        elif op == bc.INPLACE_OP:
            w_b = self.pop()
            w_a = self.pop()
            self.push(space.inplace_binop(arg, w_a, w_b))
        elif op == bc.COMPARE_OP:
            w_b = self.pop()
            w_a = self.pop()
            self.push(self.compare(arg, w_a, w_b))
        elif op == bc.JUMP:
            if arg < pc:
                space.actionflag.tick(space)
                if not PLAIN_LOOP:  # its loop has no merge point in between
                    jitdriver.can_enter_jit(pc=arg, code=code, frame=self)
            pc = arg
        elif op == bc.POP_JUMP_IF_FALSE:
            w_cond = self.pop()
            if not space.is_true(w_cond):
                pc = arg
        elif op == bc.POP_JUMP_IF_TRUE:
            w_cond = self.pop()
            if space.is_true(w_cond):
                pc = arg
        elif op == bc.JUMP_IF_FALSE_OR_POP:
            if not space.is_true(self.top()):
                pc = arg
            else:
                self.pop()
        elif op == bc.JUMP_IF_TRUE_OR_POP:
            if space.is_true(self.top()):
                pc = arg
            else:
                self.pop()
        elif op == bc.FOR_ITER:
            w_iter = self.top()
            w_item = space.next(w_iter)
            if w_item is None:
                self.pop()
                pc = arg
            else:
                self.push(w_item)
        elif op == bc.GET_ITER:
            self.settop(space.iter(self.top()))
        elif op == bc.LOAD_GLOBAL:
            self.push(self.load_global(code.co_names[arg]))
        elif op == bc.LOAD_DEREF:
            w_value = self.cells[arg].w_value
            if w_value is None:
                raise self.unbound_deref(arg)
            self.push(w_value)
        elif op == bc.STORE_DEREF:
            self.cells[arg].w_value = self.pop()
        elif op == bc.LOAD_ATTR:
            self.settop(space.getattr(self.top(), code.co_names[arg]))
        elif op == bc.STORE_ATTR:
            w_obj = self.pop()
            w_value = self.pop()
            space.setattr(w_obj, code.co_names[arg], w_value)
        elif op == bc.LOAD_METHOD:
            self.load_method(code.co_names[arg])
        elif op == bc.CALL_METHOD:
            self.call_method(arg)
        elif op == bc.CALL_FUNCTION:
            self.call_function(arg)
        elif op == bc.RETURN_VALUE:
            self.finished = True
            return RETURNED     # the value is on the stack
        elif op == bc.BINARY_SUBSCR:
            w_index = self.pop()
            w_obj = self.pop()
            self.push(space.getitem(w_obj, w_index))
        elif op == bc.STORE_SUBSCR:
            w_index = self.pop()
            w_obj = self.pop()
            w_value = self.pop()
            space.setitem(w_obj, w_index, w_value)
        elif op == bc.DUP_TOP:
            self.push(self.top())
        elif op == bc.ROT_TWO:
            w_1 = self.pop()
            w_2 = self.pop()
            self.push(w_1)
            self.push(w_2)
        elif op == bc.ROT_THREE:
            w_1 = self.pop()
            w_2 = self.pop()
            w_3 = self.pop()
            self.push(w_1)
            self.push(w_3)
            self.push(w_2)
        elif op == bc.ROT_FOUR:
            w_1 = self.pop()
            w_2 = self.pop()
            w_3 = self.pop()
            w_4 = self.pop()
            self.push(w_1)
            self.push(w_4)
            self.push(w_3)
            self.push(w_2)
        elif op == bc.DUP_TOP_TWO:
            w_1 = self.peek(0)
            w_2 = self.peek(1)
            self.push(w_2)
            self.push(w_1)
        elif op == bc.UNARY_OP:
            self.settop(space.unaryop(arg, self.top()))
        elif op == bc.LOAD_NAME:
            self.push(self.load_name(code.co_names[arg]))
        elif op == bc.STORE_NAME:
            self.w_locals.setitem_str(code.co_names[arg], self.pop())
        elif op == bc.STORE_GLOBAL:
            self.w_globals.setitem_str(code.co_names[arg], self.pop())
        elif op == bc.BUILD_TUPLE:
            self.push(space.newtuple(self.popvalues(arg)))
        elif op == bc.BUILD_LIST:
            self.push(space.newlist(self.popvalues(arg)))
        else:
            self.pc = pc
            return self.dispatch_rare(op, arg, pc)
        return pc

    def dispatch_rare(self, op, arg, pc):
        """The less frequent instructions; returns the next pc (or -pc-1 to yield)."""
        from interp import execute
        return execute.dispatch_rare(self, op, arg, pc)

    # ____________________________________________________________
    # helpers used by the hot loop

    def unbound_local(self, idx):
        name = self.code.co_varnames[idx]
        return oefmt(self.space.w_UnboundLocalError,
                     "local variable '%s' referenced before assignment" % name)

    def unbound_deref(self, idx):
        code = self.code
        ncell = len(code.co_cellvars)
        if idx < ncell:
            # a variable of this function, kept in a cell for inner functions
            name = code.co_cellvars[idx]
            return oefmt(self.space.w_UnboundLocalError,
                         "local variable '%s' referenced before assignment" % name)
        name = code.co_freevars[idx - ncell]
        return oefmt(self.space.w_NameError,
                     "local variable '%s' referenced before assignment" % name)

    def compare(self, op, w_a, w_b):
        space = self.space
        if op <= ops.GE:
            return space.compare(op, w_a, w_b)
        if op == ops.IN:
            return space.newbool(space.contains(w_b, w_a))
        if op == ops.NOT_IN:
            return space.newbool(not space.contains(w_b, w_a))
        if op == ops.IS:
            return space.newbool(space_is(space, w_a, w_b))
        return space.newbool(not space_is(space, w_a, w_b))

    def load_global(self, name):
        return globalcache.load_global(self.space, self.w_globals, name)

    def load_name(self, name):
        w_locals = self.w_locals
        if w_locals is self.w_globals:
            return self.load_global(name)   # module level: the cached lookup
        if w_locals is not None:
            w_value = w_locals.getitem_str(name)
            if w_value is not None:
                return w_value
        return self.load_global(name)

    def load_method(self, name):
        """Push (function, self) for a plain method found on the type, else
        (bound attribute, None); CALL_METHOD then calls without a bound method."""
        space = self.space
        w_obj = self.top()
        w_type = space.type(w_obj)
        if space.plain_getattribute(w_obj, w_type):
            w_descr = w_type.lookup(name)
            if w_descr is not None and (isinstance(w_descr, W_Function) or
                                        isinstance(w_descr, W_BuiltinFunction)):
                if w_obj.getdictvalue(space, name) is None:
                    self.settop(w_descr)
                    self.push(w_obj)
                    return
        self.settop(space.getattr(w_obj, name))
        self.push(None)

    def call_method(self, nargs):
        args_w = self.popvalues(nargs)
        w_self = self.pop()
        w_func = self.pop()
        if w_self is not None:
            args_w = [w_self] + args_w
        self.push(self.space.call_args(w_func, Arguments(args_w)))

    def call_function(self, nargs):
        args_w = self.popvalues(nargs)
        w_func = self.pop()
        self.push(self.space.call_args(w_func, Arguments(args_w)))


def space_is(space, w_a, w_b):
    if w_a is w_b:
        return True
    # small ints and equal floats behave as the same object, as in MicroPython
    if type(w_a) is W_Int and type(w_b) is W_Int:
        return w_a.intval == w_b.intval
    return False
