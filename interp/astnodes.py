"""AST node classes for micropy (generated layout, CPython 3.8 names).

Every node constructor takes the fields positionally in CPython's order, then
``lineno, col_offset`` for nodes that carry positions (col_offset is 0-based,
in bytes).  Literals are represented by Int/Float/Imag/Str/Bytes and the
singleton constants NoneConst/TrueConst/FalseConst/EllipsisConst instead of
CPython's Constant.  Operators and expression contexts are ints (see below).

``walkabout(visitor)`` calls ``visitor.visit_<ClassName>(node)`` and returns
its result; it is specialized on the visitor's class so several visitors with
different return types can coexist in one RPython program.
"""

from rpython.rlib.objectmodel import specialize

# expression contexts
Load = 1
Store = 2
Del = 3

# binary operators
Add = 1
Sub = 2
Mult = 3
MatMult = 4
Div = 5
Mod = 6
Pow = 7
LShift = 8
RShift = 9
BitOr = 10
BitXor = 11
BitAnd = 12
FloorDiv = 13

# unary operators
Invert = 1
Not = 2
UAdd = 3
USub = 4

# boolean operators
And = 1
Or = 2

# comparison operators
Eq = 1
NotEq = 2
Lt = 3
LtE = 4
Gt = 5
GtE = 6
Is = 7
IsNot = 8
In = 9
NotIn = 10

BINOP_NAMES = [None, 'Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow',
               'LShift', 'RShift', 'BitOr', 'BitXor', 'BitAnd', 'FloorDiv']
UNARYOP_NAMES = [None, 'Invert', 'Not', 'UAdd', 'USub']
BOOLOP_NAMES = [None, 'And', 'Or']
CMPOP_NAMES = [None, 'Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot',
               'In', 'NotIn']
CTX_NAMES = [None, 'Load', 'Store', 'Del']


class Node(object):
    _fields = ()
    lineno = 0
    col_offset = 0

    @specialize.argtype(1)
    def walkabout(self, visitor):
        raise NotImplementedError


class mod(Node):
    pass


class stmt(Node):
    pass


class expr(Node):
    pass



class Module(mod):
    _fields = ('body', )

    def __init__(self, body):
        self.body = body

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Module(self)


class Interactive(mod):
    _fields = ('body', )

    def __init__(self, body):
        self.body = body

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Interactive(self)


class Expression(mod):
    _fields = ('body', )

    def __init__(self, body):
        self.body = body

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Expression(self)


class FunctionDef(stmt):
    _fields = ('name', 'args', 'body', 'decorator_list', 'returns', )

    def __init__(self, name, args, body, decorator_list, returns, lineno, col_offset):
        self.name = name
        self.args = args
        self.body = body
        self.decorator_list = decorator_list
        self.returns = returns
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_FunctionDef(self)


class AsyncFunctionDef(stmt):
    _fields = ('name', 'args', 'body', 'decorator_list', 'returns', )

    def __init__(self, name, args, body, decorator_list, returns, lineno, col_offset):
        self.name = name
        self.args = args
        self.body = body
        self.decorator_list = decorator_list
        self.returns = returns
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_AsyncFunctionDef(self)


class ClassDef(stmt):
    _fields = ('name', 'bases', 'keywords', 'body', 'decorator_list', )

    def __init__(self, name, bases, keywords, body, decorator_list, lineno, col_offset):
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorator_list = decorator_list
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_ClassDef(self)


class Return(stmt):
    _fields = ('value', )

    def __init__(self, value, lineno, col_offset):
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Return(self)


class Delete(stmt):
    _fields = ('targets', )

    def __init__(self, targets, lineno, col_offset):
        self.targets = targets
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Delete(self)


class Assign(stmt):
    _fields = ('targets', 'value', )

    def __init__(self, targets, value, lineno, col_offset):
        self.targets = targets
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Assign(self)


class AugAssign(stmt):
    _fields = ('target', 'op', 'value', )

    def __init__(self, target, op, value, lineno, col_offset):
        self.target = target
        self.op = op
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_AugAssign(self)


