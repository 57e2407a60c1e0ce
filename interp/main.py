"""The command line, as MicroPython's unix port has it:
micropy [options] [-c CMD | -m MODULE | FILE] [args...]"""
import os
from rpython.rlib import jit
from interp.error import OperationError
from interp.objects.exceptionobject import W_BaseException
from interp.objects.intobject import W_Int
from interp.objects.moduleobject import W_Module
from interp.modules import sys_mod
from interp import fileio
from interp.errnos import errno_name
from interp import portconfig

USAGE = """usage: micropy [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]
Options:
-h : print this help message
-i : enable inspection via REPL after running command/module/file
-O[N] : apply bytecode optimizations of level N
-v : verbose (trace various operations); can be multiple
-c <command> : run the given command string
-m <module> : run the given module as a script
-X <implopt> : implementation-specific options, e.g. -X heapsize=1M
--board DIR : run as a board whose flash (/) is the folder DIR: boot.py,
              main.py, then the REPL; Ctrl-D soft-resets
--pty : with --board, serve the console on a new pseudo-terminal
--virtual-time : the simulated board's clock is virtual: sleeps take no time
--trace FILE : record every pin change (FILE.vcd: a VCD waveform, else text)
--hw FILE : the simulated board's description: named pins, parts, scripted inputs

Implementation specific options (-X):
  compile-only                 -- parse and compile only
  emit={bytecode,native,viper} -- set the default code emitter
  heapsize=<n>[w][K|M]         -- set the heap size for the GC (default 2M)
  jit=<param>=<n>[,...] | off  -- tune the JIT of micropy-jit (threshold,
                                  function_threshold, trace_limit, ...)
"""


def set_implopt(space, opt):
    """-X OPT: jit=... tunes the JIT (PyPy's --jit syntax); MicroPython's
    heap and emitter options are accepted and ignored."""
    if opt.startswith('jit='):
        try:
            jit.set_user_param(None, opt[4:])
        except ValueError:
            space.stderr.write_str("micropy: bad -X jit= option '%s'\n" % opt[4:])
            return False
        except jit.TraceLimitTooHigh:
            space.stderr.write_str("micropy: trace_limit is at most 16384\n")
            return False
    return True


def version_line():
    v = sys_mod.MICROPY_VERSION
    # "on <build>" is a date in MicroPython; ours names the commit (keep the
    # line under 80 columns: terminals and REPL tests)
    return 'MicroPython v%d.%d.%d on micropy-%s; %s' % (
        v[0], v[1], v[2], portconfig.BUILD_COMMIT, portconfig.MACHINE)


def report_exception(space, operr):
    """Print an uncaught exception; returns the process exit code."""
    w_exc = operr.get_w_value(space)
    if operr.match(space, space.w_SystemExit):
        return system_exit_code(space, w_exc)
    sys_mod.print_exception_to(space, w_exc, sys_mod._Writer(space, None))
    if operr.match(space, space.w_KeyboardInterrupt):
        return 130
    return 1


def system_exit_code(space, w_exc):
    assert isinstance(w_exc, W_BaseException)
    args_w = w_exc.args_w
    if len(args_w) == 0 or space.is_none(args_w[0]):
        return 0
    w_code = args_w[0]
    if isinstance(w_code, W_Int):
        return w_code.intval & 255
    # a non-integer code is printed, exit status 1
    space.stderr.write_str(space.str_w(w_code) + '\n')
    return 1


def run_source(space, source, filename, w_main_dict):
    code = space.compile_source(source, filename, 'exec')
    from interp.function import run_code
    run_code(space, code, w_main_dict, w_main_dict)


def make_main_module(space):
    w_main = W_Module(space, '__main__')
    space.set_module('__main__', w_main)
    return w_main


