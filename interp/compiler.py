"""AST -> bytecode.  One CodeGen per code object; scopes come from symtable."""
from rpython.rlib.objectmodel import we_are_translated
from interp import astnodes as ast
from interp import bytecode as bc
from interp import ops
from interp.parser import ParseError
from interp.symtable import (SymtableBuilder, mangle, SC_LOCAL, SC_GLOBAL_EXPLICIT,
                             SC_GLOBAL_IMPLICIT, SC_FREE, SC_CELL, MODULE, FUNCTION,
                             CLASS)
from interp.assemble import CodeBuilder

# fblock kinds
FB_WHILE, FB_FOR, FB_TRY_FINALLY, FB_FINALLY_END, FB_HANDLER, FB_WITH, FB_ASYNC_WITH = \
    range(7)

BINOP_MAP = {ast.Add: ops.ADD, ast.Sub: ops.SUB, ast.Mult: ops.MUL,
             ast.MatMult: ops.MATMUL, ast.Div: ops.TRUEDIV, ast.Mod: ops.MOD,
             ast.Pow: ops.POW, ast.LShift: ops.LSHIFT, ast.RShift: ops.RSHIFT,
             ast.BitOr: ops.OR, ast.BitXor: ops.XOR, ast.BitAnd: ops.AND,
             ast.FloorDiv: ops.FLOORDIV}
CMP_MAP = {ast.Eq: ops.EQ, ast.NotEq: ops.NE, ast.Lt: ops.LT, ast.LtE: ops.LE,
           ast.Gt: ops.GT, ast.GtE: ops.GE, ast.Is: ops.IS, ast.IsNot: ops.IS_NOT,
           ast.In: ops.IN, ast.NotIn: ops.NOT_IN}


class FBlock(object):
    def __init__(self, kind, start, exit, node, outer_handler, outer_handler_depth):
        self.kind = kind
        self.start = start          # loops: continue target
        self.exit = exit            # loops: break target
        self.node = node            # try-finally: the Try node; handler: the name or None
        self.name = None
        self.outer_handler = outer_handler
        self.outer_handler_depth = outer_handler_depth


class CompileInfo(object):
    def __init__(self, filename, optimize):
        self.filename = filename
        self.optimize = optimize


def compile_ast(tree, filename, mode, optimize=0):
    """Compile a Module/Expression/Interactive AST into a W_Code."""
    symbols = SymtableBuilder(tree)
    info = CompileInfo(filename, optimize)
    gen = CodeGen(info, symbols, symbols.top, '<module>', '<module>', 1, None)
    gen.interactive = isinstance(tree, ast.Interactive)
    if isinstance(tree, ast.Module):
        gen.compile_body_with_docstring(tree.body, False)
        gen.emit_const_none()
        gen.b.emit(bc.RETURN_VALUE)
    elif isinstance(tree, ast.Interactive):
        for s in tree.body:
            gen.stmt(s)
        gen.emit_const_none()
        gen.b.emit(bc.RETURN_VALUE)
    elif isinstance(tree, ast.Expression):
        gen.expr(tree.body)
        gen.b.emit(bc.RETURN_VALUE)
    return gen.finish(0, 0, 0, 0)