class AnnAssign(stmt):
    _fields = ('target', 'annotation', 'value', 'simple', )

    def __init__(self, target, annotation, value, simple, lineno, col_offset):
        self.target = target
        self.annotation = annotation
        self.value = value
        self.simple = simple
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_AnnAssign(self)


class For(stmt):
    _fields = ('target', 'iter', 'body', 'orelse', )

    def __init__(self, target, iter, body, orelse, lineno, col_offset):
        self.target = target
        self.iter = iter
        self.body = body
        self.orelse = orelse
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_For(self)


class AsyncFor(stmt):
    _fields = ('target', 'iter', 'body', 'orelse', )

    def __init__(self, target, iter, body, orelse, lineno, col_offset):
        self.target = target
        self.iter = iter
        self.body = body
        self.orelse = orelse
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_AsyncFor(self)


class While(stmt):
    _fields = ('test', 'body', 'orelse', )

    def __init__(self, test, body, orelse, lineno, col_offset):
        self.test = test
        self.body = body
        self.orelse = orelse
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_While(self)


class If(stmt):
    _fields = ('test', 'body', 'orelse', )

    def __init__(self, test, body, orelse, lineno, col_offset):
        self.test = test
        self.body = body
        self.orelse = orelse
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_If(self)


class With(stmt):
    _fields = ('items', 'body', )

    def __init__(self, items, body, lineno, col_offset):
        self.items = items
        self.body = body
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_With(self)


class AsyncWith(stmt):
    _fields = ('items', 'body', )

    def __init__(self, items, body, lineno, col_offset):
        self.items = items
        self.body = body
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_AsyncWith(self)


class Raise(stmt):
    _fields = ('exc', 'cause', )

    def __init__(self, exc, cause, lineno, col_offset):
        self.exc = exc
        self.cause = cause
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Raise(self)


class Try(stmt):
    _fields = ('body', 'handlers', 'orelse', 'finalbody', )

    def __init__(self, body, handlers, orelse, finalbody, lineno, col_offset):
        self.body = body
        self.handlers = handlers
        self.orelse = orelse
        self.finalbody = finalbody
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Try(self)


class Assert(stmt):
    _fields = ('test', 'msg', )

    def __init__(self, test, msg, lineno, col_offset):
        self.test = test
        self.msg = msg
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Assert(self)


class Import(stmt):
    _fields = ('names', )

    def __init__(self, names, lineno, col_offset):
        self.names = names
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Import(self)


class ImportFrom(stmt):
    _fields = ('module', 'names', 'level', )

    def __init__(self, module, names, level, lineno, col_offset):
        self.module = module
        self.names = names
        self.level = level
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_ImportFrom(self)


class Global(stmt):
    _fields = ('names', )

    def __init__(self, names, lineno, col_offset):
        self.names = names
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Global(self)


class Nonlocal(stmt):
    _fields = ('names', )

    def __init__(self, names, lineno, col_offset):
        self.names = names
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Nonlocal(self)


class Expr(stmt):
    _fields = ('value', )

    def __init__(self, value, lineno, col_offset):
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Expr(self)


class Pass(stmt):
    _fields = ()

    def __init__(self, lineno, col_offset):
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Pass(self)


class Break(stmt):
    _fields = ()

    def __init__(self, lineno, col_offset):
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Break(self)


class Continue(stmt):
    _fields = ()

    def __init__(self, lineno, col_offset):
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Continue(self)


class BoolOp(expr):
    _fields = ('op', 'values', )

    def __init__(self, op, values, lineno, col_offset):
        self.op = op
        self.values = values
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_BoolOp(self)


class NamedExpr(expr):
    _fields = ('target', 'value', )

    def __init__(self, target, value, lineno, col_offset):
        self.target = target
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_NamedExpr(self)


class BinOp(expr):
    _fields = ('left', 'op', 'right', )

    def __init__(self, left, op, right, lineno, col_offset):
        self.left = left
        self.op = op
        self.right = right
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_BinOp(self)


class UnaryOp(expr):
    _fields = ('op', 'operand', )

    def __init__(self, op, operand, lineno, col_offset):
        self.op = op
        self.operand = operand
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_UnaryOp(self)


