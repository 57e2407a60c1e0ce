"""Scope analysis: which names are local, global, free or cells in each scope."""
from interp import astnodes as ast
from interp.parser import ParseError

# symbol flags
DEF_LOCAL = 1
DEF_PARAM = 2
DEF_GLOBAL = 4
DEF_NONLOCAL = 8
USE = 16

# resolved scopes
SC_LOCAL = 1
SC_GLOBAL_EXPLICIT = 2
SC_GLOBAL_IMPLICIT = 3
SC_FREE = 4
SC_CELL = 5

MODULE, FUNCTION, CLASS = 0, 1, 2


class Scope(object):
    def __init__(self, name, kind, lineno):
        self.name = name
        self.kind = kind
        self.lineno = lineno
        self.flags = {}             # name -> DEF_* bits
        self.order = []             # names in order of first appearance
        self.scopes = {}            # name -> SC_*, after analysis
        self.children = []
        self.params = []            # parameter names in order
        self.is_generator = False
        self.is_coroutine = False
        self.has_await = False          # an await (or async comprehension) right here
        self.in_async = False           # comprehensions: inside a coroutine
        self.has_yield_inside_comp = False
        self.uses_class_cell = False    # a method using super() / __class__
        self.needs_class_cell = False   # a class whose methods need __class__
        self.extra_free = []        # class scopes: names bound here but also passed to methods

    def add(self, name, flag):
        old = self.flags.get(name, 0)
        if old == 0:
            self.order.append(name)
        self.flags[name] = old | flag

    def lookup(self, name):
        return self.scopes.get(name, SC_GLOBAL_IMPLICIT)

    def cellvars(self):
        return [n for n in self.order if self.scopes.get(n, 0) == SC_CELL]

    def freevars(self):
        return [n for n in self.order if self.scopes.get(n, 0) == SC_FREE] + self.extra_free


def mangle(classname, name):
    if classname is None or not name.startswith('__') or name.endswith('__') or '.' in name:
        return name
    stripped = classname.lstrip('_')
    if not stripped:
        return name
    return '_' + stripped + name


