"""Recursive-descent parser for Python 3.8 producing interp.astnodes (RPython).

Entry point: parse(source, filename, mode) with mode 'exec', 'eval' or
'single'.  Errors are raised as ParseError (defined in interp.lexer).
"""

from rpython.rlib import rstackovf
from rpython.rlib.rfloat import string_to_float
from rpython.rlib.rstring import ParseStringError

from interp import astnodes as ast
from interp.lexer import (Lexer, ParseError, NAME, NUMBER, STRING, OP,
                          NEWLINE, INDENT, DEDENT, ENDMARKER)
from interp.fstring import decode_literal, parse_fstring, StrAccumulator

__all__ = ['parse', 'ParseError']

KEYWORDS = {}
for _kw in ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
            'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
            'except', 'finally', 'for', 'from', 'global', 'if', 'import',
            'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
            'return', 'try', 'while', 'with', 'yield']:
    KEYWORDS[_kw] = True
del _kw

AUGASSIGN_OPS = {'+=': ast.Add, '-=': ast.Sub, '*=': ast.Mult,
                 '@=': ast.MatMult, '/=': ast.Div, '%=': ast.Mod,
                 '**=': ast.Pow, '<<=': ast.LShift, '>>=': ast.RShift,
                 '|=': ast.BitOr, '^=': ast.BitXor, '&=': ast.BitAnd,
                 '//=': ast.FloorDiv}

COMPARE_OPS = {'==': ast.Eq, '!=': ast.NotEq, '<': ast.Lt, '<=': ast.LtE,
               '>': ast.Gt, '>=': ast.GtE}

TERM_OPS = {'*': ast.Mult, '@': ast.MatMult, '/': ast.Div, '%': ast.Mod,
            '//': ast.FloorDiv}


def is_keyword(s):
    return s in KEYWORDS


def _syntax_error(msg, tok):
    return ParseError(msg, tok.lineno, tok.col + 1, 'SyntaxError',
                      tok.type == ENDMARKER)


