# relative imports with one, two and three dots
import _ipkg.inner.deeper.leaf as leaf
print(leaf.LEAF)
print(leaf.NAME)
import _ipkg.inner.deep as deep
print(deep.DEEP)
print(deep.PV)
print(deep.sub2 is leaf.top_sub1 or deep.sub2.SAME is leaf.top_sub1)
