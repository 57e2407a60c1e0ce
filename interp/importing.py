"""The import system: builtin modules, then .py files and packages on sys.path."""
from interp.error import OperationError, oefmt
from interp.objects.moduleobject import W_Module
from interp.objects.dictobject import W_Dict
from interp.objects.strobject import W_Str
from interp.objects.listobject import W_List
from interp.objects.tupleobject import W_Tuple
from interp import fileio, frozen


def get_sys_path(space):
    w_sys = space.builtin_module('sys')
    w_path = w_sys.w_dict.getitem_str('path')
    paths = []
    if isinstance(w_path, W_List):
        for w_p in w_path.items_w:
            if isinstance(w_p, W_Str):
                paths.append(w_p.utf8)
    return paths


def find_module_file(space, name, paths):
    """(path of the file, is_package) or (None, False)."""
    for d in paths:
        if frozen.is_frozen_path(d):
            path, is_pkg = find_frozen(space, d, name)
            if path is not None:
                return path, is_pkg
            continue
        if d and space.vfs.mounts:
            d = host_folder(space, d)
            if d is None:
                continue
        base = fileio.join(d, name) if d else name
        init = fileio.join(base, '__init__.py')
        if fileio.is_dir(base):
            if fileio.is_file(init):
                return init, True
            # a directory without __init__.py: a namespace package
            return base, True
        if fileio.is_file(base + '.py'):
            return base + '.py', False
    return None, False


def host_folder(space, d):
    """The host folder of a sys.path entry under os.mount's file systems
    (a board's '/lib' is DIR/lib); None when it is not on the host."""
    from interp import vfs
    w_vfs, path = vfs.resolve(space, d)
    if w_vfs is not None:
        return None
    return path


def find_frozen(space, d, name):
    """A frozen module or package `name` in the frozen folder d."""
    rel = fileio.join(frozen.relative(d), name)
    if (rel + '/__init__.py') in space.frozen_codes:
        return fileio.join(d, name + '/__init__.py'), True
    if (rel + '.py') in space.frozen_codes:
        return fileio.join(d, name + '.py'), False
    return None, False


def module_code(space, path):
    """The code object of a module file: prebuilt for frozen modules."""
    if frozen.is_frozen_path(path):
        return space.frozen_codes[frozen.relative(path)]
    try:
        source = fileio.read_file(path)
    except OSError:
        raise oefmt(space.w_ImportError, "can't read %s" % path)
    return space.compile_source(source, path, 'exec')


def load_source_module(space, fullname, path, is_package, pkgdir):
    w_mod = W_Module(space, fullname)
    w_dict = w_mod.w_dict
    w_dict.setitem_str('__file__', space.newtext(path))
    if is_package:
        w_dict.setitem_str('__path__', space.newtext(pkgdir))
    space.set_module(fullname, w_mod)
    try:
        code = module_code(space, path)
        from interp.function import run_code
        run_code(space, code, w_dict, w_dict)
    except OperationError:
        space.del_module(fullname)
        raise
    return w_mod


def import_one(space, fullname, parent_path):
    """Import one dotted component; parent_path is None for top-level."""
    w_mod = space.get_module_obj(fullname)
    if w_mod is not None:
        return w_mod
    if parent_path is None:
        w_mod = space.builtin_module_or_none(fullname)
        if w_mod is not None:
            return w_mod
        paths = get_sys_path(space)
    else:
        paths = [parent_path]
    shortname = fullname
    dot = fullname.rfind('.')
    if dot >= 0:
        shortname = fullname[dot + 1:]
    path, is_pkg = find_module_file(space, shortname, paths)
    if path is None and parent_path is None and len(fullname) > 1 and fullname[0] == 'u':
        # MicroPython's old u-prefixed names (ucollections, uasyncio, ...)
        path, is_pkg = find_module_file(space, fullname[1:], [frozen.PREFIX])
        if path is not None:
            return import_one(space, fullname[1:], None)
    if path is None:
        raise OperationError(space.w_ImportError, space.call_function(
            space.w_ImportError, [space.newtext("no module named '%s'" % fullname)]))
    if is_pkg and not path.endswith('__init__.py'):
        w_mod = W_Module(space, fullname)
        w_mod.w_dict.setitem_str('__path__', space.newtext(path))
        space.set_module(fullname, w_mod)
        return w_mod
    pkgdir = fileio.dirname(path) if is_pkg else ''
    return load_source_module(space, fullname, path, is_pkg, pkgdir)


