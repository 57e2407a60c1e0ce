"""The buffer protocol: objects whose bytes can be read directly."""
from interp.objects.bytesobject import W_Bytes


def buffer_w(space, w_obj):
    """The bytes of w_obj as a str, or None if it has no buffer."""
    if isinstance(w_obj, W_Bytes):
        return w_obj.value
    return None
