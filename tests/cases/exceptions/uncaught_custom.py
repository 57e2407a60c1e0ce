class ConfigError(Exception):
    pass
def check(cfg):
    if 'name' not in cfg:
        raise ConfigError('name missing')
    return cfg['name']
print(check({'name': 'ok'}))
check({})
