"""Instances of user classes derived from builtin types other than object
and BaseException."""
from interp.error import oefmt


def allocate(space, w_type):
    raise oefmt(space.w_TypeError, "subclassing '%s' is not supported yet"
                % w_type.w_solid.name)