class SymtableBuilder(object):
    """Walks the AST once, building one Scope per function/class/comprehension;
    `scope_of` maps each scope-creating node to its Scope."""

    def __init__(self, module_node):
        self.scope_of = {}
        self.stack = []
        self.classname = None
        top = Scope('<module>', MODULE, 0)
        self.top = top
        self.stack.append(top)
        self.scope_of[module_node] = top
        if isinstance(module_node, ast.Module):
            self.visit_body(module_node.body)
        elif isinstance(module_node, ast.Interactive):
            self.visit_body(module_node.body)
        elif isinstance(module_node, ast.Expression):
            self.visit(module_node.body)
        analyze(top, None, {}, {})

    def error(self, msg, node):
        raise ParseError(msg, node.lineno, node.col_offset + 1)

    def push(self, node, name, kind):
        scope = Scope(name, kind, node.lineno)
        self.stack[-1].children.append(scope)
        self.scope_of[node] = scope
        self.stack.append(scope)
        return scope

    def pop(self):
        self.stack.pop()

    def note(self, name, flag, node):
        name = mangle(self.classname, name)
        scope = self.stack[-1]
        old = scope.flags.get(name, 0)
        if flag & (DEF_LOCAL | USE) and old & DEF_GLOBAL and scope.kind == MODULE:
            pass
        scope.add(name, flag)

    # ____________________________________________________________

    def visit(self, node):
        node.walkabout(self)

    def visit_opt(self, node):
        if node is not None:
            node.walkabout(self)

    def visit_body(self, stmts):
        for s in stmts:
            s.walkabout(self)

    def visit_exprs(self, exprs):
        for e in exprs:
            if e is not None:
                e.walkabout(self)

    def visit_FunctionDef(self, node):
        self._function(node, node.name, node.args, node.body, node.decorator_list,
                       node.returns, False)

    def visit_AsyncFunctionDef(self, node):
        self._function(node, node.name, node.args, node.body, node.decorator_list,
                       node.returns, True)

    def _function(self, node, name, args, body, decorators, returns, is_async):
        self.note(name, DEF_LOCAL, node)
        self.visit_exprs(decorators)
        self.visit_exprs(args.defaults)
        self.visit_exprs(args.kw_defaults)
        self._annotations(args)
        self.visit_opt(returns)
        scope = self.push(node, name, FUNCTION)
        scope.is_coroutine = is_async
        self._params(args)
        saved = self.classname
        self.visit_body(body)
        self.classname = saved
        self.pop()

    def _annotations(self, args):
        for a in args.posonlyargs + args.args + args.kwonlyargs:
            self.visit_opt(a.annotation)
        if args.vararg is not None:
            self.visit_opt(args.vararg.annotation)
        if args.kwarg is not None:
            self.visit_opt(args.kwarg.annotation)

    def _params(self, args):
        scope = self.stack[-1]
        allargs = args.posonlyargs + args.args + args.kwonlyargs
        if args.vararg is not None:
            allargs.append(args.vararg)
        if args.kwarg is not None:
            allargs.append(args.kwarg)
        for a in allargs:
            name = mangle(self.classname, a.arg)
            if name in scope.params:
                self.error("duplicate argument '%s' in function definition" % a.arg, a)
            scope.params.append(name)
            scope.add(name, DEF_PARAM)

    def visit_Lambda(self, node):
        self.visit_exprs(node.args.defaults)
        self.visit_exprs(node.args.kw_defaults)
        self.push(node, '<lambda>', FUNCTION)
        self._params(node.args)
        self.visit(node.body)
        self.pop()

    def visit_ClassDef(self, node):
        self.note(node.name, DEF_LOCAL, node)
        self.visit_exprs(node.bases)
        for kw in node.keywords:
            self.visit(kw.value)
        self.visit_exprs(node.decorator_list)
        self.push(node, node.name, CLASS)
        saved = self.classname
        self.classname = node.name
        self.visit_body(node.body)
        self.classname = saved
        self.pop()

    def _comprehension(self, node, name, generators, elts):
        # the first iterable is evaluated in the enclosing scope
        self.visit(generators[0].iter)
        parent = self.stack[-1]
        scope = self.push(node, name, FUNCTION)
        scope.in_async = parent.is_coroutine or parent.in_async
        scope.params.append('.0')
        scope.add('.0', DEF_PARAM)
        if isinstance(node, ast.GeneratorExp):
            scope.is_generator = True
        for i in range(len(generators)):
            gen = generators[i]
            self.visit(gen.target)
            if i > 0:
                self.visit(gen.iter)
            self.visit_exprs(gen.ifs)
        self.visit_exprs(elts)
        self.pop()
        is_async = scope.has_await
        for gen in generators:
            if gen.is_async:
                is_async = True
        if is_async:
            if not scope.in_async:
                self.error("asynchronous comprehension outside of an asynchronous "
                           "function", node)
            scope.is_coroutine = True
            if not isinstance(node, ast.GeneratorExp):
                # the comprehension's coroutine is awaited where it is
                parent.has_await = True
        if scope.is_generator and not isinstance(node, ast.GeneratorExp):
            self.error("'yield' inside list comprehension", node)

    def visit_ListComp(self, node):
        self._comprehension(node, '<listcomp>', node.generators, [node.elt])

    def visit_SetComp(self, node):
        self._comprehension(node, '<setcomp>', node.generators, [node.elt])

    def visit_GeneratorExp(self, node):
        self._comprehension(node, '<genexpr>', node.generators, [node.elt])

    def visit_DictComp(self, node):
        self._comprehension(node, '<dictcomp>', node.generators, [node.key, node.value])

    def visit_Name(self, node):
        if node.ctx == ast.Load:
            self.note(node.id, USE, node)
            if node.id == 'super' and self.stack[-1].kind == FUNCTION:
                self._want_class_cell()
        else:
            self.note(node.id, DEF_LOCAL, node)
        if node.id == '__class__' and node.ctx == ast.Load:
            self._want_class_cell()

    def _want_class_cell(self):
        # the innermost enclosing class provides the __class__ cell
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].kind == CLASS:
                self.stack[i].needs_class_cell = True
                self.stack[-1].uses_class_cell = True
                self.stack[-1].add('__class__', USE)
                return

    def visit_Global(self, node):
        for name in node.names:
            flags = self.stack[-1].flags.get(mangle(self.classname, name), 0)
            if flags & (DEF_LOCAL | USE | DEF_PARAM):
                if flags & DEF_PARAM:
                    self.error("name '%s' is parameter and global" % name, node)
                self.error("name '%s' is assigned to before global declaration" % name, node)
            if flags & DEF_NONLOCAL:
                self.error("name '%s' is nonlocal and global" % name, node)
            self.note(name, DEF_GLOBAL, node)

    def visit_Nonlocal(self, node):
        if self.stack[-1].kind == MODULE:
            self.error("nonlocal declaration not allowed at module level", node)
        for name in node.names:
            flags = self.stack[-1].flags.get(mangle(self.classname, name), 0)
            if flags & DEF_PARAM:
                self.error("name '%s' is parameter and nonlocal" % name, node)
            if flags & (DEF_LOCAL | USE):
                self.error("name '%s' is assigned to before nonlocal declaration" % name,
                           node)
            if flags & DEF_GLOBAL:
                self.error("name '%s' is nonlocal and global" % name, node)
            self.note(name, DEF_NONLOCAL, node)

    def visit_Yield(self, node):
        self.stack[-1].is_generator = True
        self.visit_opt(node.value)

    def visit_YieldFrom(self, node):
        self.stack[-1].is_generator = True
        self.visit(node.value)

    def visit_Await(self, node):
        self.stack[-1].has_await = True
        self.visit(node.value)

    def visit_NamedExpr(self, node):
        self.visit(node.value)
        # the target binds in the innermost non-comprehension scope
        target = node.target
        assert isinstance(target, ast.Name)
        i = len(self.stack) - 1
        while i > 0 and self.stack[i].name in ('<listcomp>', '<setcomp>', '<genexpr>',
                                               '<dictcomp>'):
            i -= 1
        scope = self.stack[i]
        name = mangle(self.classname, target.id)
        if i != len(self.stack) - 1:
            if scope.kind == CLASS:
                self.error("assignment expression within a comprehension cannot be used "
                           "in a class body", node)
            if scope.kind == FUNCTION:
                scope.add(name, DEF_LOCAL)
            else:
                scope.add(name, DEF_GLOBAL)
                scope.add(name, DEF_LOCAL)
            for k in range(i + 1, len(self.stack)):
                self.stack[k].add(name, DEF_NONLOCAL if scope.kind == FUNCTION
                                  else DEF_GLOBAL)
        else:
            self.note(target.id, DEF_LOCAL, node)

    def visit_Import(self, node):
        for alias in node.names:
            if alias.asname is not None:
                self.note(alias.asname, DEF_LOCAL, node)
            else:
                name = alias.name
                dot = name.find('.')
                if dot >= 0:
                    name = name[:dot]
                self.note(name, DEF_LOCAL, node)

    def visit_ImportFrom(self, node):
        for alias in node.names:
            if alias.name == '*':
                if self.stack[-1].kind != MODULE:
                    self.error("import * only allowed at module level", node)
                continue
            self.note(alias.asname if alias.asname is not None else alias.name,
                      DEF_LOCAL, node)

    def visit_ExceptHandler(self, node):
        self.visit_opt(node.type)
        if node.name is not None:
            self.note(node.name, DEF_LOCAL, node)
        self.visit_body(node.body)

    # plain traversal of everything else

    def visit_Return(self, node):
        self.visit_opt(node.value)

    def visit_Delete(self, node):
        self.visit_exprs(node.targets)

    def visit_Assign(self, node):
        self.visit(node.value)
        self.visit_exprs(node.targets)

    def visit_AugAssign(self, node):
        self.visit(node.value)
        self.visit(node.target)
        if isinstance(node.target, ast.Name):
            self.note(node.target.id, USE, node)

    def visit_AnnAssign(self, node):
        self.visit_opt(node.value)
        self.visit(node.target)
        if not (isinstance(node.target, ast.Name) and self.stack[-1].kind == FUNCTION):
            self.visit(node.annotation)

    def visit_For(self, node):
        self.visit(node.iter)
        self.visit(node.target)
        self.visit_body(node.body)
        self.visit_body(node.orelse)

    def visit_AsyncFor(self, node):
        self.visit(node.iter)
        self.visit(node.target)
        self.visit_body(node.body)
        self.visit_body(node.orelse)

    def visit_While(self, node):
        self.visit(node.test)
        self.visit_body(node.body)
        self.visit_body(node.orelse)

    def visit_If(self, node):
        self.visit(node.test)
        self.visit_body(node.body)
        self.visit_body(node.orelse)

    def visit_With(self, node):
        for item in node.items:
            self.visit(item.context_expr)
            self.visit_opt(item.optional_vars)
        self.visit_body(node.body)

    def visit_AsyncWith(self, node):
        for item in node.items:
            self.visit(item.context_expr)
            self.visit_opt(item.optional_vars)
        self.visit_body(node.body)

    def visit_Raise(self, node):
        self.visit_opt(node.exc)
        self.visit_opt(node.cause)

    def visit_Try(self, node):
        self.visit_body(node.body)
        for h in node.handlers:
            h.walkabout(self)
        self.visit_body(node.orelse)
        self.visit_body(node.finalbody)

    def visit_Assert(self, node):
        self.visit(node.test)
        self.visit_opt(node.msg)

    def visit_Expr(self, node):
        self.visit(node.value)

    def visit_Pass(self, node):
        pass

    def visit_Break(self, node):
        pass

    def visit_Continue(self, node):
        pass

    def visit_BoolOp(self, node):
        self.visit_exprs(node.values)

    def visit_BinOp(self, node):
        self.visit(node.left)
        self.visit(node.right)

    def visit_UnaryOp(self, node):
        self.visit(node.operand)

    def visit_IfExp(self, node):
        self.visit(node.test)
        self.visit(node.body)
        self.visit(node.orelse)

    def visit_Dict(self, node):
        self.visit_exprs(node.keys)
        self.visit_exprs(node.values)

    def visit_Set(self, node):
        self.visit_exprs(node.elts)

    def visit_Compare(self, node):
        self.visit(node.left)
        self.visit_exprs(node.comparators)

    def visit_Call(self, node):
        self.visit(node.func)
        self.visit_exprs(node.args)
        for kw in node.keywords:
            self.visit(kw.value)

    def visit_FormattedValue(self, node):
        self.visit(node.value)
        self.visit_opt(node.format_spec)

    def visit_JoinedStr(self, node):
        self.visit_exprs(node.values)

    def visit_Int(self, node):
        pass

    def visit_Float(self, node):
        pass

    def visit_Imag(self, node):
        pass

    def visit_Str(self, node):
        pass

    def visit_Bytes(self, node):
        pass

    def visit_NoneConst(self, node):
        pass

    def visit_TrueConst(self, node):
        pass

    def visit_FalseConst(self, node):
        pass

    def visit_EllipsisConst(self, node):
        pass

    def visit_Attribute(self, node):
        self.visit(node.value)

    def visit_Subscript(self, node):
        self.visit(node.value)
        self.visit(node.slice)

    def visit_Starred(self, node):
        self.visit(node.value)

    def visit_List(self, node):
        self.visit_exprs(node.elts)

    def visit_Tuple(self, node):
        self.visit_exprs(node.elts)

    def visit_Slice(self, node):
        self.visit_opt(node.lower)
        self.visit_opt(node.upper)
        self.visit_opt(node.step)


