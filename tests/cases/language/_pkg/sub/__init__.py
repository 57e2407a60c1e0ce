from ..a import A as AA
X = AA + '!'
