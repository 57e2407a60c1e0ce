"""Compiling the project's C code with cffi for its tests (-Wall -Wextra -Werror)."""
import importlib.util


def compile_cffi(tmp_path_factory, name, cdef, source, include_dirs):
    """Compile `source` into an extension module `name` and import it."""
    import cffi
    ffi = cffi.FFI()
    ffi.cdef(cdef)
    ffi.set_source(name, source, include_dirs=include_dirs,
                   extra_compile_args=['-Wall', '-Wextra', '-Werror', '-std=c99'])
    path = ffi.compile(tmpdir=str(tmp_path_factory.mktemp(name)))
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def header_cdef(path):
    """A header for cffi: its declarations and integer #defines (MP_...)."""
    with open(path) as f:
        return ''.join(l for l in f if not l.startswith('#') or l.startswith('#define MP_'))
