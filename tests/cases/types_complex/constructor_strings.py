for s in ['1', '1j', '1+2j', '1-2j', ' 3.5 ', '(1+2j)', ' ( 4-5J ) ', 'j', '-j', '+j',
          '1+j', '2-J', '1e3', '1e3j', '1e-3+2.5e2j', 'inf', '-infj', 'nan+nanj',
          'infinity-infinityj', '.5j', '5.', '1_000+2_0j', 'NaN', '-1.5']:
    print(repr(s), complex(s))