class Parser(object):
    def __init__(self, lexer):
        self.lexer = lexer
        self.index = 0
        self.tok = lexer.get(0)

    # -- token helpers -------------------------------------------------------

    def advance(self):
        t = self.tok
        self.index += 1
        self.tok = self.lexer.get(self.index)
        return t

    def peek(self, k):
        """The token k positions after the current one."""
        return self.lexer.get(self.index + k)

    def at_op(self, s):
        return self.tok.type == OP and self.tok.value == s

    def at_kw(self, s):
        return self.tok.type == NAME and self.tok.value == s

    def eat_op(self, s):
        if self.tok.type == OP and self.tok.value == s:
            self.advance()
            return True
        return False

    def eat_kw(self, s):
        if self.tok.type == NAME and self.tok.value == s:
            self.advance()
            return True
        return False

    def expect_op(self, s):
        if not (self.tok.type == OP and self.tok.value == s):
            raise self.error_here('invalid syntax')
        return self.advance()

    def expect_kw(self, s):
        if not (self.tok.type == NAME and self.tok.value == s):
            raise self.error_here('invalid syntax')
        return self.advance()

    def expect_name(self):
        t = self.tok
        if t.type != NAME or is_keyword(t.value):
            raise self.error_here('invalid syntax')
        self.advance()
        return t.value

    def error_here(self, msg):
        t = self.tok
        if t.type == INDENT:
            return ParseError('unexpected indent', t.lineno, t.col + 1,
                              'IndentationError', False)
        return _syntax_error(msg, t)

    def error_at(self, msg, node):
        return ParseError(msg, node.lineno, node.col_offset + 1,
                          'SyntaxError', False)

    def starts_expr(self):
        """Could the current token start an expression (or star_expr)?"""
        t = self.tok
        if t.type == NAME:
            v = t.value
            if not is_keyword(v):
                return True
            return (v == 'None' or v == 'True' or v == 'False' or
                    v == 'not' or v == 'lambda' or v == 'await' or
                    v == 'yield')
        if t.type == NUMBER or t.type == STRING:
            return True
        if t.type == OP:
            v = t.value
            return (v == '(' or v == '[' or v == '{' or v == '-' or
                    v == '+' or v == '~' or v == '*' or v == '...')
        return False

    # -- top level -------------------------------------------------------------

    def parse_file_input(self):
        body = []
        while self.tok.type != ENDMARKER:
            if self.tok.type == NEWLINE:
                self.advance()
                continue
            self.parse_statement(body)
        return body

    def parse_eval_input(self):
        if self.tok.type == INDENT:
            self.advance()
        e = self.parse_testlist_star_expr()
        while self.tok.type == NEWLINE or self.tok.type == DEDENT:
            self.advance()
        if self.tok.type != ENDMARKER:
            raise self.error_here('invalid syntax')
        return e

    # -- statements ------------------------------------------------------------

    def parse_statement(self, body):
        t = self.tok
        if t.type == INDENT:
            raise ParseError('unexpected indent', t.lineno, t.col + 1,
                             'IndentationError', False)
        if t.type == NAME:
            v = t.value
            if v == 'if':
                body.append(self.parse_if())
                return
            elif v == 'while':
                body.append(self.parse_while())
                return
            elif v == 'for':
                body.append(self.parse_for(False, t))
                return
            elif v == 'try':
                body.append(self.parse_try())
                return
            elif v == 'with':
                body.append(self.parse_with(False, t))
                return
            elif v == 'def':
                body.append(self.parse_funcdef([], False, t))
                return
            elif v == 'class':
                body.append(self.parse_classdef([], t))
                return
            elif v == 'async':
                body.append(self.parse_async([], t))
                return
        elif t.type == OP and t.value == '@':
            body.append(self.parse_decorated())
            return
        self.parse_simple_stmt(body)

    def parse_async(self, decorators, t):
        self.advance()  # 'async'
        if self.at_kw('def'):
            return self.parse_funcdef(decorators, True, t)
        if len(decorators) == 0:
            if self.at_kw('for'):
                return self.parse_for(True, t)
            if self.at_kw('with'):
                return self.parse_with(True, t)
        raise self.error_here('invalid syntax')

    def parse_decorated(self):
        decorators = []
        while self.at_op('@'):
            self.advance()
            decorators.append(self.parse_namedexpr_test())
            if self.tok.type != NEWLINE:
                raise self.error_here('invalid syntax')
            self.advance()
        t = self.tok
        if self.at_kw('def'):
            return self.parse_funcdef(decorators, False, t)
        if self.at_kw('class'):
            return self.parse_classdef(decorators, t)
        if self.at_kw('async'):
            return self.parse_async(decorators, t)
        raise self.error_here('invalid syntax')

    def parse_suite(self):
        """After the ':' of a compound statement."""
        if self.tok.type != NEWLINE:
            body = []
            self.parse_simple_stmt(body)
            return body
        self.advance()
        if self.tok.type != INDENT:
            k = 0
            while self.peek(k).type == DEDENT:
                k += 1
            t = self.tok
            raise ParseError('expected an indented block', t.lineno,
                             t.col + 1, 'IndentationError',
                             self.peek(k).type == ENDMARKER)
        self.advance()
        body = []
        while self.tok.type != DEDENT and self.tok.type != ENDMARKER:
            if self.tok.type == NEWLINE:
                self.advance()
                continue
            self.parse_statement(body)
        if self.tok.type == DEDENT:
            self.advance()
        return body

    def parse_if(self):
        t = self.advance()  # 'if' or 'elif'
        test = self.parse_namedexpr_test()
        self.expect_op(':')
        body = self.parse_suite()
        orelse = []
        if self.at_kw('elif'):
            orelse.append(self.parse_if())
        elif self.at_kw('else'):
            self.advance()
            self.expect_op(':')
            orelse = self.parse_suite()
        return ast.If(test, body, orelse, t.lineno, t.col)

    def parse_while(self):
        t = self.advance()
        test = self.parse_namedexpr_test()
        self.expect_op(':')
        body = self.parse_suite()
        orelse = self.parse_else()
        return ast.While(test, body, orelse, t.lineno, t.col)

    def parse_else(self):
        if self.at_kw('else'):
            self.advance()
            self.expect_op(':')
            return self.parse_suite()
        return []

    def parse_for(self, is_async, t):
        self.expect_kw('for')
        target = self.parse_exprlist()
        self.set_context(target, ast.Store)
        self.expect_kw('in')
        it = self.parse_testlist_star_expr()
        self.expect_op(':')
        body = self.parse_suite()
        orelse = self.parse_else()
        if is_async:
            return ast.AsyncFor(target, it, body, orelse, t.lineno, t.col)
        return ast.For(target, it, body, orelse, t.lineno, t.col)

    def parse_try(self):
        t = self.advance()
        self.expect_op(':')
        body = self.parse_suite()
        handlers = []
        orelse = []
        finalbody = []
        seen_default = False
        while self.at_kw('except'):
            ht = self.advance()
            if seen_default:
                raise ParseError("default 'except:' must be last", ht.lineno,
                                 ht.col + 1, 'SyntaxError', False)
            typ = None
            name = None
            if not self.at_op(':'):
                typ = self.parse_test()
                if self.eat_kw('as'):
                    name = self.expect_name()
            else:
                seen_default = True
            self.expect_op(':')
            hbody = self.parse_suite()
            handlers.append(ast.ExceptHandler(typ, name, hbody, ht.lineno,
                                              ht.col))
        if len(handlers) > 0 and self.at_kw('else'):
            self.advance()
            self.expect_op(':')
            orelse = self.parse_suite()
        if self.at_kw('finally'):
            self.advance()
            self.expect_op(':')
            finalbody = self.parse_suite()
        elif len(handlers) == 0:
            raise self.error_here('invalid syntax')
        return ast.Try(body, handlers, orelse, finalbody, t.lineno, t.col)

    def parse_with(self, is_async, t):
        self.expect_kw('with')
        items = []
        while True:
            ctx = self.parse_test()
            var = None
            if self.eat_kw('as'):
                var = self.parse_expr()
                self.set_context(var, ast.Store)
            items.append(ast.withitem(ctx, var))
            if not self.eat_op(','):
                break
        self.expect_op(':')
        body = self.parse_suite()
        if is_async:
            return ast.AsyncWith(items, body, t.lineno, t.col)
        return ast.With(items, body, t.lineno, t.col)

    def parse_funcdef(self, decorators, is_async, t):
        self.expect_kw('def')
        name = self.expect_name()
        self.expect_op('(')
        args = self.parse_arguments(')', True)
        self.expect_op(')')
        returns = None
        if self.eat_op('->'):
            returns = self.parse_test()
        self.expect_op(':')
        body = self.parse_suite()
        if is_async:
            return ast.AsyncFunctionDef(name, args, body, decorators, returns,
                                        t.lineno, t.col)
        return ast.FunctionDef(name, args, body, decorators, returns,
                               t.lineno, t.col)

    def parse_classdef(self, decorators, t):
        self.expect_kw('class')
        name = self.expect_name()
        bases = []
        keywords = []
        if self.eat_op('('):
            call = self.parse_call_args(None, t)
            bases = call.args
            keywords = call.keywords
        self.expect_op(':')
        body = self.parse_suite()
        return ast.ClassDef(name, bases, keywords, body, decorators,
                            t.lineno, t.col)

    def parse_arg(self, allow_annotation):
        t = self.tok
        name = self.expect_name()
        annotation = None
        if allow_annotation and self.eat_op(':'):
            annotation = self.parse_test()
        return ast.arg(name, annotation, t.lineno, t.col)

    def parse_arguments(self, closing, allow_annotations):
        """typedargslist / varargslist up to (not including) `closing`."""
        posonly = []
        args = []
        defaults = []
        vararg = None
        kwonly = []
        kw_defaults = []
        kwarg = None
        seen_default = False
        seen_star = False
        bare_star = False
        seen_slash = False
        while not self.at_op(closing):
            if self.at_op('/'):
                if seen_star or seen_slash or len(args) == 0:
                    raise self.error_here('invalid syntax')
                self.advance()
                seen_slash = True
                posonly = args
                args = []
            elif self.at_op('*'):
                if seen_star:
                    raise self.error_here('invalid syntax')
                self.advance()
                seen_star = True
                if self.tok.type == NAME:
                    vararg = self.parse_arg(allow_annotations)
                else:
                    bare_star = True
            elif self.at_op('**'):
                self.advance()
                kwarg = self.parse_arg(allow_annotations)
                self.eat_op(',')
                if not self.at_op(closing):
                    raise self.error_here('invalid syntax')
                break
            else:
                a = self.parse_arg(allow_annotations)
                default = None
                if self.eat_op('='):
                    default = self.parse_test()
                if not seen_star:
                    args.append(a)
                    if default is not None:
                        defaults.append(default)
                        seen_default = True
                    elif seen_default:
                        raise ParseError(
                            'non-default argument follows default argument',
                            a.lineno, a.col_offset + 1, 'SyntaxError', False)
                else:
                    kwonly.append(a)
                    kw_defaults.append(default)
            if not self.eat_op(','):
                break
        if bare_star and len(kwonly) == 0:
            raise self.error_here('named arguments must follow bare *')
        return ast.arguments(posonly, args, vararg, kwonly, kw_defaults,
                             kwarg, defaults)

    def parse_simple_stmt(self, body):
        while True:
            body.append(self.parse_small_stmt())
            if self.eat_op(';'):
                if self.tok.type == NEWLINE:
                    break
                continue
            break
        if self.tok.type != NEWLINE:
            raise self.error_here('invalid syntax')
        self.advance()

    def parse_small_stmt(self):
        t = self.tok
        if t.type == NAME:
            v = t.value
            if v == 'pass':
                self.advance()
                return ast.Pass(t.lineno, t.col)
            elif v == 'break':
                self.advance()
                return ast.Break(t.lineno, t.col)
            elif v == 'continue':
                self.advance()
                return ast.Continue(t.lineno, t.col)
            elif v == 'return':
                self.advance()
                value = None
                if self.starts_expr():
                    value = self.parse_testlist_star_expr()
                return ast.Return(value, t.lineno, t.col)
            elif v == 'raise':
                self.advance()
                exc = None
                cause = None
                if self.starts_expr():
                    exc = self.parse_test()
                    if self.eat_kw('from'):
                        cause = self.parse_test()
                return ast.Raise(exc, cause, t.lineno, t.col)
            elif v == 'global' or v == 'nonlocal':
                self.advance()
                names = [self.expect_name()]
                while self.eat_op(','):
                    names.append(self.expect_name())
                if v == 'global':
                    return ast.Global(names, t.lineno, t.col)
                return ast.Nonlocal(names, t.lineno, t.col)
            elif v == 'del':
                self.advance()
                targets = []
                while True:
                    e = self.parse_expr_or_star()
                    self.set_context(e, ast.Del)
                    targets.append(e)
                    if not self.eat_op(','):
                        break
                    if not self.starts_expr():
                        break
                return ast.Delete(targets, t.lineno, t.col)
            elif v == 'assert':
                self.advance()
                test = self.parse_test()
                msg = None
                if self.eat_op(','):
                    msg = self.parse_test()
                return ast.Assert(test, msg, t.lineno, t.col)
            elif v == 'import':
                return self.parse_import()
            elif v == 'from':
                return self.parse_import_from()
        return self.parse_expr_stmt()

    def parse_dotted_name(self):
        name = self.expect_name()
        if not self.at_op('.'):
            return name
        parts = [name]
        while self.eat_op('.'):
            parts.append(self.expect_name())
        return '.'.join(parts)

    def parse_import(self):
        t = self.advance()
        names = []
        while True:
            name = self.parse_dotted_name()
            asname = None
            if self.eat_kw('as'):
                asname = self.expect_name()
            names.append(ast.alias(name, asname))
            if not self.eat_op(','):
                break
        return ast.Import(names, t.lineno, t.col)

    def parse_import_from(self):
        t = self.advance()
        level = 0
        while True:
            if self.eat_op('.'):
                level += 1
            elif self.eat_op('...'):
                level += 3
            else:
                break
        module = None
        if not self.at_kw('import'):
            module = self.parse_dotted_name()
        elif level == 0:
            raise self.error_here('invalid syntax')
        self.expect_kw('import')
        names = []
        if self.eat_op('*'):
            names.append(ast.alias('*', None))
        elif self.eat_op('('):
            while True:
                names.append(self.parse_import_as_name())
                if not self.eat_op(','):
                    break
                if self.at_op(')'):
                    break
            self.expect_op(')')
        else:
            while True:
                names.append(self.parse_import_as_name())
                if not self.eat_op(','):
                    break
        return ast.ImportFrom(module, names, level, t.lineno, t.col)

    def parse_import_as_name(self):
        name = self.expect_name()
        asname = None
        if self.eat_kw('as'):
            asname = self.expect_name()
        return ast.alias(name, asname)

    def parse_expr_stmt(self):
        t = self.tok
        if self.at_kw('yield'):
            first = self.parse_yield_expr()
        else:
            first = self.parse_testlist_star_expr()
        if self.at_op('='):
            targets = [first]
            while self.eat_op('='):
                if self.at_kw('yield'):
                    targets.append(self.parse_yield_expr())
                else:
                    targets.append(self.parse_testlist_star_expr())
            value = targets.pop()
            for target in targets:
                if isinstance(target, ast.Starred):
                    raise self.error_at(
                        'starred assignment target must be in a list or '
                        'tuple', target)
                self.set_context(target, ast.Store)
            return ast.Assign(targets, value, t.lineno, t.col)
        if self.tok.type == OP and self.tok.value in AUGASSIGN_OPS:
            op = AUGASSIGN_OPS[self.tok.value]
            if not (isinstance(first, ast.Name) or
                    isinstance(first, ast.Attribute) or
                    isinstance(first, ast.Subscript)):
                raise self.error_at(
                    'illegal expression for augmented assignment', first)
            self.set_context(first, ast.Store)
            self.advance()
            if self.at_kw('yield'):
                value = self.parse_yield_expr()
            else:
                value = self.parse_testlist()
            return ast.AugAssign(first, op, value, t.lineno, t.col)
        if self.at_op(':'):
            if isinstance(first, ast.Tuple):
                raise self.error_at(
                    'only single target (not tuple) can be annotated', first)
            if isinstance(first, ast.List):
                raise self.error_at(
                    'only single target (not list) can be annotated', first)
            if not (isinstance(first, ast.Name) or
                    isinstance(first, ast.Attribute) or
                    isinstance(first, ast.Subscript)):
                raise self.error_at('illegal target for annotation', first)
            simple = 0
            if isinstance(first, ast.Name) and not (t.type == OP and
                                                    t.value == '('):
                simple = 1
            self.set_context(first, ast.Store)
            self.advance()
            annotation = self.parse_test()
            value = None
            if self.eat_op('='):
                if self.at_kw('yield'):
                    value = self.parse_yield_expr()
                else:
                    value = self.parse_testlist_star_expr()
            return ast.AnnAssign(first, annotation, value, simple,
                                 t.lineno, t.col)
        if isinstance(first, ast.Starred):
            raise self.error_at("can't use starred expression here", first)
        return ast.Expr(first, t.lineno, t.col)

    # -- assignment targets ------------------------------------------------

    def set_context(self, e, ctx):
        if isinstance(e, ast.Name):
            e.ctx = ctx
        elif isinstance(e, ast.Attribute):
            e.ctx = ctx
        elif isinstance(e, ast.Subscript):
            e.ctx = ctx
        elif isinstance(e, ast.Starred):
            if ctx == ast.Del:
                raise self.error_at("can't use starred expression here", e)
            e.ctx = ctx
            self.set_context(e.value, ctx)
        elif isinstance(e, ast.Tuple):
            e.ctx = ctx
            for x in e.elts:
                self.set_context(x, ctx)
        elif isinstance(e, ast.List):
            e.ctx = ctx
            for x in e.elts:
                self.set_context(x, ctx)
        else:
            if ctx == ast.Del:
                raise self.error_at("can't delete expression", e)
            raise self.error_at("can't assign to expression", e)

    # -- expression lists ---------------------------------------------------

    def parse_testlist_star_expr(self):
        """(test|star_expr) (',' (test|star_expr))* [','] -- a Tuple when
        there is a comma."""
        t = self.tok
        first = self.parse_test_or_star()
        if not self.at_op(','):
            return first
        elts = [first]
        while self.eat_op(','):
            if not self.starts_expr():
                break
            elts.append(self.parse_test_or_star())
        return ast.Tuple(elts, ast.Load, t.lineno, t.col)

    def parse_testlist(self):
        t = self.tok
        first = self.parse_test()
        if not self.at_op(','):
            return first
        elts = [first]
        while self.eat_op(','):
            if not self.starts_expr():
                break
            elts.append(self.parse_test())
        return ast.Tuple(elts, ast.Load, t.lineno, t.col)

    def parse_exprlist(self):
        t = self.tok
        first = self.parse_expr_or_star()
        if not self.at_op(','):
            return first
        elts = [first]
        while self.eat_op(','):
            if not self.starts_expr():
                break
            elts.append(self.parse_expr_or_star())
        return ast.Tuple(elts, ast.Load, t.lineno, t.col)

    def parse_test_or_star(self):
        if self.at_op('*'):
            return self.parse_star_expr()
        return self.parse_test()

    def parse_namedexpr_or_star(self):
        if self.at_op('*'):
            return self.parse_star_expr()
        return self.parse_namedexpr_test()

    def parse_expr_or_star(self):
        if self.at_op('*'):
            return self.parse_star_expr()
        return self.parse_expr()

    def parse_star_expr(self):
        t = self.expect_op('*')
        value = self.parse_expr()
        return ast.Starred(value, ast.Load, t.lineno, t.col)

    # -- expressions ---------------------------------------------------------

    def parse_namedexpr_test(self):
        e = self.parse_test()
        if self.at_op(':='):
            if not isinstance(e, ast.Name):
                raise self.error_at("can't assign to expression", e)
            self.advance()
            e.ctx = ast.Store
            value = self.parse_test()
            return ast.NamedExpr(e, value, e.lineno, e.col_offset)
        return e

    def parse_test(self):
        if self.at_kw('lambda'):
            return self.parse_lambda(False)
        e = self.parse_or_test()
        if self.at_kw('if'):
            self.advance()
            cond = self.parse_or_test()
            self.expect_kw('else')
            orelse = self.parse_test()
            return ast.IfExp(cond, e, orelse, e.lineno, e.col_offset)
        return e

    def parse_test_nocond(self):
        if self.at_kw('lambda'):
            return self.parse_lambda(True)
        return self.parse_or_test()

    def parse_lambda(self, nocond):
        t = self.advance()
        args = self.parse_arguments(':', False)
        self.expect_op(':')
        if nocond:
            body = self.parse_test_nocond()
        else:
            body = self.parse_test()
        return ast.Lambda(args, body, t.lineno, t.col)

    def parse_or_test(self):
        e = self.parse_and_test()
        if not self.at_kw('or'):
            return e
        values = [e]
        while self.eat_kw('or'):
            values.append(self.parse_and_test())
        return ast.BoolOp(ast.Or, values, e.lineno, e.col_offset)

    def parse_and_test(self):
        e = self.parse_not_test()
        if not self.at_kw('and'):
            return e
        values = [e]
        while self.eat_kw('and'):
            values.append(self.parse_not_test())
        return ast.BoolOp(ast.And, values, e.lineno, e.col_offset)

    def parse_not_test(self):
        if self.at_kw('not'):
            t = self.advance()
            operand = self.parse_not_test()
            return ast.UnaryOp(ast.Not, operand, t.lineno, t.col)
        return self.parse_comparison()

    def parse_comp_op(self):
        """Consume a comparison operator and return it, or return 0."""
        t = self.tok
        if t.type == OP:
            if t.value in COMPARE_OPS:
                self.advance()
                return COMPARE_OPS[t.value]
            return 0
        if t.type == NAME:
            if t.value == 'in':
                self.advance()
                return ast.In
            if t.value == 'not' and self.peek(1).type == NAME and \
                    self.peek(1).value == 'in':
                self.advance()
                self.advance()
                return ast.NotIn
            if t.value == 'is':
                self.advance()
                if self.eat_kw('not'):
                    return ast.IsNot
                return ast.Is
        return 0

    def parse_comparison(self):
        e = self.parse_expr()
        op = self.parse_comp_op()
        if op == 0:
            return e
        ops = []
        comparators = []
        while op != 0:
            ops.append(op)
            comparators.append(self.parse_expr())
            op = self.parse_comp_op()
        return ast.Compare(e, ops, comparators, e.lineno, e.col_offset)

    def parse_expr(self):
        e = self.parse_xor_expr()
        while self.at_op('|'):
            self.advance()
            right = self.parse_xor_expr()
            e = ast.BinOp(e, ast.BitOr, right, e.lineno, e.col_offset)
        return e

    def parse_xor_expr(self):
        e = self.parse_and_expr()
        while self.at_op('^'):
            self.advance()
            right = self.parse_and_expr()
            e = ast.BinOp(e, ast.BitXor, right, e.lineno, e.col_offset)
        return e

    def parse_and_expr(self):
        e = self.parse_shift_expr()
        while self.at_op('&'):
            self.advance()
            right = self.parse_shift_expr()
            e = ast.BinOp(e, ast.BitAnd, right, e.lineno, e.col_offset)
        return e

    def parse_shift_expr(self):
        e = self.parse_arith_expr()
        while True:
            if self.at_op('<<'):
                op = ast.LShift
            elif self.at_op('>>'):
                op = ast.RShift
            else:
                break
            self.advance()
            right = self.parse_arith_expr()
            e = ast.BinOp(e, op, right, e.lineno, e.col_offset)
        return e

    def parse_arith_expr(self):
        e = self.parse_term()
        while True:
            if self.at_op('+'):
                op = ast.Add
            elif self.at_op('-'):
                op = ast.Sub
            else:
                break
            self.advance()
            right = self.parse_term()
            e = ast.BinOp(e, op, right, e.lineno, e.col_offset)
        return e

    def parse_term(self):
        e = self.parse_factor()
        while self.tok.type == OP and self.tok.value in TERM_OPS:
            op = TERM_OPS[self.tok.value]
            self.advance()
            right = self.parse_factor()
            e = ast.BinOp(e, op, right, e.lineno, e.col_offset)
        return e

    def parse_factor(self):
        t = self.tok
        if t.type == OP:
            op = 0
            if t.value == '+':
                op = ast.UAdd
            elif t.value == '-':
                op = ast.USub
            elif t.value == '~':
                op = ast.Invert
            if op != 0:
                self.advance()
                operand = self.parse_factor()
                return ast.UnaryOp(op, operand, t.lineno, t.col)
        return self.parse_power()

    def parse_power(self):
        e = self.parse_atom_expr()
        if self.at_op('**'):
            self.advance()
            right = self.parse_factor()
            return ast.BinOp(e, ast.Pow, right, e.lineno, e.col_offset)
        return e

    def parse_atom_expr(self):
        t = self.tok
        if self.at_kw('await'):
            self.advance()
            at = self.tok
            e = self.parse_trailers(self.parse_atom(), at)
            return ast.Await(e, t.lineno, t.col)
        return self.parse_trailers(self.parse_atom(), t)

    def parse_trailers(self, e, t):
        while self.tok.type == OP:
            v = self.tok.value
            if v == '(':
                self.advance()
                e = self.parse_call_args(e, t)
            elif v == '[':
                self.advance()
                sl = self.parse_subscriptlist()
                self.expect_op(']')
                e = ast.Subscript(e, sl, ast.Load, t.lineno, t.col)
            elif v == '.':
                self.advance()
                name = self.expect_name()
                e = ast.Attribute(e, name, ast.Load, t.lineno, t.col)
            else:
                break
        return e

    def parse_call_args(self, func, t):
        """After '(' up to and including ')'.  func may be None (class
        bases); the result is a Call node either way."""
        args = []
        keywords = []
        seen_kw = False
        seen_kwunpack = False
        genexp = False
        while not self.at_op(')'):
            at = self.tok
            if self.eat_op('*'):
                value = self.parse_test()
                if seen_kwunpack:
                    raise _syntax_error('iterable argument unpacking follows '
                                        'keyword argument unpacking', at)
                args.append(ast.Starred(value, ast.Load, at.lineno, at.col))
            elif self.eat_op('**'):
                value = self.parse_test()
                keywords.append(ast.keyword(None, value))
                seen_kwunpack = True
            else:
                e = self.parse_test()
                if self.at_op('='):
                    if not isinstance(e, ast.Name):
                        raise self.error_at('keyword can\'t be an expression',
                                            e)
                    self.advance()
                    value = self.parse_test()
                    keywords.append(ast.keyword(e.id, value))
                    seen_kw = True
                else:
                    if self.at_op(':='):
                        if not isinstance(e, ast.Name):
                            raise self.error_at("can't assign to expression",
                                                e)
                        self.advance()
                        e.ctx = ast.Store
                        value = self.parse_test()
                        e = ast.NamedExpr(e, value, e.lineno, e.col_offset)
                    elif self.at_comp_for():
                        gens = self.parse_comp_for()
                        e = ast.GeneratorExp(e, gens, e.lineno, e.col_offset)
                        genexp = True
                    if seen_kwunpack:
                        raise self.error_at('positional argument follows '
                                            'keyword argument unpacking', e)
                    if seen_kw:
                        raise self.error_at('positional argument follows '
                                            'keyword argument', e)
                    args.append(e)
            if not self.eat_op(','):
                break
        if genexp and len(args) + len(keywords) > 1:
            raise _syntax_error('Generator expression must be parenthesized',
                                t)
        self.expect_op(')')
        if func is None:
            func = ast.NoneConst(t.lineno, t.col)
        return ast.Call(func, args, keywords, t.lineno, t.col)

    def parse_subscriptlist(self):
        t = self.tok
        first = self.parse_subscript()
        if not self.at_op(','):
            return first
        elts = [first]
        while self.eat_op(','):
            if self.at_op(']'):
                break
            elts.append(self.parse_subscript())
        return ast.Tuple(elts, ast.Load, t.lineno, t.col)

    def parse_subscript(self):
        t = self.tok
        lower = None
        if not self.at_op(':'):
            lower = self.parse_test()
            if not self.at_op(':'):
                return lower
        self.advance()  # ':'
        upper = None
        step = None
        if not (self.at_op(']') or self.at_op(',') or self.at_op(':')):
            upper = self.parse_test()
        if self.eat_op(':'):
            if not (self.at_op(']') or self.at_op(',')):
                step = self.parse_test()
        return ast.Slice(lower, upper, step, t.lineno, t.col)

    def at_comp_for(self):
        if self.at_kw('for'):
            return True
        if self.at_kw('async'):
            nt = self.peek(1)
            return nt.type == NAME and nt.value == 'for'
        return False

    def parse_comp_for(self):
        gens = []
        while True:
            is_async = 0
            if self.eat_kw('async'):
                is_async = 1
            self.expect_kw('for')
            target = self.parse_exprlist()
            self.set_context(target, ast.Store)
            self.expect_kw('in')
            it = self.parse_or_test()
            ifs = []
            while self.at_kw('if'):
                self.advance()
                ifs.append(self.parse_test_nocond())
            gens.append(ast.comprehension(target, it, ifs, is_async))
            if not self.at_comp_for():
                break
        return gens

    def parse_yield_expr(self):
        t = self.expect_kw('yield')
        if self.eat_kw('from'):
            value = self.parse_test()
            return ast.YieldFrom(value, t.lineno, t.col)
        value = None
        if self.starts_expr() and not self.at_kw('yield'):
            value = self.parse_testlist_star_expr()
        return ast.Yield(value, t.lineno, t.col)

    # -- atoms -------------------------------------------------------------------

    def parse_atom(self):
        t = self.tok
        if t.type == NAME:
            v = t.value
            if is_keyword(v):
                if v == 'None':
                    self.advance()
                    return ast.NoneConst(t.lineno, t.col)
                if v == 'True':
                    self.advance()
                    return ast.TrueConst(t.lineno, t.col)
                if v == 'False':
                    self.advance()
                    return ast.FalseConst(t.lineno, t.col)
                raise self.error_here('invalid syntax')
            self.advance()
            return ast.Name(v, ast.Load, t.lineno, t.col)
        if t.type == NUMBER:
            self.advance()
            return self.make_number(t)
        if t.type == STRING:
            return self.parse_strings()
        if t.type == OP:
            v = t.value
            if v == '(':
                return self.parse_paren()
            if v == '[':
                return self.parse_list()
            if v == '{':
                return self.parse_brace()
            if v == '...':
                self.advance()
                return ast.EllipsisConst(t.lineno, t.col)
        raise self.error_here('invalid syntax')

    def make_number(self, t):
        text = t.value
        n = len(text)
        last = text[n - 1]
        if n >= 2 and text[0] == '0' and (text[1] == 'x' or text[1] == 'X'
                                          or text[1] == 'o' or text[1] == 'O'
                                          or text[1] == 'b' or text[1] == 'B'):
            return ast.Int(text, t.lineno, t.col)
        if last == 'j' or last == 'J':
            m = n - 1
            assert m >= 0
            value = self.to_float(text[0:m], t)
            return ast.Imag(value, t.lineno, t.col)
        for c in text:
            if c == '.' or c == 'e' or c == 'E':
                return ast.Float(self.to_float(text, t), t.lineno, t.col)
        return ast.Int(text, t.lineno, t.col)

    def to_float(self, s, t):
        try:
            return string_to_float(s)
        except ParseStringError:
            raise _syntax_error('invalid syntax', t)

    def parse_paren(self):
        t = self.advance()  # '('
        if self.at_op(')'):
            self.advance()
            return ast.Tuple([], ast.Load, t.lineno, t.col)
        if self.at_kw('yield'):
            e = self.parse_yield_expr()
            self.expect_op(')')
            return e
        first = self.parse_namedexpr_or_star()
        if self.at_comp_for():
            gens = self.parse_comp_for()
            self.expect_op(')')
            return ast.GeneratorExp(first, gens, t.lineno, t.col)
        if self.at_op(')'):
            self.advance()
            return first
        elts = [first]
        while self.eat_op(','):
            if self.at_op(')'):
                break
            elts.append(self.parse_namedexpr_or_star())
        self.expect_op(')')
        return ast.Tuple(elts, ast.Load, t.lineno, t.col)

    def parse_list(self):
        t = self.advance()  # '['
        if self.eat_op(']'):
            return ast.List([], ast.Load, t.lineno, t.col)
        first = self.parse_namedexpr_or_star()
        if self.at_comp_for():
            gens = self.parse_comp_for()
            self.expect_op(']')
            return ast.ListComp(first, gens, t.lineno, t.col)
        elts = [first]
        while self.eat_op(','):
            if self.at_op(']'):
                break
            elts.append(self.parse_namedexpr_or_star())
        self.expect_op(']')
        return ast.List(elts, ast.Load, t.lineno, t.col)

    def parse_brace(self):
        t = self.advance()  # '{'
        if self.eat_op('}'):
            return ast.Dict([], [], t.lineno, t.col)
        if self.at_op('**'):
            self.advance()
            keys = [None]
            values = [self.parse_expr()]
            return self.parse_dict_rest(keys, values, t)
        first = self.parse_namedexpr_or_star()
        if self.eat_op(':'):
            if isinstance(first, ast.Starred):
                raise self.error_at('invalid syntax', first)
            value = self.parse_test()
            if self.at_comp_for():
                gens = self.parse_comp_for()
                self.expect_op('}')
                return ast.DictComp(first, value, gens, t.lineno, t.col)
            return self.parse_dict_rest([first], [value], t)
        if self.at_comp_for():
            gens = self.parse_comp_for()
            self.expect_op('}')
            return ast.SetComp(first, gens, t.lineno, t.col)
        elts = [first]
        while self.eat_op(','):
            if self.at_op('}'):
                break
            elts.append(self.parse_namedexpr_or_star())
        self.expect_op('}')
        return ast.Set(elts, t.lineno, t.col)

    def parse_dict_rest(self, keys, values, t):
        while self.eat_op(','):
            if self.at_op('}'):
                break
            if self.eat_op('**'):
                keys.append(None)
                values.append(self.parse_expr())
            else:
                keys.append(self.parse_test())
                self.expect_op(':')
                values.append(self.parse_test())
        self.expect_op('}')
        return ast.Dict(keys, values, t.lineno, t.col)

    # -- strings -----------------------------------------------------------------

    def parse_strings(self):
        t0 = self.tok
        acc = StrAccumulator(t0.lineno, t0.col)
        kind = 0        # 1 str, 2 bytes
        any_f = False
        while self.tok.type == STRING:
            t = self.advance()
            s = t.value
            # prefix
            is_raw = False
            is_bytes = False
            is_f = False
            i = 0
            while s[i] != '"' and s[i] != "'":
                c = s[i]
                if c == 'r' or c == 'R':
                    is_raw = True
                elif c == 'b' or c == 'B':
                    is_bytes = True
                elif c == 'f' or c == 'F':
                    is_f = True
                i += 1
            this_kind = 2 if is_bytes else 1
            if kind != 0 and kind != this_kind:
                raise _syntax_error('cannot mix bytes and nonbytes literals',
                                    t)
            kind = this_kind
            q = 1
            if len(s) - i >= 6 and s[i + 1] == s[i] and s[i + 2] == s[i]:
                q = 3
            start = i + q
            end = len(s) - q
            assert start >= 0
            assert end >= start
            body = s[start:end]
            if is_f:
                any_f = True
                parse_fstring(self, body, is_raw, t, acc)
            else:
                acc.add_text(decode_literal(body, is_raw, is_bytes, t))
        if any_f:
            acc.flush()
            return ast.JoinedStr(acc.values, t0.lineno, t0.col)
        if kind == 2:
            return ast.Bytes(acc.text(), t0.lineno, t0.col)
        return ast.Str(acc.text(), t0.lineno, t0.col)

    def parse_fstring_expr(self, text, tok):
        """Parse the expression of an f-string field."""
        lexer = Lexer('(' + text + ')', tok.lineno, tok.col)
        sub = Parser(lexer)
        e = sub.parse_paren_for_fstring()
        return e

    def parse_paren_for_fstring(self):
        e = self.parse_atom()
        if self.tok.type == NEWLINE:
            self.advance()
        if self.tok.type != ENDMARKER:
            raise self.error_here('invalid syntax')
        if self.lexer.depth != 0:
            raise self.error_here('invalid syntax')
        return e


def parse(source, filename, mode):
    """Parse `source` (UTF-8 str).  mode: 'exec' -> Module, 'eval' ->
    Expression, 'single' -> Interactive.  Raises ParseError."""
    try:
        parser = Parser(Lexer(source, 1, 0))
        if mode == 'eval':
            return ast.Expression(parser.parse_eval_input())
        elif mode == 'single':
            return ast.Interactive(parser.parse_file_input())
        elif mode == 'exec':
            return ast.Module(parser.parse_file_input())
        raise ParseError("compile() mode must be 'exec', 'eval' or 'single'",
                         1, 1, 'SyntaxError', False)
    except rstackovf.StackOverflow:
        rstackovf.check_stack_overflow()
        raise ParseError('too many nested expressions', 1, 1, 'SyntaxError',
                         False)
