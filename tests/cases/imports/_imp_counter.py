# helper: counts how often it is executed, through a value stored on builtins-free state
import _imp_state
_imp_state.count += 1
VALUE = _imp_state.count
