dna = 'AGCTTAGCTAAGCT'
print(dna.count('A'), dna.count('AGCT'), dna.count('T', 5), dna.count('X'))
print(dna.replace('T', 'U'), dna.replace('AGCT', '-', 2))
comp = {'A': 'T', 'T': 'A', 'G': 'C', 'C': 'G'}
print(''.join(comp[c] for c in dna))
print(dna.lower().upper() == dna)
print(dna[::-1].find('TCGA'))
