"""Sessions around the REPL: micropy as a board (--board DIR) and the unix
port's interactive REPL, both with soft resets.

A board's flash is DIR, mounted as '/'.  Start-up runs boot.py, then main.py
(not when the raw REPL asked for the reset), then the REPL; Ctrl-D there (or
sys.exit()) soft-resets: the interpreter's state goes back to what it was
at start-up, the files stay."""
import os
from interp.error import OperationError
from interp import fileio
from interp.objects.dictobject import W_Dict
from interp import repl as repl_mod


class StateSnapshot(object):
    """The interpreter's state at start-up, to return to on a soft reset:
    the builtin modules' dicts (user code may set attributes on them) and
    sys.modules."""

    def __init__(self, space):
        self.saved = []
        for w_mod in space.builtin_modules.values():
            self.saved.append((w_mod.w_dict, w_mod.w_dict.copy()))
        self.w_modules = space.w_modules.copy()

    def restore(self, space):
        space.stdout.flush()
        for w_dict, w_copy in self.saved:
            restore_dict(space, w_dict, w_copy)
        restore_dict(space, space.w_modules, self.w_modules)
        space.w_atexit = None
        space.w_dupterm = None
        flag = space.actionflag
        flag.scheduled_w = []
        flag.interrupt_char = 3
        from interp.vfs import VfsState
        space.vfs = VfsState()
        from interp.modules import machine_mod, machine_clock
        machine_mod.reset_irqs(space)
        machine_clock.reset_timers()
        from interp.modules import machine_irq, network_mod
        machine_irq.reset_sources()
        network_mod.reset_state()
        from interp import hal
        if space.board_reset_requested:
            space.board_reset_requested = False
            hal.state.reset_cause = hal.state.next_cause
        else:
            hal.state.reset_cause = machine_clock.SOFT_RESET


def restore_dict(space, w_dict, w_copy):
    assert isinstance(w_dict, W_Dict)
    assert isinstance(w_copy, W_Dict)
    w_dict.clear()
    for w_k, w_v in w_copy.items_w(space):
        w_dict.setitem(space, w_k, w_v)


def set_sys_list(space, name, items):
    w_sys = space.builtin_module('sys')
    w_sys.w_dict.setitem_str(name, space.newlist([space.newtext(p) for p in items]))


# ____________________________________________________________
# board mode

def run_board(space, board_dir, use_pty):
    from interp.main import make_main_module
    root = fileio.normpath(fileio.abspath(board_dir))
    if not fileio.is_dir(root):
        space.stderr.write_str("micropy: board folder '%s' does not exist\n" % board_dir)
        return 1
    console = space.console
    snapshot = StateSnapshot(space)
    space.board_root = root
    console.setup_board(space, use_pty)
    repl = repl_mod.Repl(space, True)
    try:
        first = True
        while True:
            if not first:
                if space.board_reset_requested:
                    repl.mode = repl_mod.FRIENDLY   # a hard reset: as at power-on
                else:
                    console.write(space, 'MPY: soft reboot\r\n')
                snapshot.restore(space)
            first = False
            w_dict = make_main_module(space).w_dict
            mount_flash(space, root)
            set_sys_list(space, 'path', ['', '.frozen', '/lib'])
            set_sys_list(space, 'argv', [])
            if run_boot_file(space, repl, root, 'boot.py', w_dict) == repl_mod.SOFT_RESET:
                continue
            if repl.mode == repl_mod.FRIENDLY:
                if run_boot_file(space, repl, root, 'main.py', w_dict) == repl_mod.SOFT_RESET:
                    continue
                console.write(space, repl_mod.board_banner())
            if repl.run(w_dict) == repl_mod.EXIT:
                return repl.status
    finally:
        space.stdout.flush()
        console.finish()


def mount_flash(space, root):
    from interp.objects.vfsposixobject import W_VfsPosix
    from interp import vfs
    vfs.mount(space, W_VfsPosix(root), '/', False)
    vfs.chdir(space, '/')


def run_boot_file(space, repl, root, name, w_dict):
    """Run boot.py or main.py from the flash, as pyexec_file does; its
    errors are printed, SystemExit asks for a soft reset."""
    try:
        source = fileio.read_file(root + '/' + name)
    except OSError:
        return repl_mod.CONTINUE
    from interp.function import run_code
    from interp.main import report_exception
    console = space.console
    console.exec_mode()
    try:
        try:
            code = space.compile_source(source, name, 'exec')
            run_code(space, code, w_dict, w_dict)
        except OperationError as e:
            space.stdout.flush()
            if e.match(space, space.w_SystemExit):
                return repl_mod.SOFT_RESET
            report_exception(space, e)
    finally:
        space.stdout.flush()
        console.edit_mode()
    return repl_mod.CONTINUE


# ____________________________________________________________
# the unix port's REPL on a terminal

def run_terminal_repl(space, w_dict):
    """The interactive REPL on a terminal: line editing, history kept in
    ~/.micropy_history; a soft reset (raw REPL's Ctrl-D) starts afresh."""
    from interp.main import make_main_module, set_path
    console = space.console
    console.setup_terminal()
    snapshot = StateSnapshot(space)
    repl = repl_mod.Repl(space, False)
    history = history_path()
    load_history(repl.editor, history)
    console.write(space, repl_mod.unix_banner())
    try:
        while True:
            r = repl.run(w_dict)
            if r == repl_mod.EXIT:
                return repl.status
            console.write(space, 'MPY: soft reboot\r\n')
            snapshot.restore(space)
            w_dict = make_main_module(space).w_dict
            set_path(space, '')
    finally:
        space.stdout.flush()
        console.finish()
        save_history(repl.editor, history)


def history_path():
    home = os.environ.get('HOME')
    if not home:
        return ''
    return home + '/.micropy_history'


def load_history(editor, path):
    if not path:
        return
    try:
        text = fileio.read_file(path)
    except OSError:
        return
    lines = text.split('\n')
    for line in lines:
        if line:
            editor.add_history(line)


def save_history(editor, path):
    if not path:
        return
    lines = []
    i = len(editor.history) - 1
    while i >= 0:
        lines.append(editor.history[i])
        i -= 1
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0600)
        try:
            fileio.write_all(fd, '\n'.join(lines) + '\n')
        finally:
            os.close(fd)
    except OSError:
        pass
