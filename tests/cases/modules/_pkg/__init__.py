PKG = 'package init'
