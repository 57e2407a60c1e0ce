"""The interactive REPL (a simple line-based version for now)."""
from interp.error import OperationError
from interp.parser import parse, ParseError


def run_repl(space, w_dict):
    from interp.main import version_line, report_exception
    from interp.compiler import compile_ast
    from interp.function import run_code
    out = space.stdout
    out.write_str(version_line() + '\nUse Ctrl-D to exit, Ctrl-E for paste mode\n')
    while True:
        out.write_str('>>> ')
        out.flush()
        line = space.stdin.readline()
        if not line:
            out.write_str('\n')
            out.flush()
            return 0
        source = line
        while True:
            try:
                tree = parse(source, '<stdin>', 'single')
                code = compile_ast(tree, '<stdin>', 'single', space.optimize)
                break
            except ParseError as e:
                if e.incomplete or source.rstrip(' \n').endswith(':'):
                    out.write_str('... ')
                    out.flush()
                    more = space.stdin.readline()
                    if not more or more == '\n':
                        if not more:
                            return 0
                        source += more
                        try:
                            tree = parse(source, '<stdin>', 'single')
                            code = compile_ast(tree, '<stdin>', 'single', space.optimize)
                        except ParseError as e2:
                            space.stderr.write_str('SyntaxError: %s\n' % e2.msg)
                            code = None
                        break
                    source += more
                    continue
                space.stderr.write_str('Traceback (most recent call last):\n  File "<stdin>", '
                                       'line %d\n%s: %s\n' % (e.lineno, e.kind, e.msg))
                code = None
                break
        if code is None:
            continue
        try:
            run_code(space, code, w_dict, w_dict)
        except OperationError as e:
            out.flush()
            status = report_exception(space, e)
            if e.match(space, space.w_SystemExit):
                return status