def set_path(space, first):
    # the script's folder, the frozen modules, then MICROPYPATH or the
    # default library folders.  (MicroPython drops .frozen when MICROPYPATH is
    # set; micropy keeps it, so the built-in Python library always imports.)
    paths = [first, '.frozen']
    micropypath = os.environ.get('MICROPYPATH')
    if micropypath is not None:
        for p in micropypath.split(':'):
            paths.append(p)
    else:
        home = os.environ.get('HOME')
        if home is not None:
            paths.append(home + '/.micropython/lib')
        paths.append('/usr/lib/micropython')
    w_sys = space.builtin_module('sys')
    w_sys.w_dict.setitem_str('path', space.newlist([space.newtext(p) for p in paths]))


def set_argv(space, argv):
    w_sys = space.builtin_module('sys')
    w_sys.w_dict.setitem_str('argv', space.newlist([space.newtext(a) for a in argv]))


def main(space, argv):
    from interp.objects.fileobject import setup_std_streams
    setup_std_streams(space)
    inspect = False
    cmd = None
    module = None
    filename = None
    board_dir = None
    use_pty = False
    virtual_time = False
    trace = None
    hw = None
    i = 1
    while i < len(argv):
        a = argv[i]
        if a == '-c':
            if i + 1 >= len(argv):
                return usage_error(space)
            cmd = argv[i + 1]
            i += 2
            break
        elif a == '-m':
            if i + 1 >= len(argv):
                return usage_error(space)
            module = argv[i + 1]
            i += 2
            break
        elif a == '-i':
            inspect = True
        elif a == '-h' or a == '--help':
            space.stdout.write_str(USAGE)
            space.stdout.flush()
            return 0
        elif a == '--version':
            space.stdout.write_str(version_line() + '\n')
            space.stdout.flush()
            return 0
        elif a.startswith('-O'):
            level = 1
            rest = a[2:]
            if rest:
                if rest.isdigit():
                    level = int(rest)
                else:
                    level = 0
                    for c in rest:
                        if c == 'O':
                            level += 1
                    level += 1
            space.optimize = level
        elif a == '-v':
            pass
        elif a == '--pty':
            use_pty = True
        elif a == '--virtual-time':
            virtual_time = True
        elif a == '--board' or a == '--trace' or a == '--hw' or a == '-X':
            if i + 1 >= len(argv):
                return usage_error(space)
            i += 1
            if a == '--board':
                board_dir = argv[i]
            elif a == '--trace':
                trace = argv[i]
            elif a == '--hw':
                hw = argv[i]
            elif not set_implopt(space, argv[i]):
                return usage_error(space)
        elif a.startswith('-X'):
            if not set_implopt(space, a[2:]):
                return usage_error(space)
        elif a == '-':
            filename = None
            i += 1
            break
        elif a.startswith('-') and len(a) > 1:
            return usage_error(space)
        else:
            filename = a
            i += 1
            break
        i += 1
    rest = argv[i:]
    if use_pty and board_dir is None:
        space.stderr.write_str('micropy: --pty needs --board DIR\n')
        return usage_error(space)
    space.actionflag.install_sigint()
    from interp import hal
    if virtual_time:
        hal.set_virtual_time(True)
    if trace is not None:
        if hal.trace_open(trace, 0 if trace.endswith('.vcd') else 1) < 0:
            space.stderr.write_str("micropy: can't open trace file '%s'\n" % trace)
            return 1
    if hw is not None:
        from interp import boardfile
        try:
            boardfile.load(space, hw)
        except OperationError as e:
            hal.trace_close()
            return report_exception(space, e)
    try:
        if board_dir is not None:
            from interp import board
            space.builtins.w_dict.setitem_str('__debug__', space.newbool(space.optimize == 0))
            return board.run_board(space, board_dir, use_pty)
        return run_main(space, cmd, module, filename, rest, inspect)
    finally:
        hal.trace_close()


