# importing a deep module initialises each parent package first, once
import _imp_state
import _ipkg.inner.deeper.leaf
print(_imp_state.log)
import _ipkg.inner.deeper.leaf
import _ipkg.inner
print(len(_imp_state.log))
print(_ipkg.inner.deeper.leaf.NAME)