class Lambda(expr):
    _fields = ('args', 'body', )

    def __init__(self, args, body, lineno, col_offset):
        self.args = args
        self.body = body
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Lambda(self)


class IfExp(expr):
    _fields = ('test', 'body', 'orelse', )

    def __init__(self, test, body, orelse, lineno, col_offset):
        self.test = test
        self.body = body
        self.orelse = orelse
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_IfExp(self)


class Dict(expr):
    _fields = ('keys', 'values', )

    def __init__(self, keys, values, lineno, col_offset):
        self.keys = keys
        self.values = values
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Dict(self)


class Set(expr):
    _fields = ('elts', )

    def __init__(self, elts, lineno, col_offset):
        self.elts = elts
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Set(self)


class ListComp(expr):
    _fields = ('elt', 'generators', )

    def __init__(self, elt, generators, lineno, col_offset):
        self.elt = elt
        self.generators = generators
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_ListComp(self)


class SetComp(expr):
    _fields = ('elt', 'generators', )

    def __init__(self, elt, generators, lineno, col_offset):
        self.elt = elt
        self.generators = generators
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_SetComp(self)


class DictComp(expr):
    _fields = ('key', 'value', 'generators', )

    def __init__(self, key, value, generators, lineno, col_offset):
        self.key = key
        self.value = value
        self.generators = generators
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_DictComp(self)


class GeneratorExp(expr):
    _fields = ('elt', 'generators', )

    def __init__(self, elt, generators, lineno, col_offset):
        self.elt = elt
        self.generators = generators
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_GeneratorExp(self)


class Await(expr):
    _fields = ('value', )

    def __init__(self, value, lineno, col_offset):
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Await(self)


class Yield(expr):
    _fields = ('value', )

    def __init__(self, value, lineno, col_offset):
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Yield(self)


class YieldFrom(expr):
    _fields = ('value', )

    def __init__(self, value, lineno, col_offset):
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_YieldFrom(self)


class Compare(expr):
    _fields = ('left', 'ops', 'comparators', )

    def __init__(self, left, ops, comparators, lineno, col_offset):
        self.left = left
        self.ops = ops
        self.comparators = comparators
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Compare(self)


class Call(expr):
    _fields = ('func', 'args', 'keywords', )

    def __init__(self, func, args, keywords, lineno, col_offset):
        self.func = func
        self.args = args
        self.keywords = keywords
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Call(self)


class FormattedValue(expr):
    _fields = ('value', 'conversion', 'format_spec', )

    def __init__(self, value, conversion, format_spec, lineno, col_offset):
        self.value = value
        self.conversion = conversion
        self.format_spec = format_spec
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_FormattedValue(self)


class JoinedStr(expr):
    _fields = ('values', )

    def __init__(self, values, lineno, col_offset):
        self.values = values
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_JoinedStr(self)


class Int(expr):
    _fields = ('text', )

    def __init__(self, text, lineno, col_offset):
        self.text = text
        self.value = text   # alias of .text
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Int(self)


class Float(expr):
    _fields = ('value', )

    def __init__(self, value, lineno, col_offset):
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Float(self)


class Imag(expr):
    _fields = ('value', )

    def __init__(self, value, lineno, col_offset):
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Imag(self)


class Str(expr):
    _fields = ('value', )

    def __init__(self, value, lineno, col_offset):
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Str(self)


class Bytes(expr):
    _fields = ('value', )

    def __init__(self, value, lineno, col_offset):
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Bytes(self)


class NoneConst(expr):
    _fields = ()

    def __init__(self, lineno, col_offset):
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_NoneConst(self)


class TrueConst(expr):
    _fields = ()

    def __init__(self, lineno, col_offset):
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_TrueConst(self)


class FalseConst(expr):
    _fields = ()

    def __init__(self, lineno, col_offset):
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_FalseConst(self)


class EllipsisConst(expr):
    _fields = ()

    def __init__(self, lineno, col_offset):
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_EllipsisConst(self)


class Attribute(expr):
    _fields = ('value', 'attr', 'ctx', )

    def __init__(self, value, attr, ctx, lineno, col_offset):
        self.value = value
        self.attr = attr
        self.ctx = ctx
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Attribute(self)


