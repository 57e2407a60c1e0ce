"""Generators and coroutines: compiling async syntax, yield from delegation
(run untranslated through the object space)."""
import pytest

from interp import bytecode as bc
from test_compiler import compile_src, compile_error, find_code, result, run_error


def ops_of(code):
    out = []
    co = code.co_code
    for pc in range(0, len(co), 3):
        out.append(bc.opnames[ord(co[pc])])
    return out


def test_async_flags_and_opcodes():
    code = compile_src('async def f(x):\n'
                       '    await x\n'
                       '    async for a in x:\n        pass\n'
                       '    async with x as y:\n        pass\n'
                       '    return [z async for z in x]\n'
                       'async def g():\n    yield 1\n')
    f = find_code(code, 'f')
    assert f.co_flags & bc.CO_COROUTINE
    ops = ops_of(f)
    for op in ['GET_AWAITABLE', 'YIELD_FROM', 'GET_AITER', 'GET_ANEXT', 'END_ASYNC_FOR',
               'BEFORE_ASYNC_WITH']:
        assert op in ops
    comp = find_code(code, 'f.<listcomp>')
    assert comp.co_flags & bc.CO_COROUTINE
    g = find_code(code, 'g')
    assert g.co_flags & bc.CO_ASYNC_GENERATOR
    assert 'ASYNC_GEN_WRAP' in ops_of(g)


@pytest.mark.parametrize('src', [
    'await x\n',
    'def f():\n    await x\n',
    'def f():\n    async for a in b:\n        pass\n',
    'def f():\n    async with a:\n        pass\n',
    'async def f():\n    yield from x\n',
    'async def f():\n    yield 1\n    return 2\n',
    '[await x for x in y]\n',
    'async def f():\n    return lambda: await x\n',
])
def test_async_syntax_errors(src):
    compile_error(src)


def test_throw_delegated_through_yield_from():
    src = ('log = []\n'
           'def inner():\n'
           '    try:\n        yield 1\n'
           '    except ValueError:\n        log.append("caught")\n        yield 2\n'
           '    return 7\n'
           'def outer():\n'
           '    r = yield from inner()\n'
           '    log.append(r)\n'
           '    yield 3\n'
           'g = outer()\n'
           'log.append(next(g))\n'
           'log.append(g.throw(ValueError))\n'
           'log.append(next(g))\n'
           'r = log\n')
    assert result(src) == "[1, 'caught', 2, 7, 3]"


def test_close_ignored_generator_exit():
    src = ('def g():\n'
           '    while True:\n'
           '        try:\n            yield\n'
           '        except GeneratorExit:\n            pass\n'
           'it = g()\nnext(it)\nit.close()\n')
    name, msg, line = run_error(src)
    assert name == 'RuntimeError'
    assert 'ignored GeneratorExit' in msg


def test_coroutine_driven_by_send():
    src = ('class F:\n'
           '    def __await__(self):\n'
           '        v = yield "req"\n'
           '        return v\n'
           'async def c():\n'
           '    a = await F()\n'
           '    return a + 1\n'
           'co = c()\n'
           'out = [co.send(None)]\n'
           'try:\n    co.send(41)\n'
           'except StopIteration as e:\n    out.append(e.value)\n'
           'r = out\n')
    assert result(src) == "['req', 42]"