def run_main(space, cmd, module, filename, rest, inspect):
    space.builtins.w_dict.setitem_str('__debug__', space.newbool(space.optimize == 0))
    w_main = make_main_module(space)
    w_dict = w_main.w_dict
    status = 0
    try:
        if cmd is not None:
            set_argv(space, ['-c'] + rest)
            set_path(space, '')
            status = run_guarded(space, cmd, '<stdin>', w_dict)
        elif module is not None:
            set_argv(space, [module] + rest)
            set_path(space, '')
            status = run_module(space, module, w_dict)
        elif filename is not None:
            set_argv(space, [filename] + rest)
            # MicroPython puts the script's real folder first
            set_path(space, fileio.dirname(fileio.abspath(filename)))
            try:
                source = fileio.read_file(filename)
            except OSError as e:
                space.stderr.write_str("micropy: can't open file '%s': [Errno %d] %s\n"
                                       % (filename, e.errno, errno_name(e.errno)))
                return 2
            w_dict.setitem_str('__file__', space.newtext(filename))
            status = run_guarded(space, source, filename, w_dict)
        else:
            set_argv(space, [''] + rest)
            set_path(space, '')
            if not os.isatty(0):
                source = space.stdin.read_all()
                status = run_guarded(space, source, '<stdin>', w_dict)
            else:
                status = interactive(space, w_dict)
            inspect = False
        if inspect and status == 0 or (inspect and status != 0 and status != 2):
            status = interactive(space, w_dict)
        status = run_atexit(space, status)
        if space.board_reset_requested:
            # machine.reset() or the watchdog: a program from the command
            # line ends there (board mode restarts the board instead)
            from interp.modules.machine_clock import DEEPSLEEP_RESET
            from interp import hal
            if hal.state.next_cause == DEEPSLEEP_RESET:
                space.stderr.write_str('micropy: the board went into deep sleep\n')
                status = 0
            else:
                space.stderr.write_str('micropy: the board was reset\n')
                status = 1
    finally:
        space.stdout.flush()
    return status


def interactive(space, w_dict):
    """The REPL: the line editor on a terminal, plain lines otherwise."""
    if os.isatty(0):
        from interp import board
        return board.run_terminal_repl(space, w_dict)
    from interp import linerepl
    return linerepl.run_line_repl(space, w_dict)


def run_atexit(space, status):
    """The function registered with sys.atexit runs once the program ends
    (also by SystemExit); an exception from it is reported like any other."""
    w_func = space.w_atexit
    if w_func is None:
        return status
    space.w_atexit = None
    try:
        space.call_function(w_func, [])
    except OperationError as e:
        space.stdout.flush()
        return report_exception(space, e)
    return status


def run_guarded(space, source, filename, w_dict):
    try:
        run_source(space, source, filename, w_dict)
    except OperationError as e:
        space.stdout.flush()
        return report_exception(space, e)
    return 0


def run_module(space, name, w_dict):
    """-m: the module's file runs as __main__ (in w_dict); a package runs
    its __main__.py that way after being imported normally.  Parent
    packages are imported normally too."""
    from interp.importing import import_dotted, find_module_file, get_sys_path, module_path
    try:
        paths = get_sys_path(space)
        dot = name.rfind('.')
        if dot >= 0:
            assert dot >= 0
            w_top, w_parent = import_dotted(space, name[:dot])
            parent_path = module_path(space, w_parent)
            paths = []
            if parent_path is not None:
                paths.append(parent_path)
        start = dot + 1
        assert start >= 0
        leaf = name[start:]
        path, is_pkg = find_module_file(space, leaf, paths)
        if path is None or (dot < 0 and space.builtin_module_or_none(name) is not None):
            # a builtin module, or no such module (raises ImportError)
            import_dotted(space, name)
            return 0
        if is_pkg:
            w_top, w_pkg = import_dotted(space, name)
            pkgdir = module_path(space, w_pkg)
            path = None
            if pkgdir is not None:
                path, sub_is_pkg = find_module_file(space, '__main__', [pkgdir])
                if sub_is_pkg:
                    path = None
            if path is None:
                raise OperationError(space.w_ImportError, space.call_function(
                    space.w_ImportError,
                    [space.newtext("no module named '%s.__main__'" % name)]))
        from interp.importing import module_code
        from interp.function import run_code
        code = module_code(space, path)
        w_dict.setitem_str('__file__', space.newtext(path))
        run_code(space, code, w_dict, w_dict)
        return 0
    except OperationError as e:
        space.stdout.flush()
        return report_exception(space, e)


def usage_error(space):
    space.stderr.write_str(USAGE)
    return 1