class Subscript(expr):
    _fields = ('value', 'slice', 'ctx', )

    def __init__(self, value, slice, ctx, lineno, col_offset):
        self.value = value
        self.slice = slice
        self.ctx = ctx
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Subscript(self)


class Starred(expr):
    _fields = ('value', 'ctx', )

    def __init__(self, value, ctx, lineno, col_offset):
        self.value = value
        self.ctx = ctx
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Starred(self)


class Name(expr):
    _fields = ('id', 'ctx', )

    def __init__(self, id, ctx, lineno, col_offset):
        self.id = id
        self.ctx = ctx
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Name(self)


class List(expr):
    _fields = ('elts', 'ctx', )

    def __init__(self, elts, ctx, lineno, col_offset):
        self.elts = elts
        self.ctx = ctx
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_List(self)


class Tuple(expr):
    _fields = ('elts', 'ctx', )

    def __init__(self, elts, ctx, lineno, col_offset):
        self.elts = elts
        self.ctx = ctx
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Tuple(self)


class Slice(expr):
    _fields = ('lower', 'upper', 'step', )

    def __init__(self, lower, upper, step, lineno, col_offset):
        self.lower = lower
        self.upper = upper
        self.step = step
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_Slice(self)


class ExceptHandler(Node):
    _fields = ('type', 'name', 'body', )

    def __init__(self, type, name, body, lineno, col_offset):
        self.type = type
        self.name = name
        self.body = body
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_ExceptHandler(self)


class arg(Node):
    _fields = ('arg', 'annotation', )

    def __init__(self, arg, annotation, lineno, col_offset):
        self.arg = arg
        self.annotation = annotation
        self.lineno = lineno
        self.col_offset = col_offset

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_arg(self)


class arguments(object):
    _fields = ('posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults', )

    def __init__(self, posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults):
        self.posonlyargs = posonlyargs
        self.args = args
        self.vararg = vararg
        self.kwonlyargs = kwonlyargs
        self.kw_defaults = kw_defaults
        self.kwarg = kwarg
        self.defaults = defaults

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_arguments(self)


class keyword(object):
    _fields = ('arg', 'value', )

    def __init__(self, arg, value):
        self.arg = arg
        self.value = value

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_keyword(self)


class comprehension(object):
    _fields = ('target', 'iter', 'ifs', 'is_async', )

    def __init__(self, target, iter, ifs, is_async):
        self.target = target
        self.iter = iter
        self.ifs = ifs
        self.is_async = is_async

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_comprehension(self)


class withitem(object):
    _fields = ('context_expr', 'optional_vars', )

    def __init__(self, context_expr, optional_vars):
        self.context_expr = context_expr
        self.optional_vars = optional_vars

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_withitem(self)


class alias(object):
    _fields = ('name', 'asname', )

    def __init__(self, name, asname):
        self.name = name
        self.asname = asname

    @specialize.argtype(1)
    def walkabout(self, visitor):
        return visitor.visit_alias(self)


# ---------------------------------------------------------------------------
# Debugging helper (NOT RPython; used by the unit tests).

def dump(node):
    """Readable one-line rendering of a tree, e.g. "Name('x', Load)"."""
    if node is None:
        return 'None'
    if isinstance(node, list):
        return '[' + ', '.join([dump(x) for x in node]) + ']'
    if isinstance(node, bool):
        return repr(node)
    if isinstance(node, (str, int, long, float)):
        return repr(node)
    cls = node.__class__.__name__
    parts = []
    for f in node._fields:
        v = getattr(node, f)
        if f == 'ctx':
            parts.append(CTX_NAMES[v])
        elif f == 'op' and isinstance(node, (BinOp, AugAssign)):
            parts.append(BINOP_NAMES[v])
        elif f == 'op' and isinstance(node, UnaryOp):
            parts.append(UNARYOP_NAMES[v])
        elif f == 'op' and isinstance(node, BoolOp):
            parts.append(BOOLOP_NAMES[v])
        elif f == 'ops':
            parts.append('[' + ', '.join([CMPOP_NAMES[o] for o in v]) + ']')
        else:
            parts.append(dump(v))
    return '%s(%s)' % (cls, ', '.join(parts))

