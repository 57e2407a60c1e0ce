"""The buffer protocol: objects whose bytes can be read directly."""
from interp.objects.bytesobject import W_Bytes


def buffer_w(space, w_obj):
    """The bytes of w_obj as a str, or None if it has no buffer."""
    if isinstance(w_obj, W_Bytes):
        return w_obj.value
    from interp.objects.bytearrayobject import W_ByteArray
    if isinstance(w_obj, W_ByteArray):
        return w_obj.as_str()
    from interp.objects.memoryviewobject import W_MemoryView
    if isinstance(w_obj, W_MemoryView):
        return w_obj.as_str(space)
    return None
