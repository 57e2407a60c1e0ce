"""Tab completion for the REPL: the dotted name before the cursor ("a.b.c")
is looked up in __main__'s globals and the builtins, then attribute by
attribute; the last part is completed from the names found there."""
from interp.error import OperationError
from interp.objects.dictobject import W_Dict
from interp.objects.strobject import W_Str
from interp.objects.typeobject import W_Type

IMPORT = 'import '


def is_name_char(c):
    return c.isalnum() or c == '_' or c == '.' or ord(c) >= 0x80


def dict_names(space, w_dict, names):
    if isinstance(w_dict, W_Dict):
        for w_k in w_dict.keys_w(space):
            if isinstance(w_k, W_Str):
                names[w_k.utf8] = None


class Completer(object):
    def __init__(self, space):
        self.space = space
        self.w_globals = None       # __main__'s dict, set by the REPL

    def complete(self, before):
        """(text to insert, names to list) for the text before the cursor."""
        n = len(before)
        start = n
        while start > 0 and is_name_char(before[start - 1]):
            start -= 1
        assert start >= 0
        word = before[start:]
        parts = word.split('.')
        prefix = parts[-1]
        path = []
        for i in range(len(parts) - 1):
            path.append(parts[i])
        try:
            names = self.candidates(path)
        except OperationError:
            return '', []
        if names is None:
            return '', []
        matches = []
        for name in names:
            if not name.startswith(prefix):
                continue
            matches.append(name)
        if not matches:
            # the first word of a line may be the start of "import"
            if len(parts) == 1 and start == 0 and IMPORT.startswith(prefix):
                return IMPORT[len(prefix):], []
            return '', []
        sort_names(matches)
        common = matches[0]
        for m in matches:
            common = common_prefix(common, m)
        if len(matches) == 1 or len(common) > len(prefix):
            return common[len(prefix):], []
        return '', matches

    def candidates(self, path):
        """Names to complete from: globals and builtins, or the attributes
        of the object the dotted path names; None when it names nothing."""
        space = self.space
        names = {}
        if not path:
            dict_names(space, self.w_globals, names)
            dict_names(space, space.builtins.w_dict, names)
            return names.keys()
        w_obj = None
        first = path[0]
        if self.w_globals is not None:
            w_obj = self.w_globals.getitem_str(first)
        if w_obj is None:
            w_obj = space.builtins.w_dict.getitem_str(first)
        if w_obj is None:
            return None
        for i in range(1, len(path)):
            w_obj = space.getattr(w_obj, path[i])
        # what dir() lists: the instance's dict, then its type's MRO
        dict_names(space, w_obj.get_dict_w(space), names)
        w_type = w_obj if isinstance(w_obj, W_Type) else space.type(w_obj)
        for w_t in w_type.mro_w:
            for k in w_t.dict_w.keys():
                names[k] = None
        return names.keys()


def sort_names(names):
    """Insertion sort: a completion list is short."""
    for i in range(1, len(names)):
        x = names[i]
        j = i - 1
        while j >= 0 and names[j] > x:
            names[j + 1] = names[j]
            j -= 1
        names[j + 1] = x


def common_prefix(a, b):
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    return a[:i]