def module_path(space, w_mod):
    w_path = w_mod.getdictvalue(space, '__path__')
    if w_path is None:
        return None
    if isinstance(w_path, W_Str):
        return w_path.utf8
    if isinstance(w_path, W_List) and len(w_path.items_w) > 0:
        return space.text_w(w_path.items_w[0])
    return None


def import_dotted(space, name):
    """Import a.b.c; returns (top module, last module)."""
    parts = name.split('.')
    w_top = None
    w_mod = None
    fullname = ''
    parent_path = None
    for i in range(len(parts)):
        fullname = parts[i] if i == 0 else fullname + '.' + parts[i]
        w_new = import_one(space, fullname, parent_path)
        if w_mod is not None:
            w_mod.setdictvalue(space, parts[i], w_new)
        w_mod = w_new
        if w_top is None:
            w_top = w_new
        if i < len(parts) - 1:
            parent_path = module_path(space, w_mod)
            if parent_path is None:
                raise OperationError(space.w_ImportError, space.call_function(
                    space.w_ImportError,
                    [space.newtext("no module named '%s'" % (fullname + '.' + parts[i + 1]))]))
    return w_top, w_mod


def resolve_relative(space, name, level, w_globals):
    w_pkgname = w_globals.getitem_str('__package__')
    if w_pkgname is not None and isinstance(w_pkgname, W_Str):
        package = w_pkgname.utf8
    else:
        w_name = w_globals.getitem_str('__name__')
        package = space.text_w(w_name) if w_name is not None else ''
        if w_globals.getitem_str('__path__') is None:
            dot = package.rfind('.')
            package = package[:dot] if dot >= 0 else ''
    for i in range(level - 1):
        dot = package.rfind('.')
        if dot < 0:
            package = ''
            break
        package = package[:dot]
    if not package:
        raise oefmt(space.w_ImportError, "can't perform relative import")
    if name:
        return package + '.' + name
    return package


def import_name(space, name, w_fromlist, level, w_globals):
    if level > 0:
        name = resolve_relative(space, name, level, w_globals)
    w_top, w_mod = import_dotted(space, name)
    if space.is_none(w_fromlist):
        return w_top
    # `from pkg import sub`: import submodules named in the fromlist
    path = module_path(space, w_mod)
    if path is not None and isinstance(w_fromlist, W_Tuple):
        for w_n in w_fromlist.items_w:
            sub = space.text_w(w_n)
            if sub == '*' or w_mod.getdictvalue(space, sub) is not None:
                continue
            try:
                w_sub = import_one(space, name + '.' + sub, path)
            except OperationError as e:
                if not e.match(space, space.w_ImportError):
                    raise
                continue
            w_mod.setdictvalue(space, sub, w_sub)
    return w_mod


def import_from(space, w_mod, name):
    w_value = space.getattr_or_none(w_mod, name)
    if w_value is None:
        raise OperationError(space.w_ImportError, space.call_function(
            space.w_ImportError, [space.newtext("can't import name %s" % name)]))
    return w_value


def import_star(space, w_mod, w_target):
    assert isinstance(w_target, W_Dict)
    w_all = w_mod.getdictvalue(space, '__all__')
    if w_all is not None:
        for w_n in space.unpack_iterable(w_all):
            name = space.text_w(w_n)
            w_target.setitem_str(name, space.getattr(w_mod, name))
        return
    w_d = w_mod.get_dict_w(space)
    if isinstance(w_d, W_Dict):
        for w_k, w_v in w_d.items_w(space):
            k = space.text_w(w_k)
            if not k.startswith('_'):
                w_target.setitem_str(k, w_v)