class CodeGen(object):

    def __init__(self, info, symbols, scope, name, qualname, firstlineno, parent):
        self.info = info
        self.symbols = symbols
        self.scope = scope
        self.parent = parent
        self.b = CodeBuilder(name, qualname, info.filename, firstlineno)
        self.fblocks = []
        self.interactive = False
        self.classname = None
        if parent is not None:
            self.classname = parent.classname
        if scope.kind == CLASS:
            self.classname = name
        for n in scope.params:
            self.b.add_varname(n)
        self.b.cellvars = scope.cellvars()
        self.b.freevars = scope.freevars()
        if scope.kind == FUNCTION:
            # every other local gets a slot too
            for n in scope.order:
                if scope.scopes.get(n, 0) == SC_LOCAL:
                    self.b.add_varname(n)
        self.qualname = qualname

    def finish(self, argcount, posonly, kwonly, flags):
        return self.b.assemble(argcount, posonly, kwonly, flags)

    def error(self, msg, node):
        raise ParseError(msg, node.lineno, node.col_offset + 1)

    def set_line(self, node):
        self.b.lineno = node.lineno

    # ____________________________________________________________
    # constants

    def emit_const_none(self):
        from interp.space import space
        self.b.emit(bc.LOAD_CONST, self.b.add_const(space.w_None, 'N'))

    def load_const(self, w_value, key):
        self.b.emit(bc.LOAD_CONST, self.b.add_const(w_value, key))

    def load_str(self, s):
        from interp.space import space
        self.load_const(space.newtext(s), 's' + s)

    def const_tuple_of_str(self, strs):
        from interp.space import space
        key = 't' + '\x00'.join(strs)
        return self.b.add_const(space.newtuple([space.newtext(s) for s in strs]), key)

    # ____________________________________________________________
    # names

    def mangle(self, name):
        return mangle(self.classname, name)

    def name_op(self, name, ctx):
        name = self.mangle(name)
        sc = self.scope.lookup(name)
        b = self.b
        kind = self.scope.kind
        if sc == SC_FREE or sc == SC_CELL:
            idx = self._deref_index(name)
            if ctx == ast.Load:
                if kind == CLASS and sc == SC_FREE:
                    b.emit(bc.LOAD_CLASSDEREF, idx)
                else:
                    b.emit(bc.LOAD_DEREF, idx)
            elif ctx == ast.Store:
                b.emit(bc.STORE_DEREF, idx)
            else:
                b.emit(bc.DELETE_DEREF, idx)
            return
        if sc == SC_LOCAL and kind == FUNCTION:
            idx = b.add_varname(name)
            if ctx == ast.Load:
                b.emit(bc.LOAD_FAST, idx)
            elif ctx == ast.Store:
                b.emit(bc.STORE_FAST, idx)
            else:
                b.emit(bc.DELETE_FAST, idx)
            return
        idx = b.add_name(name)
        if sc == SC_GLOBAL_EXPLICIT or (sc == SC_GLOBAL_IMPLICIT and kind == FUNCTION):
            if ctx == ast.Load:
                b.emit(bc.LOAD_GLOBAL, idx)
            elif ctx == ast.Store:
                b.emit(bc.STORE_GLOBAL, idx)
            else:
                b.emit(bc.DELETE_GLOBAL, idx)
            return
        if ctx == ast.Load:
            b.emit(bc.LOAD_NAME, idx)
        elif ctx == ast.Store:
            b.emit(bc.STORE_NAME, idx)
        else:
            b.emit(bc.DELETE_NAME, idx)

    def _deref_index(self, name):
        cells = self.b.cellvars
        for i in range(len(cells)):
            if cells[i] == name:
                return i
        frees = self.b.freevars
        for i in range(len(frees)):
            if frees[i] == name:
                return len(cells) + i
        raise AssertionError("no cell for %s" % name)

    def _closure_index(self, name):
        """Index of name among our cells and free vars, for LOAD_CLOSURE."""
        cells = self.b.cellvars
        for i in range(len(cells)):
            if cells[i] == name:
                return i
        frees = self.b.freevars
        for i in range(len(frees)):
            if frees[i] == name:
                return len(cells) + i
        raise AssertionError("no closure cell for %s" % name)

    # ____________________________________________________________
    # statements

    def compile_body_with_docstring(self, body, is_function):
        start = 0
        if body and isinstance(body[0], ast.Expr):
            first = body[0]
            assert isinstance(first, ast.Expr)
            if isinstance(first.value, ast.Str) and not is_function:
                self.set_line(first)
                self.expr(first.value)
                self.name_op('__doc__', ast.Store)
                start = 1
        for i in range(start, len(body)):
            self.stmt(body[i])

    def stmts(self, body):
        for s in body:
            self.stmt(s)

    def stmt(self, node):
        self.set_line(node)
        node.walkabout(self)

    def visit_Expr(self, node):
        if self.interactive and len(self.fblocks) == 0 and self.scope.kind == MODULE:
            self.expr(node.value)
            self.b.emit(bc.PRINT_EXPR)
            return
        v = node.value
        if isinstance(v, ast.Str) or isinstance(v, ast.Int) or isinstance(v, ast.NoneConst) \
                or isinstance(v, ast.EllipsisConst):
            return
        self.expr(v)
        self.b.emit(bc.POP_TOP)

    def visit_Pass(self, node):
        pass

    def visit_Assign(self, node):
        self.expr(node.value)
        n = len(node.targets)
        for i in range(n):
            if i < n - 1:
                self.b.emit(bc.DUP_TOP)
            self.store_target(node.targets[i])

    def visit_AnnAssign(self, node):
        if node.value is not None:
            self.expr(node.value)
            self.store_target(node.target)
        else:
            t = node.target
            if not isinstance(t, ast.Name):
                # evaluate the target's parts for their side effects
                if isinstance(t, ast.Attribute):
                    self.expr(t.value)
                    self.b.emit(bc.POP_TOP)
                elif isinstance(t, ast.Subscript):
                    self.expr(t.value)
                    self.b.emit(bc.POP_TOP)
                    self.expr(t.slice)
                    self.b.emit(bc.POP_TOP)

    def visit_AugAssign(self, node):
        op = BINOP_MAP[node.op]
        t = node.target
        b = self.b
        if isinstance(t, ast.Name):
            self.name_op(t.id, ast.Load)
            self.expr(node.value)
            b.emit(bc.INPLACE_OP, op)
            self.name_op(t.id, ast.Store)
        elif isinstance(t, ast.Attribute):
            self.expr(t.value)
            b.emit(bc.DUP_TOP)
            b.emit(bc.LOAD_ATTR, b.add_name(self.mangle(t.attr)))
            self.expr(node.value)
            b.emit(bc.INPLACE_OP, op)
            b.emit(bc.ROT_TWO)
            b.emit(bc.STORE_ATTR, b.add_name(self.mangle(t.attr)))
        elif isinstance(t, ast.Subscript):
            self.expr(t.value)
            self.expr(t.slice)
            b.emit(bc.DUP_TOP_TWO)
            b.emit(bc.BINARY_SUBSCR)
            self.expr(node.value)
            b.emit(bc.INPLACE_OP, op)
            b.emit(bc.ROT_THREE)
            b.emit(bc.STORE_SUBSCR)
        else:
            self.error("illegal expression for augmented assignment", node)

    def store_target(self, t):
        b = self.b
        if isinstance(t, ast.Name):
            self.name_op(t.id, ast.Store)
        elif isinstance(t, ast.Attribute):
            self.expr(t.value)
            b.emit(bc.STORE_ATTR, b.add_name(self.mangle(t.attr)))
        elif isinstance(t, ast.Subscript):
            self.expr(t.value)
            self.expr(t.slice)
            b.emit(bc.STORE_SUBSCR)
        elif isinstance(t, ast.Tuple):
            self.unpack_into(t.elts, t)
        elif isinstance(t, ast.List):
            self.unpack_into(t.elts, t)
        elif isinstance(t, ast.Starred):
            self.error("starred assignment target must be in a list or tuple", t)
        else:
            self.error("can't assign to expression", t)

    def unpack_into(self, elts, node):
        star = -1
        for i in range(len(elts)):
            if isinstance(elts[i], ast.Starred):
                if star >= 0:
                    self.error("multiple starred expressions in assignment", node)
                star = i
        if star < 0:
            self.b.emit(bc.UNPACK_SEQUENCE, len(elts))
        else:
            after = len(elts) - star - 1
            if star > 255 or after > 255:
                self.error("too many expressions in star-unpacking assignment", node)
            self.b.emit(bc.UNPACK_EX, star | (after << 8))
        for e in elts:
            if isinstance(e, ast.Starred):
                self.store_target(e.value)
            else:
                self.store_target(e)

    def visit_Delete(self, node):
        for t in node.targets:
            self.delete_target(t)

    def delete_target(self, t):
        b = self.b
        if isinstance(t, ast.Name):
            self.name_op(t.id, ast.Del)
        elif isinstance(t, ast.Attribute):
            self.expr(t.value)
            b.emit(bc.DELETE_ATTR, b.add_name(self.mangle(t.attr)))
        elif isinstance(t, ast.Subscript):
            self.expr(t.value)
            self.expr(t.slice)
            b.emit(bc.DELETE_SUBSCR)
        elif isinstance(t, ast.Tuple):
            for e in t.elts:
                self.delete_target(e)
        elif isinstance(t, ast.List):
            for e in t.elts:
                self.delete_target(e)
        else:
            self.error("can't delete expression", t)

    def visit_If(self, node):
        b = self.b
        orelse_label = b.new_label()
        end = b.new_label()
        self.cond_jump(node.test, False, orelse_label)
        self.stmts(node.body)
        if node.orelse:
            b.emit_jump(bc.JUMP, end)
            b.mark(orelse_label)
            self.stmts(node.orelse)
        else:
            b.mark(orelse_label)
        b.mark(end)

    def cond_jump(self, test, jump_if, label):
        """Jump to label when bool(test) == jump_if."""
        b = self.b
        if isinstance(test, ast.UnaryOp) and test.op == ast.Not:
            self.cond_jump(test.operand, not jump_if, label)
            return
        if isinstance(test, ast.BoolOp):
            is_and = test.op == ast.And
            if is_and != jump_if:
                # `a and b` jumping when false: any false operand jumps
                for v in test.values:
                    self.cond_jump(v, jump_if, label)
            else:
                skip = b.new_label()
                n = len(test.values)
                for i in range(n - 1):
                    self.cond_jump(test.values[i], not jump_if, skip)
                self.cond_jump(test.values[n - 1], jump_if, label)
                b.mark(skip)
            return
        self.expr(test)
        b.emit_jump(bc.POP_JUMP_IF_TRUE if jump_if else bc.POP_JUMP_IF_FALSE, label)

    def push_fblock(self, kind, start, exit, node):
        fb = FBlock(kind, start, exit, node, self.b.handler, self.b.handler_depth)
        self.fblocks.append(fb)
        return fb

    def pop_fblock(self):
        self.fblocks.pop()

    def visit_While(self, node):
        b = self.b
        start = b.new_label()
        end = b.new_label()
        orelse = b.new_label()
        b.mark(start)
        self.cond_jump(node.test, False, orelse)
        self.push_fblock(FB_WHILE, start, end, None)
        self.stmts(node.body)
        self.pop_fblock()
        b.emit_jump(bc.JUMP, start)
        b.mark(orelse)
        self.stmts(node.orelse)
        b.mark(end)

    def visit_For(self, node):
        b = self.b
        start = b.new_label()
        cleanup = b.new_label()
        end = b.new_label()
        self.expr(node.iter)
        b.emit(bc.GET_ITER)
        b.mark(start)
        b.emit_jump(bc.FOR_ITER, cleanup)
        self.push_fblock(FB_FOR, start, end, None)
        self.store_target(node.target)
        self.stmts(node.body)
        self.pop_fblock()
        self.set_line(node)
        b.emit_jump(bc.JUMP, start)
        b.mark(cleanup)
        self.stmts(node.orelse)
        b.mark(end)

    def visit_Break(self, node):
        self.unwind_to_loop(node, True)

    def visit_Continue(self, node):
        self.unwind_to_loop(node, False)

    def unwind_to_loop(self, node, is_break):
        """Emit the cleanup of the blocks inside the loop and the jump."""
        saved = list(self.fblocks)
        saved_depth = self.b.depth
        saved_handler = self.b.handler
        saved_hdepth = self.b.handler_depth
        loop = None
        while self.fblocks:
            fb = self.fblocks[-1]
            if fb.kind == FB_WHILE or fb.kind == FB_FOR:
                loop = fb
                break
            self.fblocks.pop()
            self.unwind_fblock(fb, False)
        if loop is None:
            self.fblocks = saved
            if is_break:
                self.error("'break' outside loop", node)
            self.error("'continue' not properly in loop", node)
        assert loop is not None
        if is_break and loop.kind == FB_FOR:
            self.b.emit(bc.POP_TOP)
        # the jump is emitted at the depth after the cleanup (the target's depth)
        if is_break:
            self.b.emit_jump(bc.JUMP, loop.exit)
        else:
            self.b.emit_jump(bc.JUMP, loop.start)
        self.fblocks = saved
        self.b.handler = saved_handler
        self.b.handler_depth = saved_hdepth
        # the code after break/continue is dead; keep the depth we had
        self.b.depth = saved_depth
        return loop

    def unwind_fblock(self, fb, preserve_tos):
        b = self.b
        if fb.kind == FB_WHILE:
            return
        if fb.kind == FB_FOR:
            if preserve_tos:
                b.emit(bc.ROT_TWO)
            b.emit(bc.POP_TOP)
            return
        # leaving a try body etc.: the handler outside the block applies again
        b.handler = fb.outer_handler
        b.handler_depth = fb.outer_handler_depth
        if fb.kind == FB_TRY_FINALLY:
            node = fb.node
            assert isinstance(node, ast.Try)
            self.stmts(node.finalbody)
        elif fb.kind == FB_FINALLY_END:
            if preserve_tos:
                b.emit(bc.ROT_TWO)
            b.emit(bc.POP_TOP)
            if preserve_tos:
                b.emit(bc.ROT_TWO)
            b.emit(bc.POP_EXCEPT)
        elif fb.kind == FB_HANDLER:
            if preserve_tos:
                b.emit(bc.ROT_TWO)
            b.emit(bc.POP_EXCEPT)
            if fb.name is not None:
                self.emit_const_none()
                self.name_op(fb.name, ast.Store)
                self.name_op(fb.name, ast.Del)
        elif fb.kind == FB_WITH:
            if preserve_tos:
                b.emit(bc.ROT_TWO)
            b.emit(bc.WITH_EXIT)
        elif fb.kind == FB_ASYNC_WITH:
            if preserve_tos:
                b.emit(bc.ROT_TWO)
            self.emit_async_exit()

    def visit_Return(self, node):
        if self.scope.kind != FUNCTION:
            self.error("'return' outside function", node)
        if (node.value is not None and self.scope.is_coroutine and
                self.scope.is_generator):
            self.error("'return' with value in async generator", node)
        b = self.b
        saved_depth = b.depth
        if node.value is not None:
            self.expr(node.value)
        else:
            self.emit_const_none()
        self.unwind_all(True)
        b.emit(bc.RETURN_VALUE)
        # the code after the return is dead; keep the depth we had (the
        # unwinding above popped the enclosing blocks' items)
        b.depth = saved_depth

    def unwind_all(self, preserve_tos):
        saved = list(self.fblocks)
        saved_handler = self.b.handler
        saved_hdepth = self.b.handler_depth
        while self.fblocks:
            fb = self.fblocks.pop()
            self.unwind_fblock(fb, preserve_tos)
        self.fblocks = saved
        self.b.handler = saved_handler
        self.b.handler_depth = saved_hdepth

    def visit_Raise(self, node):
        b = self.b
        n = 0
        if node.exc is not None:
            self.expr(node.exc)
            n = 1
            if node.cause is not None:
                self.expr(node.cause)
                n = 2
        b.emit(bc.RAISE_VARARGS, n)

    def visit_Assert(self, node):
        if self.info.optimize > 0:
            return
        b = self.b
        end = b.new_label()
        self.cond_jump(node.test, True, end)
        b.emit(bc.LOAD_ASSERTION_ERROR)
        if node.msg is not None:
            self.expr(node.msg)
            b.emit(bc.CALL_FUNCTION, 1)
        b.emit(bc.RAISE_VARARGS, 1)
        b.mark(end)

    def visit_Try(self, node):
        if node.finalbody:
            if node.handlers:
                self.try_finally(node, True)
            else:
                self.try_finally(node, False)
        else:
            self.try_except(node)

    def try_finally(self, node, with_except):
        b = self.b
        handler = b.new_label()
        end = b.new_label()
        depth = b.depth
        # body, protected by the finally handler
        fb = self.push_fblock(FB_TRY_FINALLY, None, None, node)
        b.handler = handler
        b.handler_depth = depth
        if with_except:
            self.try_except(node)
        else:
            self.stmts(node.body)
        self.pop_fblock()
        b.handler = fb.outer_handler
        b.handler_depth = fb.outer_handler_depth
        # normal exit: run the finally body inline
        self.stmts(node.finalbody)
        b.emit_jump(bc.JUMP, end)
        # exceptional exit
        self.emit_handler_entry(handler, depth)
        cleanup = b.new_label()
        fb2 = self.push_fblock(FB_FINALLY_END, None, None, None)
        b.handler = cleanup
        b.handler_depth = depth + 1
        self.stmts(node.finalbody)
        b.emit(bc.RERAISE)
        self.pop_fblock()
        b.handler = fb2.outer_handler
        b.handler_depth = fb2.outer_handler_depth
        self.emit_cleanup(cleanup, depth + 1)
        b.mark(end)

    def emit_handler_entry(self, label, depth):
        """Handler entry: the exception is pushed on a stack of `depth` items;
        PUSH_EXC_INFO saves the previously handled exception under it."""
        b = self.b
        label.depth = depth + 1
        b.dead = True
        b.mark(label)
        b.emit(bc.PUSH_EXC_INFO)

    def emit_cleanup(self, label, depth):
        """Restores the previously handled exception and re-raises."""
        b = self.b
        label.depth = depth + 1
        b.dead = True
        b.mark(label)
        b.emit(bc.POP_EXCEPT_AND_RERAISE)

    def try_except(self, node):
        b = self.b
        handler = b.new_label()
        orelse = b.new_label()
        end = b.new_label()
        depth = b.depth
        outer_handler = b.handler
        outer_hdepth = b.handler_depth
        b.handler = handler
        b.handler_depth = depth
        # the body is not an fblock: break/return inside it need no cleanup
        self.stmts(node.body)
        b.handler = outer_handler
        b.handler_depth = outer_hdepth
        b.emit_jump(bc.JUMP, orelse)
        # handlers: stack is [prev_exc, exc]
        self.emit_handler_entry(handler, depth)
        cleanup = b.new_label()
        b.handler = cleanup
        b.handler_depth = depth + 1
        for i in range(len(node.handlers)):
            h = node.handlers[i]
            assert isinstance(h, ast.ExceptHandler)
            self.set_line(h)
            next_h = b.new_label()
            if h.type is not None:
                self.expr(h.type)
                b.emit_jump(bc.JUMP_IF_NOT_EXC_MATCH, next_h)
            elif i != len(node.handlers) - 1:
                self.error("default 'except:' must be last", h)
            if h.name is not None:
                self.name_op(h.name, ast.Store)
                # the body runs with `name` bound; it is deleted afterwards
                named_cleanup = b.new_label()
                fb = self.push_fblock(FB_HANDLER, None, None, None)
                fb.name = h.name
                b.handler = named_cleanup
                b.handler_depth = depth + 1
                self.stmts(h.body)
                self.pop_fblock()
                b.handler = cleanup
                b.handler_depth = depth + 1
                b.emit(bc.POP_EXCEPT)
                self.emit_const_none()
                self.name_op(h.name, ast.Store)
                self.name_op(h.name, ast.Del)
                b.emit_jump(bc.JUMP, end)
                # an exception inside the body: clear the name, then clean up
                named_cleanup.depth = depth + 2
                b.dead = True
                b.mark(named_cleanup)
                self.emit_const_none()
                self.name_op(h.name, ast.Store)
                self.name_op(h.name, ast.Del)
                b.emit(bc.RERAISE)
            else:
                b.emit(bc.POP_TOP)
                fb = self.push_fblock(FB_HANDLER, None, None, None)
                self.stmts(h.body)
                self.pop_fblock()
                b.emit(bc.POP_EXCEPT)
                b.emit_jump(bc.JUMP, end)
            b.mark(next_h)
            b.set_depth(depth + 2)
        # no clause matched
        b.emit(bc.RERAISE)
        b.handler = outer_handler
        b.handler_depth = outer_hdepth
        self.emit_cleanup(cleanup, depth + 1)
        b.set_depth(depth)
        b.mark(orelse)
        self.stmts(node.orelse)
        b.mark(end)

    def visit_With(self, node):
        self.with_items(node, 0, False)

    def with_items(self, node, i, is_async):
        """`with` (or `async with`, which awaits __aenter__ and __aexit__)."""
        b = self.b
        item = node.items[i]
        self.expr(item.context_expr)
        if is_async:
            b.emit(bc.BEFORE_ASYNC_WITH)
            self.emit_await()
        else:
            b.emit(bc.BEFORE_WITH)
        depth = b.depth - 1         # the bound __exit__ stays on the stack
        handler = b.new_label()
        end = b.new_label()
        fb = self.push_fblock(FB_ASYNC_WITH if is_async else FB_WITH, None, None, None)
        b.handler = handler
        b.handler_depth = depth
        if item.optional_vars is not None:
            self.store_target(item.optional_vars)
        else:
            b.emit(bc.POP_TOP)
        if i + 1 < len(node.items):
            self.with_items(node, i + 1, is_async)
        else:
            self.stmts(node.body)
        self.pop_fblock()
        b.handler = fb.outer_handler
        b.handler_depth = fb.outer_handler_depth
        self.set_line(node)
        if is_async:
            self.emit_async_exit()
        else:
            b.emit(bc.WITH_EXIT)
        b.emit_jump(bc.JUMP, end)
        # exceptional exit: stack [exit, exc] -> [exit, prev, exc]
        self.emit_handler_entry(handler, depth)
        cleanup = b.new_label()
        b.handler = cleanup
        b.handler_depth = depth + 1
        b.emit(bc.WITH_EXCEPT_START)
        if is_async:
            self.emit_await()
        suppress = b.new_label()
        b.emit_jump(bc.POP_JUMP_IF_TRUE, suppress)
        b.emit(bc.RERAISE)
        b.mark(suppress)
        b.handler = fb.outer_handler
        b.handler_depth = fb.outer_handler_depth
        b.emit(bc.POP_TOP)          # exc
        b.emit(bc.POP_EXCEPT)       # prev
        b.emit(bc.POP_TOP)          # exit
        b.emit_jump(bc.JUMP, end)
        self.emit_cleanup(cleanup, depth + 1)
        b.set_depth(depth - 1)
        b.mark(end)

    def visit_Global(self, node):
        pass

    def visit_Nonlocal(self, node):
        pass

    def visit_Import(self, node):
        from interp.space import space
        b = self.b
        for alias in node.names:
            self.load_const(space.newint(0), 'i0')
            self.emit_const_none()
            b.emit(bc.IMPORT_NAME, b.add_name(alias.name))
            if alias.asname is not None:
                parts = alias.name.split('.')
                for k in range(1, len(parts)):
                    b.emit(bc.LOAD_ATTR, b.add_name(parts[k]))
                self.name_op(alias.asname, ast.Store)
            else:
                top = alias.name
                dot = top.find('.')
                if dot >= 0:
                    top = top[:dot]
                self.name_op(top, ast.Store)

    def visit_ImportFrom(self, node):
        from interp.space import space
        b = self.b
        self.load_const(space.newint(node.level), 'i%d' % node.level)
        names = [a.name for a in node.names]
        b.emit(bc.LOAD_CONST, self.const_tuple_of_str(names))
        modname = node.module if node.module is not None else ''
        b.emit(bc.IMPORT_NAME, b.add_name(modname))
        if len(names) == 1 and names[0] == '*':
            b.emit(bc.IMPORT_STAR)
            return
        for alias in node.names:
            b.emit(bc.IMPORT_FROM, b.add_name(alias.name))
            self.name_op(alias.asname if alias.asname is not None else alias.name,
                         ast.Store)
        b.emit(bc.POP_TOP)

    # ____________________________________________________________
    # functions and classes

    def visit_FunctionDef(self, node):
        self.function_def(node, node.name, node.args, node.body, node.decorator_list,
                          False)

    def visit_AsyncFunctionDef(self, node):
        self.function_def(node, node.name, node.args, node.body, node.decorator_list,
                          True)

    def child_qualname(self, name):
        if self.scope.kind == MODULE:
            return name
        if self.scope.kind == FUNCTION:
            return self.qualname + '.<locals>.' + name
        return self.qualname + '.' + name

    def function_def(self, node, name, args, body, decorators, is_async):
        for d in decorators:
            self.expr(d)
        scope = self.symbols.scope_of[node]
        gen = CodeGen(self.info, self.symbols, scope, name, self.child_qualname(name),
                      node.lineno, self)
        # docstrings are not kept (as MicroPython)
        start = 0
        if body and isinstance(body[0], ast.Expr):
            first = body[0]
            assert isinstance(first, ast.Expr)
            if isinstance(first.value, ast.Str):
                start = 1
        for i in range(start, len(body)):
            gen.stmt(body[i])
        if not gen.b.dead:
            gen.emit_const_none()
            gen.b.emit(bc.RETURN_VALUE)
        flags = self.function_flags(scope, args, is_async)
        code = gen.finish(len(args.posonlyargs) + len(args.args), len(args.posonlyargs),
                          len(args.kwonlyargs), flags)
        self.make_function(code, scope, args, node)
        for i in range(len(decorators)):
            self.b.emit(bc.CALL_FUNCTION, 1)
        self.name_op(name, ast.Store)

    def function_flags(self, scope, args, is_async):
        flags = bc.CO_OPTIMIZED | bc.CO_NEWLOCALS
        if args is not None:
            if args.vararg is not None:
                flags |= bc.CO_VARARGS
            if args.kwarg is not None:
                flags |= bc.CO_VARKEYWORDS
        if is_async:
            if scope.is_generator:
                flags |= bc.CO_ASYNC_GENERATOR
            else:
                flags |= bc.CO_COROUTINE
        elif scope.is_generator:
            flags |= bc.CO_GENERATOR
        if self.scope.kind != MODULE:
            flags |= bc.CO_NESTED
        return flags

    def make_function(self, code, scope, args, node):
        from interp.space import space
        b = self.b
        mf = 0
        if args is not None and args.defaults:
            for d in args.defaults:
                self.expr(d)
            b.emit(bc.BUILD_TUPLE, len(args.defaults))
            mf |= bc.MF_DEFAULTS
        if args is not None:
            kwnames = []
            for i in range(len(args.kwonlyargs)):
                d = args.kw_defaults[i]
                if d is not None:
                    kwnames.append(self.mangle(args.kwonlyargs[i].arg))
                    self.expr(d)
            if kwnames:
                b.emit(bc.LOAD_CONST, self.const_tuple_of_str(kwnames))
                b.emit(bc.BUILD_CONST_KEY_MAP, len(kwnames))
                mf |= bc.MF_KWDEFAULTS
        frees = code.co_freevars
        if len(frees) > 0:
            for name in frees:
                b.emit(bc.LOAD_CLOSURE, self._closure_index(name))
            b.emit(bc.BUILD_TUPLE, len(frees))
            mf |= bc.MF_CLOSURE
        b.emit(bc.LOAD_CONST, b.add_const_nodedup(code))
        b.emit(bc.MAKE_FUNCTION, mf)

    def visit_Lambda(self, node):
        scope = self.symbols.scope_of[node]
        gen = CodeGen(self.info, self.symbols, scope, '<lambda>',
                      self.child_qualname('<lambda>'), node.lineno, self)
        gen.expr(node.body)
        # a generator lambda returns the value of its body too (CPython 3)
        gen.b.emit(bc.RETURN_VALUE)
        flags = self.function_flags(scope, node.args, False)
        args = node.args
        code = gen.finish(len(args.posonlyargs) + len(args.args), len(args.posonlyargs),
                          len(args.kwonlyargs), flags)
        self.make_function(code, scope, args, node)

    def visit_ClassDef(self, node):
        b = self.b
        for d in node.decorator_list:
            self.expr(d)
        scope = self.symbols.scope_of[node]
        qualname = self.child_qualname(node.name)
        gen = CodeGen(self.info, self.symbols, scope, node.name, qualname, node.lineno, self)
        gen.name_op('__name__', ast.Load)
        gen.name_op('__module__', ast.Store)
        gen.load_str(qualname)
        gen.name_op('__qualname__', ast.Store)
        gen.compile_body_with_docstring(node.body, False)
        if '__class__' in gen.b.cellvars:
            gen.b.emit(bc.LOAD_CLOSURE, gen._closure_index('__class__'))
        else:
            gen.emit_const_none()
        gen.b.emit(bc.RETURN_VALUE)
        code = gen.finish(0, 0, 0, bc.CO_CLASSBODY)
        b.emit(bc.LOAD_BUILD_CLASS)
        self.make_function(code, scope, None, node)
        self.load_str(node.name)
        self.call_helper(2, node.bases, node.keywords)
        for i in range(len(node.decorator_list)):
            b.emit(bc.CALL_FUNCTION, 1)
        self.name_op(node.name, ast.Store)

    # ____________________________________________________________
    # expressions

    def expr(self, node):
        node.walkabout(self)

    def visit_Int(self, node):
        from interp.space import space
        from interp.objects.intobject import parse_int
        text = node.text
        w_value = parse_int(space, text, 0)
        self.load_const(w_value, 'i' + text)

    def visit_Float(self, node):
        from interp.space import space
        from interp.objects.floatobject import float_repr
        self.load_const(space.newfloat(node.value), 'f' + float_repr(node.value))

    def visit_Imag(self, node):
        from interp.space import space
        from interp.objects.floatobject import float_repr
        w_c = space.newcomplex(0.0, node.value)
        self.load_const(w_c, 'j' + float_repr(node.value))

    def visit_Str(self, node):
        self.load_str(node.value)

    def visit_Bytes(self, node):
        from interp.space import space
        self.load_const(space.newbytes(node.value), 'b' + node.value)

    def visit_NoneConst(self, node):
        self.emit_const_none()

    def visit_TrueConst(self, node):
        from interp.space import space
        self.load_const(space.w_True, 'T')

    def visit_FalseConst(self, node):
        from interp.space import space
        self.load_const(space.w_False, 'F')

    def visit_EllipsisConst(self, node):
        from interp.space import space
        self.load_const(space.w_Ellipsis, 'E')

    def visit_JoinedStr(self, node):
        n = 0
        for v in node.values:
            self.expr(v)
            n += 1
        if n == 1 and isinstance(node.values[0], ast.Str):
            return
        self.b.emit(bc.BUILD_STRING, n)

    def visit_FormattedValue(self, node):
        self.expr(node.value)
        flags = 0
        if node.conversion == ord('s'):
            flags = bc.FV_STR
        elif node.conversion == ord('r'):
            flags = bc.FV_REPR
        elif node.conversion == ord('a'):
            flags = bc.FV_ASCII
        if node.format_spec is not None:
            self.expr(node.format_spec)
            flags |= bc.FV_HAS_SPEC
        self.b.emit(bc.FORMAT_VALUE, flags)

    def visit_Name(self, node):
        if node.id == '__debug__' and node.ctx == ast.Load:
            from interp.space import space
            self.load_const(space.newbool(self.info.optimize == 0), 'D')
            return
        self.name_op(node.id, node.ctx)

    def visit_Attribute(self, node):
        self.expr(node.value)
        self.b.emit(bc.LOAD_ATTR, self.b.add_name(self.mangle(node.attr)))

    def visit_Subscript(self, node):
        self.expr(node.value)
        self.expr(node.slice)
        self.b.emit(bc.BINARY_SUBSCR)

    def visit_Slice(self, node):
        n = 2
        if node.lower is not None:
            self.expr(node.lower)
        else:
            self.emit_const_none()
        if node.upper is not None:
            self.expr(node.upper)
        else:
            self.emit_const_none()
        if node.step is not None:
            self.expr(node.step)
            n = 3
        self.b.emit(bc.BUILD_SLICE, n)

    def visit_BinOp(self, node):
        self.expr(node.left)
        self.expr(node.right)
        self.b.emit(bc.BINARY_OP, BINOP_MAP[node.op])

    def visit_UnaryOp(self, node):
        self.expr(node.operand)
        op = node.op
        if op == ast.Not:
            self.b.emit(bc.UNARY_OP, ops.NOT)
        elif op == ast.USub:
            self.b.emit(bc.UNARY_OP, ops.NEG)
        elif op == ast.UAdd:
            self.b.emit(bc.UNARY_OP, ops.POS)
        else:
            self.b.emit(bc.UNARY_OP, ops.INVERT)

    def visit_BoolOp(self, node):
        b = self.b
        end = b.new_label()
        jop = bc.JUMP_IF_FALSE_OR_POP if node.op == ast.And else bc.JUMP_IF_TRUE_OR_POP
        n = len(node.values)
        for i in range(n):
            self.expr(node.values[i])
            if i < n - 1:
                b.emit_jump(jop, end)
        b.mark(end)

    def visit_Compare(self, node):
        b = self.b
        self.expr(node.left)
        n = len(node.ops)
        if n == 1:
            self.expr(node.comparators[0])
            b.emit(bc.COMPARE_OP, CMP_MAP[node.ops[0]])
            return
        cleanup = b.new_label()
        end = b.new_label()
        for i in range(n):
            self.expr(node.comparators[i])
            if i < n - 1:
                b.emit(bc.DUP_TOP)
                b.emit(bc.ROT_THREE)
                b.emit(bc.COMPARE_OP, CMP_MAP[node.ops[i]])
                b.emit_jump(bc.JUMP_IF_FALSE_OR_POP, cleanup)
            else:
                b.emit(bc.COMPARE_OP, CMP_MAP[node.ops[i]])
        b.emit_jump(bc.JUMP, end)
        b.mark(cleanup)
        b.emit(bc.ROT_TWO)
        b.emit(bc.POP_TOP)
        b.mark(end)

    def visit_IfExp(self, node):
        b = self.b
        orelse = b.new_label()
        end = b.new_label()
        self.cond_jump(node.test, False, orelse)
        self.expr(node.body)
        b.emit_jump(bc.JUMP, end)
        b.mark(orelse)
        self.expr(node.orelse)
        b.mark(end)

    def visit_NamedExpr(self, node):
        self.expr(node.value)
        self.b.emit(bc.DUP_TOP)
        self.store_target(node.target)

    def has_starred(self, elts):
        for e in elts:
            if isinstance(e, ast.Starred):
                return True
        return False

    def build_sequence(self, elts, build_op, extend_op):
        """Push a list/tuple/set of elts, handling *unpacking."""
        b = self.b
        if not self.has_starred(elts):
            for e in elts:
                self.expr(e)
            b.emit(build_op, len(elts))
            return
        # build a list (or set) incrementally, then convert
        is_set = build_op == bc.BUILD_SET
        b.emit(bc.BUILD_SET if is_set else bc.BUILD_LIST, 0)
        pending = 0
        for e in elts:
            if isinstance(e, ast.Starred):
                self.expr(e.value)
                b.emit(bc.SET_UPDATE if is_set else bc.LIST_EXTEND, 1)
            else:
                self.expr(e)
                b.emit(bc.SET_ADD if is_set else bc.LIST_APPEND, 1)
        if build_op == bc.BUILD_TUPLE:
            b.emit(bc.LIST_TO_TUPLE)

    def visit_Tuple(self, node):
        if node.ctx == ast.Store:
            self.store_target(node)
            return
        if node.ctx == ast.Del:
            self.delete_target(node)
            return
        self.build_sequence(node.elts, bc.BUILD_TUPLE, bc.LIST_EXTEND)

    def visit_List(self, node):
        if node.ctx == ast.Store:
            self.store_target(node)
            return
        if node.ctx == ast.Del:
            self.delete_target(node)
            return
        self.build_sequence(node.elts, bc.BUILD_LIST, bc.LIST_EXTEND)

    def visit_Set(self, node):
        self.build_sequence(node.elts, bc.BUILD_SET, bc.SET_UPDATE)

    def visit_Starred(self, node):
        self.error("can't use starred expression here", node)

    def visit_Dict(self, node):
        b = self.b
        n = len(node.keys)
        has_unpack = False
        for k in node.keys:
            if k is None:
                has_unpack = True
        if not has_unpack:
            for i in range(n):
                self.expr(node.keys[i])
                self.expr(node.values[i])
            b.emit(bc.BUILD_MAP, n)
            return
        b.emit(bc.BUILD_MAP, 0)
        for i in range(n):
            k = node.keys[i]
            if k is None:
                self.expr(node.values[i])
                b.emit(bc.DICT_UPDATE, 1)
            else:
                self.expr(k)
                self.expr(node.values[i])
                b.emit(bc.MAP_ADD, 1)

    def visit_Call(self, node):
        b = self.b
        func = node.func
        simple_args = not self.has_starred(node.args)
        for kw in node.keywords:
            if kw.arg is None:
                simple_args = False
        if isinstance(func, ast.Attribute) and simple_args:
            self.expr(func.value)
            b.emit(bc.LOAD_METHOD, b.add_name(self.mangle(func.attr)))
            for a in node.args:
                self.expr(a)
            if node.keywords:
                names = []
                for kw in node.keywords:
                    self.expr(kw.value)
                    names.append(kw.arg)
                b.emit(bc.LOAD_CONST, self.const_tuple_of_str(names))
                b.emit(bc.CALL_METHOD_KW, len(node.args) + len(node.keywords))
            else:
                b.emit(bc.CALL_METHOD, len(node.args))
            return
        if isinstance(func, ast.Name) and func.id == 'super' and not node.args and \
                not node.keywords and self.zero_arg_super():
            return
        self.expr(func)
        self.call_helper(0, node.args, node.keywords)

    def zero_arg_super(self):
        """super() in a method is super(__class__, <first argument>)."""
        scope = self.scope
        if scope.kind != FUNCTION or not scope.params or \
                scope.lookup('__class__') not in (SC_FREE, SC_CELL):
            return False
        b = self.b
        self.name_op('super', ast.Load)
        b.emit(bc.LOAD_DEREF, self._deref_index('__class__'))
        first = scope.params[0]
        if scope.lookup(first) == SC_CELL:
            b.emit(bc.LOAD_DEREF, self._deref_index(first))
        else:
            b.emit(bc.LOAD_FAST, b.add_varname(first))
        b.emit(bc.CALL_FUNCTION, 2)
        return True

    def call_helper(self, npushed, args, keywords):
        """Call the callable below `npushed` already-pushed positional args."""
        b = self.b
        simple = not self.has_starred(args)
        for kw in keywords:
            if kw.arg is None:
                simple = False
        if simple:
            for a in args:
                self.expr(a)
            if keywords:
                names = []
                for kw in keywords:
                    self.expr(kw.value)
                    names.append(kw.arg)
                b.emit(bc.LOAD_CONST, self.const_tuple_of_str(names))
                b.emit(bc.CALL_FUNCTION_KW, npushed + len(args) + len(keywords))
            else:
                b.emit(bc.CALL_FUNCTION, npushed + len(args))
            return
        # general form: a tuple of positionals and a dict of keywords
        b.emit(bc.BUILD_LIST, npushed)
        for a in args:
            if isinstance(a, ast.Starred):
                self.expr(a.value)
                b.emit(bc.LIST_EXTEND, 1)
            else:
                self.expr(a)
                b.emit(bc.LIST_APPEND, 1)
        b.emit(bc.LIST_TO_TUPLE)
        if keywords:
            b.emit(bc.BUILD_MAP, 0)
            for kw in keywords:
                if kw.arg is None:
                    self.expr(kw.value)
                    b.emit(bc.DICT_MERGE, 1)
                else:
                    self.load_str(kw.arg)
                    self.expr(kw.value)
                    b.emit(bc.MAP_ADD, 1)
            b.emit(bc.CALL_FUNCTION_EX, 1)
        else:
            b.emit(bc.CALL_FUNCTION_EX, 0)

    def visit_Yield(self, node):
        if self.scope.kind != FUNCTION:
            self.error("'yield' outside function", node)
        if node.value is not None:
            self.expr(node.value)
        else:
            self.emit_const_none()
        if self.scope.is_coroutine:
            self.b.emit(bc.ASYNC_GEN_WRAP)
        self.b.emit(bc.YIELD_VALUE)

    def visit_YieldFrom(self, node):
        if self.scope.kind != FUNCTION:
            self.error("'yield' outside function", node)
        if self.scope.is_coroutine:
            self.error("'yield from' inside async function", node)
        self.expr(node.value)
        self.b.emit(bc.GET_YIELD_FROM_ITER)
        self.emit_const_none()
        self.b.emit(bc.YIELD_FROM)

    def visit_Await(self, node):
        if not self.scope.is_coroutine:
            if self.scope.kind != FUNCTION:
                self.error("'await' outside function", node)
            self.error("'await' outside async function", node)
        self.expr(node.value)
        self.emit_await()

    def emit_await(self):
        """Await the object on top of the stack."""
        self.b.emit(bc.GET_AWAITABLE)
        self.emit_const_none()
        self.b.emit(bc.YIELD_FROM)

    # comprehensions

    def comprehension(self, node, name, generators, kind, elt, value):
        scope = self.symbols.scope_of[node]
        gen = CodeGen(self.info, self.symbols, scope, name, self.child_qualname(name),
                      node.lineno, self)
        gb = gen.b
        if kind == 'list':
            gb.emit(bc.BUILD_LIST, 0)
        elif kind == 'set':
            gb.emit(bc.BUILD_SET, 0)
        elif kind == 'dict':
            gb.emit(bc.BUILD_MAP, 0)
        gen.comp_loop(generators, 0, kind, elt, value)
        if kind == 'gen':
            gen.emit_const_none()
        gb.emit(bc.RETURN_VALUE)
        flags = self.function_flags(scope, None, scope.is_coroutine)
        code = gen.finish(1, 0, 0, flags)
        self.make_function(code, scope, None, node)
        self.expr(generators[0].iter)
        if generators[0].is_async:
            self.b.emit(bc.GET_AITER)
        else:
            self.b.emit(bc.GET_ITER)
        self.b.emit(bc.CALL_FUNCTION, 1)
        if scope.is_coroutine and kind != 'gen':
            # an asynchronous comprehension: its coroutine is awaited here
            self.emit_await()

    def comp_loop(self, generators, i, kind, elt, value):
        b = self.b
        g = generators[i]
        start = b.new_label()
        end = b.new_label()
        if i == 0:
            b.emit(bc.LOAD_FAST, b.add_varname('.0'))
        else:
            self.expr(g.iter)
            if g.is_async:
                b.emit(bc.GET_AITER)
            else:
                b.emit(bc.GET_ITER)
        b.mark(start)
        if g.is_async:
            self.async_next(end)
        else:
            b.emit_jump(bc.FOR_ITER, end)
        self.store_target(g.target)
        for cond in g.ifs:
            self.cond_jump(cond, False, start)
        if i + 1 < len(generators):
            self.comp_loop(generators, i + 1, kind, elt, value)
        else:
            depth = len(generators) + 1
            if kind == 'gen':
                self.expr(elt)
                if self.scope.is_coroutine:
                    b.emit(bc.ASYNC_GEN_WRAP)
                b.emit(bc.YIELD_VALUE)
                b.emit(bc.POP_TOP)
            elif kind == 'list':
                self.expr(elt)
                b.emit(bc.LIST_APPEND, depth)
            elif kind == 'set':
                self.expr(elt)
                b.emit(bc.SET_ADD, depth)
            else:
                self.expr(elt)
                self.expr(value)
                b.emit(bc.MAP_ADD, depth)
        b.emit_jump(bc.JUMP, start)
        b.mark(end)

    def visit_ListComp(self, node):
        self.comprehension(node, '<listcomp>', node.generators, 'list', node.elt, None)

    def visit_SetComp(self, node):
        self.comprehension(node, '<setcomp>', node.generators, 'set', node.elt, None)

    def visit_DictComp(self, node):
        self.comprehension(node, '<dictcomp>', node.generators, 'dict', node.key,
                           node.value)

    def visit_GeneratorExp(self, node):
        self.comprehension(node, '<genexpr>', node.generators, 'gen', node.elt, None)

    def visit_ExceptHandler(self, node):
        raise AssertionError("handled by try_except")

    def async_next(self, end):
        """With an async iterator on top of the stack, push the awaited result
        of its __anext__(); StopAsyncIteration pops the iterator and jumps to
        `end`."""
        b = self.b
        depth = b.depth
        outer_handler = b.handler
        outer_hdepth = b.handler_depth
        handler = b.new_label()
        b.handler = handler
        b.handler_depth = depth
        b.emit(bc.GET_ANEXT)
        self.emit_await()
        b.handler = outer_handler
        b.handler_depth = outer_hdepth
        after = b.new_label()
        b.emit_jump(bc.JUMP, after)
        # the exception is pushed on the iterator
        handler.depth = depth + 1
        b.dead = True
        b.mark(handler)
        b.emit(bc.END_ASYNC_FOR)
        b.emit_jump(bc.JUMP, end)
        b.mark(after)

    def visit_AsyncFor(self, node):
        if not self.scope.is_coroutine:
            self.error("'async for' outside async function", node)
        b = self.b
        start = b.new_label()
        cleanup = b.new_label()
        end = b.new_label()
        self.expr(node.iter)
        b.emit(bc.GET_AITER)
        b.mark(start)
        self.async_next(cleanup)
        self.push_fblock(FB_FOR, start, end, None)
        self.store_target(node.target)
        self.stmts(node.body)
        self.pop_fblock()
        self.set_line(node)
        b.emit_jump(bc.JUMP, start)
        b.mark(cleanup)
        self.stmts(node.orelse)
        b.mark(end)

    def visit_AsyncWith(self, node):
        if not self.scope.is_coroutine:
            self.error("'async with' outside async function", node)
        self.with_items(node, 0, True)

    def emit_async_exit(self):
        """[aexit] -> []: await aexit(None, None, None)."""
        b = self.b
        self.emit_const_none()
        self.emit_const_none()
        self.emit_const_none()
        b.emit(bc.CALL_FUNCTION, 3)
        self.emit_await()
        b.emit(bc.POP_TOP)
