url = 'https://example.com/path/to/page.html'
print(url.startswith('https'), url.startswith('http:'), url.endswith(('.html', '.htm')))
scheme, _, rest = url.partition('://')
host, _, path = rest.partition('/')
print(scheme, host, path)
print(path.split('/'), path.rsplit('.', 1)[-1], path.rfind('/'), path[path.rfind('/') + 1:])
print(url[8:19], url[-4:], url[::10])
print(url.count('/'), url.find('/', 8), url.index('.'))
