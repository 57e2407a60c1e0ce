"""The REPL for -i when stdin is not a terminal: it prints prompts and reads
whole lines (no echo, no editing, no auto-indent), so piped input runs as
typed."""
from interp.error import OperationError
from interp.parser import parse, ParseError
from interp.repl import unix_banner, starts_compound


def run_line_repl(space, w_dict):
    """-i with stdin that is not a terminal: prompts, lines, no editing."""
    from interp.main import report_exception
    from interp.compiler import compile_ast
    from interp.function import run_code
    out = space.stdout
    out.write_str(unix_banner())
    while True:
        out.write_str('>>> ')
        out.flush()
        try:
            line = space.stdin.readline()
        except OperationError as e:
            if not e.match(space, space.w_KeyboardInterrupt):
                raise
            out.write_str('\n')        # Ctrl-C at the prompt: a fresh prompt
            continue
        if not line:
            out.write_str('\n')
            out.flush()
            return 0
        try:
            code = read_statement(space, line)
        except OperationError as e:
            if not e.match(space, space.w_KeyboardInterrupt):
                raise
            out.write_str('\n')
            continue
        if code is None:
            continue
        try:
            run_code(space, code, w_dict, w_dict)
        except OperationError as e:
            out.flush()
            status = report_exception(space, e)
            if e.match(space, space.w_SystemExit):
                return status


def read_statement(space, line):
    """Read the rest of a statement that starts with line, and compile it;
    None after a syntax error (reported)."""
    from interp.compiler import compile_ast
    source = line
    # like MicroPython: a compound statement goes on until a blank line,
    # anything else until it is no longer incomplete (open brackets...)
    compound = starts_compound(line)
    eof = False
    code = None
    while True:
        blank = last_line_blank(source)
        if compound and not eof and not blank:
            more = read_more(space)
            if not more:
                eof = True
            source += more
            continue
        try:
            tree = parse(source, '<stdin>', 'single')
            code = compile_ast(tree, '<stdin>', 'single', space.optimize)
            break
        except ParseError as e:
            if e.incomplete and not eof and not (compound and blank):
                more = read_more(space)
                if not more:
                    eof = True
                source += more
                continue
            space.stderr.write_str('Traceback (most recent call last):\n  File "<stdin>", '
                                   'line %d\n%s: %s\n' % (e.lineno, e.kind, e.msg))
            code = None
            break
    return code


def last_line_blank(source):
    """Is the last line of source empty (only blanks)?"""
    end = len(source)
    if end > 0 and source[end - 1] == '\n':
        end -= 1
    i = end - 1
    while i >= 0 and source[i] != '\n':
        if source[i] != ' ' and source[i] != '\t' and source[i] != '\r':
            return False
        i -= 1
    return True


def read_more(space):
    out = space.stdout
    out.write_str('... ')
    out.flush()
    return space.stdin.readline()
