"""Which functions the JIT looks inside: not the parser and compiler."""
from rpython.jit.codewriter.policy import JitPolicy


class MicropyJitPolicy(JitPolicy):
    def look_inside_function(self, func):
        mod = func.__module__ or ''
        for prefix in ('interp.parser', 'interp.lexer', 'interp.compiler', 'interp.symtable',
                       'interp.assemble', 'interp.astnodes', 'interp.fstring',
                       'interp.repl', 'interp.main', 'interp.importing'):
            if mod.startswith(prefix):
                return False
        return JitPolicy.look_inside_function(self, func)
