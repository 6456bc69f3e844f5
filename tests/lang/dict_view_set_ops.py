# Dict keys and items views are set-like: &, |, -, ^ with any iterable (both
# sides), comparisons with sets, isdisjoint.
d = {'a': 1, 'b': 2}
print(sorted(d.items() & {('a', 1), ('b', 3)}), sorted(d.keys() | ['c']), sorted(d.keys() - {'a'}), sorted(d.keys() ^ {'a', 'z'}))
print(d.keys() <= {'a', 'b', 'c'}, d.keys() < {'a', 'b'}, d.keys() >= {'a'}, d.keys() > {'a', 'b'}, d.keys() == {'a', 'b'})
print(d.keys().isdisjoint(['x']), d.items().isdisjoint([('a', 1)]), sorted({'a', 'q'} & d.keys()), sorted(['q'] | d.keys()) if False else 0)
print(sorted({'a', 'q'} - d.keys()), sorted(d.items() - {('a', 1)}), d.items() <= {('a', 1), ('b', 2)})
e = {'a': 0}
print(d.keys() & e.keys(), sorted(d.keys() | e.keys()))