def analyze(scope, enclosing_bound, global_names, dummy):
    """Resolve each name of scope; returns the set of free names it needs from
    enclosing scopes (as a dict used as a set)."""
    if enclosing_bound is None:
        enclosing_bound = {}
    local_bound = {}
    for name in scope.order:
        flags = scope.flags[name]
        if flags & DEF_GLOBAL:
            scope.scopes[name] = SC_GLOBAL_EXPLICIT
        elif flags & DEF_NONLOCAL:
            if name not in enclosing_bound:
                raise ParseError("no binding for nonlocal '%s' found" % name,
                                 scope.lineno, 1)
            scope.scopes[name] = SC_FREE
        elif flags & (DEF_LOCAL | DEF_PARAM):
            if scope.kind == MODULE:
                scope.scopes[name] = SC_GLOBAL_IMPLICIT
            else:
                scope.scopes[name] = SC_LOCAL
                local_bound[name] = True
        elif name in enclosing_bound and scope.kind != MODULE:
            scope.scopes[name] = SC_FREE
        else:
            scope.scopes[name] = SC_GLOBAL_IMPLICIT
    # names visible as closures to the children
    child_bound = {}
    for k in enclosing_bound:
        child_bound[k] = True
    if scope.kind == FUNCTION:
        for k in local_bound:
            child_bound[k] = True
    if scope.kind == CLASS and scope.needs_class_cell:
        child_bound['__class__'] = True
    # a global declaration hides the enclosing binding
    for name in scope.order:
        if scope.scopes.get(name, 0) == SC_GLOBAL_EXPLICIT and name in child_bound:
            del child_bound[name]
    free = {}
    for child in scope.children:
        child_free = analyze(child, child_bound, global_names, dummy)
        for name in child_free:
            sc = scope.scopes.get(name, 0)
            if scope.kind == FUNCTION and sc == SC_LOCAL:
                scope.scopes[name] = SC_CELL
            elif sc == SC_CELL:
                pass
            elif scope.kind == CLASS and name == '__class__' and scope.needs_class_cell:
                scope.scopes[name] = SC_CELL
                if name not in scope.flags:
                    scope.order.append(name)
                    scope.flags[name] = DEF_LOCAL
            else:
                # passes through us: we need it from our own parent
                free[name] = True
                if scope.kind == CLASS and name in scope.flags and \
                        scope.flags[name] & DEF_LOCAL:
                    # bound in the class body too: the class keeps its own binding
                    # and passes the enclosing one through to its methods
                    if name not in scope.extra_free:
                        scope.extra_free.append(name)
                elif name not in scope.flags:
                    scope.order.append(name)
                    scope.flags[name] = 0
                    scope.scopes[name] = SC_FREE
    for name in scope.order:
        if scope.scopes.get(name, 0) == SC_FREE:
            free[name] = True
    if scope.kind == CLASS and scope.needs_class_cell and '__class__' not in scope.scopes:
        scope.order.append('__class__')
        scope.flags['__class__'] = DEF_LOCAL
        scope.scopes['__class__'] = SC_CELL
    return free
