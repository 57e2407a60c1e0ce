# a realistic workload: tokenizing and evaluating a small expression language
import re

TOKEN_SPEC = [
    ('NUMBER', r'\d+(?:\.\d*)?'),
    ('ASSIGN', r':='),
    ('END', r';'),
    ('ID', r'[A-Za-z_]\w*'),
    ('OP', r'[+\-*/()]'),
    ('STRING', r'"(?:[^"\\]|\\.)*"'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('COMMENT', r'\#[^\n]*'),
    ('MISMATCH', r'.'),
]
TOK_RE = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKEN_SPEC))
KEYWORDS = {'if', 'then', 'else', 'print'}


def tokenize(code):
    line = 1
    line_start = 0
    for mo in TOK_RE.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        col = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'ID' and value in KEYWORDS:
            kind = value.upper()
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line += 1
            continue
        elif kind in ('SKIP', 'COMMENT'):
            continue
        elif kind == 'MISMATCH':
            value = 'unexpected %r' % value
        yield kind, value, line, col


program = '''x := 3 + 42 * (y - 1.5);  # compute
print "hello \\"world\\"";
if x then y := x / 2 else y := 0;
z := x $ 2;
'''
for tok in tokenize(program):
    print(tok)

# a tiny evaluator driven by a regex scanner
def evaluate(expr, env):
    tokens = re.findall(r'\s*(?:(\d+)|([a-z]+)|(.))', expr)
    pos = [0]

    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else ('', '', '')

    def take():
        t = peek()
        pos[0] += 1
        return t

    def atom():
        num, name, op = take()
        if num:
            return int(num)
        if name:
            return env[name]
        if op == '(':
            v = expr_()
            take()
            return v
        if op == '-':
            return -atom()
        raise SyntaxError(op)

    def term():
        v = atom()
        while peek()[2] in ('*', '/'):
            op = take()[2]
            r = atom()
            v = v * r if op == '*' else v // r
        return v

    def expr_():
        v = term()
        while peek()[2] in ('+', '-'):
            op = take()[2]
            r = term()
            v = v + r if op == '+' else v - r
        return v
    return expr_()

env = {'a': 7, 'b': 3}
for e in ['1 + 2 * 3', '(1 + 2) * 3', 'a * b - -4', '100 / (a - b) / 5', 'a*a+b*b']:
    print(e, '=', evaluate(e, env))

# identifiers with a word boundary based rename
src = 'count = count + 1; recount = count * 2'
print(re.sub(r'\bcount\b', 'total', src))
# camelCase to snake_case
for name in ['camelCaseName', 'HTTPServerError', 'simple', 'getX']:
    s1 = re.sub(r'(.)([A-Z][a-z]+)', r'\1_\2', name)
    print(name, re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', s1).lower())
