# generated try/except/else/finally shapes, each run under several inputs
BODIES = {
    'pass': 'log.append("body")',
    'raise': 'log.append("body"); raise ValueError(x)',
    'ret': 'log.append("body"); return "r-body"',
    'brk': 'log.append("body"); break',
    'cont': 'log.append("body"); continue',
    'cond': 'log.append("body")\n            if x == 1: raise KeyError(x)\n            if x == 2: return "r2"\n            if x == 3: break',
}
HANDLERS = {
    'none': '',
    'val': '        except ValueError as e:\n            log.append("val")\n',
    'key_ret': '        except KeyError:\n            log.append("key")\n            return "r-key"\n',
    'any_cont': '        except Exception:\n            log.append("any")\n            continue\n',
}
FINALS = {
    'none': '',
    'log': '        finally:\n            log.append("fin")\n',
    'ret': '        finally:\n            log.append("fin")\n            return "r-fin"\n',
}
ELSES = {
    'none': '',
    'log': '        else:\n            log.append("else")\n',
}
count = 0
for bname, body in sorted(BODIES.items()):
    for hname, handler in sorted(HANDLERS.items()):
        for fname, fin in sorted(FINALS.items()):
            for ename, els in sorted(ELSES.items()):
                if not handler and not fin:
                    continue
                if els and not handler:
                    continue
                src = ('def f(x, log):\n'
                       '    for i in range(2):\n'
                       '        log.append("it%d" % i)\n'
                       '        try:\n'
                       '            ' + body + '\n' + handler + els + fin +
                       '    log.append("end")\n'
                       '    return "r-end"\n')
                ns = {}
                exec(src, ns)
                results = []
                for x in range(4):
                    log = []
                    try:
                        r = ns['f'](x, log)
                    except Exception as e:
                        r = 'exc ' + type(e).__name__
                    results.append((r, ','.join(log)))
                count += 1
                print(bname, hname, fname, ename, results)
print(count, 'shapes')
