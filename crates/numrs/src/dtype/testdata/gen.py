#!/usr/bin/env python3
"""Writes the dtype test expectations from real NumPy.

Regenerate (from the repository root) with

    /tmp/venv-np2/bin/python crates/numrs/src/dtype/testdata/gen.py

It writes, next to this script:

* expected.txt: blocks of `key: value` lines, one block per case, blank line between.
  - `[valid]` blocks: a spec (Python source text, evaluated here with `np.dtype`) and
    everything NumPy reports about the dtype: repr, str, descr, itemsize, ..., newbyteorder.
    `skip:` names the attributes numrs is known to report differently (see KNOWN GAPS).
  - `[error]` blocks: a spec NumPy rejects, with the exception type and message.
  - `[unsupported]` blocks: a spec NumPy accepts for a type numrs does not implement
    (object, datetime, long double, StringDType): numrs must say NotImplemented.
  - `[eq]` blocks: two specs and NumPy's `==` between the dtypes.
* strings.txt: one string spec a line, `repr(spec)<TAB>outcome`, where the outcome is
  `ok <repr(dtype)>`, `err <ExceptionType>: <message>` or `unsupported`. The strings are
  enumerated from NumPy's string grammar (type characters, kinds and sizes, names, comma
  strings and their repeat syntax) plus a seeded random sample of comma strings.

Every value is written on one line with `\\`, `\t`, `\n` and `\r` escaped (`clean`).

KNOWN GAPS (numrs has one 64-bit integer type per signedness, no provenance bit):
* `'q'`/`'Q'`/`'longlong'`/`'ulonglong'` give NumPy char q/Q, num 9/10, type numpy.longlong;
  numrs gives the `'l'`/`'L'` dtype (char l/L, num 7/8, numpy.int64). Same repr.
* `'c'` gives NumPy `S1` with char 'c'; numrs gives plain `S1` (char 'S').
* `newbyteorder()` of a non-native number gives NumPy's native order spelled explicitly,
  `dtype('<i2')` (byteorder '<', equal to `dtype('int16')`); numrs has no such spelling and
  gives `dtype('int16')`.
* unsized flexible dtypes made from a tuple, `('S', 0)`, are not "builtin" in NumPy; numrs
  cannot tell them from `'S'`, so `isbuiltin` is skipped for them.
"""
import itertools
import os
import random
import warnings

import numpy as np
from numpy._core.arrayprint import dtype_short_repr

assert np.__version__ == "2.4.6", np.__version__
warnings.simplefilter("ignore")

HERE = os.path.dirname(os.path.abspath(__file__))
NS = {
    "bytes": bytes, "str": str, "int": int, "float": float, "complex": complex,
    "bool": bool, "memoryview": memoryview, "object": object, "dtype": np.dtype, "np": np,
}

WAV = ("[('chunk_id', (bytes, 4)), ('chunk_size', '<u4'), ('format', 'S4'), "
       "('fmt_id', 'S4'), ('fmt_size', '<u4'), ('audio_fmt', '<u2'), "
       "('num_channels', '<u2'), ('sample_rate', '<u4'), ('byte_rate', '<u4'), "
       "('block_align', '<u2'), ('bits_per_sample', '<u2'), ('data_id', ('S1', (2, 2))), "
       "('data_size', 'u4')]")

# (spec source text, align)
VALID = [(s, False) for s in [
    # type characters, with and without byte orders
    "'?'", "'b'", "'B'", "'h'", "'H'", "'i'", "'I'", "'l'", "'L'", "'q'", "'Q'", "'p'", "'P'",
    "'n'", "'N'", "'e'", "'f'", "'d'", "'F'", "'D'", "'S'", "'U'", "'V'", "'c'", "'a'",
    "'>h'", "'<H'", "'>i'", "'=l'", "'|d'", "'>F'", "'>D'", "'>e'", "'<?'", "'>?'", "'>b'",
    "'\\x00'", "'\\t'", "'\\x0c'", "'\\x17'", "'\\x12'", "'\\x13'",
    # kinds and sizes
    "'b1'", "'i1'", "'u1'", "'i2'", "'u2'", "'i4'", "'u4'", "'i8'", "'u8'", "'f2'", "'f4'",
    "'f8'", "'c8'", "'c16'", "'<u4'", "'>i2'", "'>u8'", "'>f8'", "'<c8'", "'>c16'",
    "'=i4'", "'|u2'", "'>i1'", "'<u1'", "'|b1'", "'>b1'", "'i04'", "'i+4'", "'i 8'",
    # flexible types
    "'S4'", "'|S4'", "'<S4'", "'>S4'", "'=S4'", "'S0'", "'S00'", "'S04'", "'S+4'", "'S 4'",
    "'S\\t4'", "'S-0'", "'a4'", "'|a4'", "'a0'", "'U3'", "'<U3'", "'>U3'", "'|U3'", "'=U3'",
    "'U0'", "'>U'", "'<U'", "'U 3'", "'V8'", "'<V8'", "'>V8'", "'|V8'", "'V0'", "'V04'",
    "'S2147483647'", "'U536870911'",
    # names
    "'bool'", "'bool_'", "'int8'", "'uint8'", "'byte'", "'ubyte'", "'int16'", "'uint16'",
    "'short'", "'ushort'", "'int32'", "'uint32'", "'intc'", "'uintc'", "'int64'", "'uint64'",
    "'int'", "'int_'", "'intp'", "'uint'", "'uintp'", "'long'", "'ulong'", "'longlong'",
    "'ulonglong'", "'float16'", "'half'", "'float32'", "'single'", "'float64'", "'float'",
    "'double'", "'complex64'", "'csingle'", "'complex128'", "'complex'", "'cdouble'",
    "'bytes'", "'bytes_'", "'str'", "'str_'", "'unicode'", "'void'",
    # Python and NumPy type objects
    "int", "float", "complex", "bool", "bytes", "str", "memoryview", "np.int16", "np.uint64",
    "np.float32", "np.bool", "np.bytes_", "np.str_", "np.void", "np.longlong", "np.half",
    # comma strings
    "'i4,f8'", "'(2,2)S1, u4'", "'3i4'", "'(3,)i4'", "'(2,3)i4'", "'()i4'", "'(0,)i4'",
    "'0i4'", "'2,i4'", "'i4,(2)f8'", "'(2,)i4,(3,)f8'", "'i4, f8 '", "'float64,int8'",
    "'<f8,>i4'", "'U,S'", "'S,U'", "'i4,'", "'S4,'", "'i1,2i,(3,4)f4'", "'(2,)3i4'",
    "'>(2,)3i4'", "'2S3'", "'2147483647S'", "'>3i4'", "'3>i4'", "'=(2,)<i4'", "'i4,='",
    "'i4,<'", "'i4,|'", "'b1,?,bool'", "'int8,uint16'", "'<i2,>i2,=i2,|i2'", "'i4,>>i4'",
    "'i4,<=i4'", "'U2, >U3, <U4'", "'S5,V3'", "'i4\\t,\\tf8'", "'i4,\\xa0f8'",
    "'i4,f8\\n'", "'(1,2)i4,'", "'i4, (2, 3) f8'", "'a4,a'", "'00i4'", "'(00,)i4'",
    # tuples
    "(bytes, 4)", "(str, 3)", "('U', 3)", "('V', 5)", "('void', 5)", "('S', 0)", "('S0', 3)",
    "(('S', 2), 3)", "('i4', 3)", "('i4', ())", "('i4', (0,))", "('i4', 1)", "('i4', (1,))",
    "('i4', (2, 2))", "('>i4', (2, 2))", "('S1', (2, 2))", "('U2', (2,))", "('S4', 2)",
    "(('i4', (2,)), (3,))", "('i4', (3, 0))", "([], 3)", "([('a', 'i4')], (2,))",
    "('i1', 2147483647)", "('i4', (1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, "
    "1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, "
    "1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))",
    "(dtype('>u2'), (2,))", "(np.int16, 2)", "(float, (2, 1))",
    # lists
    WAV, "[('a', 'i1'), ('b', '<i4')]", "[('a', 'i4')]", "[('a', 'S')]", "[('a', 'U')]",
    "[]", "[('', 'i4'), ('', 'f8')]", "[('a', 'i4', (2, 3)), ('b', 'f8', 3), ('c', 'S2', ())]",
    "[(('T', 'a'), 'i1'), ('b', '>i4')]", "[(('', 'a'), 'i4')]",
    "[(('title with space', 'x'), 'u2'), (('t2', 'y'), 'S3', (2,))]",
    "[('a', [('x', 'i1'), ('y', '>f4')]), ('b', 'u2')]", "[('x', ('i4', (2,)))]",
    "[('x', (('i4', (2,)), (3,)))]", "[('a', 'S', 3)]", "[('a', 'i4', 0)]",
    "[('r', 'u1'), ('g', 'u1'), ('b', 'u1'), ('a', 'u1')]", "[(\"it's\", 'i4')]",
    "[('é', 'i4'), ('日本', 'f8')]", "[('a\\tb', 'i1')]", "[('x', dtype('>i8'))]",
    "[('nested', [('inner', [('deep', 'i2', (2,))])]), ('z', '?')]",
    "[('a', 'V3'), ('b', 'c16'), ('c', 'U1'), ('d', 'e')]", "[('a', [])]",
    "[('s', ('U2', (2,)))]", "[('t', [('a', 'i1')], (2,))]", "[('w', int), ('x', float)]",
    "[('sub', 'i1', (2, 2)), ('tail', 'i8')]", "[('a', (bytes, 3)), ('b', (str, 2))]",
    # dicts
    "{'names': ['a', 'b'], 'formats': ['i1', '<i4'], 'offsets': [0, 4], 'itemsize': 12}",
    "{'names': ['a', 'b'], 'formats': ['i1', '<i4'], 'offsets': [0, 4]}",
    "{'names': ['a', 'b'], 'formats': ['i1', '<i4'], 'offsets': [4, 0]}",
    "{'names': ['a', 'b'], 'formats': ['i1', '<i4'], 'offsets': [0, 0]}",
    "{'names': ['a', 'b'], 'formats': ['i1', '<i4']}",
    "{'names': ['a', 'b'], 'formats': ['i1', '<i4'], 'titles': ['A', None]}",
    "{'names': ['a', 'b'], 'formats': ['i1', 'i8'], 'offsets': [0, 8], 'itemsize': 16}",
    "{'names': ['a', 'b'], 'formats': ['i1', 'i8'], 'offsets': [0, 8], 'itemsize': 16, "
    "'aligned': True}",
    "{'names': ['a', 'b'], 'formats': ['i1', 'i8'], 'aligned': True}",
    "{'names': ['a', 'b'], 'formats': ['i1', 'i8'], 'aligned': False}",
    "{'names': ['a'], 'formats': ['i4', 'f8']}",
    "{'names': ['a'], 'formats': ['i4'], 'offsets': [0, 4]}",
    "{'names': ['a'], 'formats': ['i4'], 'titles': ['']}", "{'names': [''], 'formats': ['i4']}",
    "{'names': [], 'formats': []}", "{'names': ['x'], 'formats': ['S3'], 'offsets': [5]}",
    "{'names': ['a', 'b'], 'formats': [('i2', (2,)), [('c', 'u1')]], 'offsets': [3, 0], "
    "'titles': ['ta', 'tb'], 'itemsize': 10}",
    "{'names': ['format', 'sample_rate', 'data_id'], 'formats': ['S4', '<u4', ('S1', (2, 2))], "
    "'offsets': [8, 24, 36]}",
    "{'a': ('i4', 0), 'b': ('f8', 8)}", "{'b': ('f8', 8), 'a': ('i4', 0)}",
    "{'a': ('i4', 4, 'ta'), 'b': ('i2', 0)}", "{'a': ('i4', 0, 'a'), 'b': ('u1', 4)}",
    # existing dtypes
    "dtype('i4')", "dtype([('a', 'i1'), ('b', 'i8')], align=True)",
]] + [(s, True) for s in [
    "[('a', 'i1'), ('b', '<i4')]", "[(('T', 'a'), 'i1'), ('b', '>i4')]",
    "[('a', [('x', 'i1'), ('y', '>f4')]), ('b', 'u2')]", "[('a', 'S3'), ('b', 'i8'), ('c', 'i1')]",
    "[('a', 'i1'), ('b', 'S3')]", "[('a', 'i8'), ('b', 'i1')]", "[('c', 'c8'), ('u', 'U1'), ('b', '?')]",
    "[('x', 'i2', (3,)), ('y', 'f8')]", "[('e', 'e'), ('d', 'd', 2)]", "[]",
    "[('a', dtype([('x', 'i1'), ('y', 'i4')])), ('b', 'i1')]",
    "[('n', [('a', 'i1'), ('b', 'i2')], (2,)), ('z', 'i1')]",
    "{'names': ['a', 'b'], 'formats': ['i1', '<i4']}",
    "{'names': ['a', 'b'], 'formats': ['i1', 'i8'], 'offsets': [0, 8], 'itemsize': 16}",
    "{'names': ['a', 'b'], 'formats': ['i1', 'i8'], 'offsets': [8, 0]}",
    "{'names': ['a', 'b'], 'formats': ['i1', 'i4'], 'offsets': [0, 8], 'itemsize': 24}",
    "{'names': ['a', 'b'], 'formats': ['i1', 'i4'], 'titles': [None, 'B']}",
    "'i1,i4'", "'2i1,i8'", "'(2,)i1,(3,)i8'", "'S3,f8'", "'i4'", "'S3'", "('i2', 3)",
    "{'a': ('i1', 0), 'b': ('i8', 8)}",
]]

MALFORMED = [(s, False) for s in [
    "''", "'xyz'", "'S-1'", "' S4'", "'S4 '", "'i4 '", "' i4'", "'(3)i4'", "'1'", "'f0'",
    "'f3'", "'i0'", "'i16'", "'u16'", "'c4'", "'b2'", "'b8'", "'?1'", "'I4'", "'U3x'", "'Ш'",
    "'Int8'", "'string'", "'float_'", "'cfloat'", "'complex_'", "'string_'", "'unicode_'",
    "'void0'", "'int0'", "'uint0'", "'bool8'", "'bytes0'", "'str0'", "'object0'", "'>int0'",
    "'bytes8'", "'str32'", "'void64'", "'>int16'", "'=bool'", "'>float'", "'>a'", "'>'",
    "'<'", "'|'", "'='", "'>>i4'", "'<>i4'", "'S1000000000000'", "'U536870912'",
    "'S2147483648'", "'V-1'", "'S0x4'", "'i99999999999999999999'", "'S4\\x00'", "'\\x18'",
    "'S+-4'", "'i-0'",
    "',i4'", "'i4,,f8'", "'S4,,'", "'(2,,3)i4'", "'(,)i4'", "'(2)(3)i4'", "'(2,)'", "'()'",
    "'(1.5,)i4'", "'(-1,)i4'", "'(2,-1)i4'", "'-1i4'", "'(2,)i4,xx'", "'xx,i4'",
    "'i4[ns],f8'", "'1['", "'i4,['", "'(0)i4'", "'(2,)(3,)'", "'2(3,)i4'", "'Ш,i4'",
    "'i4,Ш'", "'<(2,)>i4'", "'|(2,)<i4'", "'i4,><i4'", "'i4,|=i4'", "'=,'", "' i4,f8'",
    "'99999999999999999999i4'", "'99999999999999999999S'", "'2147483648S'", "'2147483647U'",
    "'(2,)S'", "'i4,2 3f8'", "'i4,(2 3)f8'", "'i4,(01)f8'", "'i4,)f8'", "'i4,(f8'",
    "'i4,>'", "'1,2'", "'0x'", "'i4,((2,))f8'",
    "('i4', 2147483648)", "('i4', 2147483647)", "('i4', (65536, 32768))", "('i4', -1)",
    "('i4', (-1,))", "('i4', (2, -1))", "('i4', (0, 1099511627776))",
    "('i4', (1073741824, 1073741824, 1073741824, 0))", "('S', -1)", "('S', 2147483648)",
    "('U', 536870912)", "('U', -1)", "('V', -1)", "('S', (2,))", "('U', (2, 3))", "('S', ())",
    "(bytes, -1)", "('V0', (2,))", "(('i4', (0,)), (2,))", "('xx', 3)",
    "('i4', (1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, "
    "1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, "
    "1, 1, 1, 1, 1, 1, 1, 1))",
    "('i4', (2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, "
    "2, 2, 2, 2, 2))",
    "[('a', 'i4'), ('a', 'f8')]", "[('a', 'i4'), (('a', 'b'), 'f8')]",
    "[(('b', 'a'), 'i4'), ('b', 'f8')]", "[(('t', 'a'), 'i4'), (('t', 'b'), 'f8')]",
    "[(('', ''), 'i4')]", "[(('t', ''), 'i4')]", "[(('t', ''), 'i4'), ('t', 'i1')]", "[('f1', 'i4'), ('', 'f8')]",
    "[('', 'i4'), ('f0', 'f8')]", "[(('a', 'a'), 'i4')]", "[('a', 'i4', -1)]",
    "[('a', 'i4', (2, -1))]", "[('a', 'xx')]", "[('a', ('xx', 3))]", "[('a', [('b', 'yy')])]",
    "[(\"it's\", 'i4'), (\"it's\", 'i1')]", "[('a', 'i4'), ('b', 'S', -2)]",
    "{'names': ['a', 'b'], 'formats': ['i4']}",
    "{'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'offsets': [0]}",
    "{'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'titles': ['x']}",
    "{'names': ['a'], 'formats': ['i4'], 'offsets': [-1]}",
    "{'names': ['a', 'a'], 'formats': ['i4', 'i4']}",
    "{'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'titles': ['b', None]}",
    "{'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'titles': [None, 'a']}",
    "{'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'titles': ['t', 't']}",
    "{'names': ['a'], 'formats': ['i4'], 'itemsize': 2}",
    "{'names': ['a'], 'formats': ['i4'], 'itemsize': -1}",
    "{'names': ['a'], 'formats': ['i4'], 'itemsize': 2147483648}",
    "{'names': ['a'], 'formats': ['i4'], 'offsets': [2147483648]}",
    "{'names': ['a'], 'formats': ['xx']}", "{'names': ['a'], 'formats': ['i4'], 'titles': ['a']}",
    "{'names': ['a'], 'formats': ['i4'], 'itemsize': 0}",
    "{'names': ['a', 'b'], 'formats': ['i1', 'i8'], 'offsets': [0, 3], 'aligned': True}",
    "{'names': ['a', 'b'], 'formats': ['xx', 'i8'], 'offsets': [-1, 0]}",
    "{'a': ('i4', -1)}", "{'a': ('xx', 0)}", "{'a': ('i4', 0), 'b': ('i4', 4, 'a')}",
    "np.generic", "np.integer", "np.floating", "np.number", "np.character",
    "np.unsignedinteger", "np.complexfloating", "np.flexible", "np.signedinteger",
]] + [(s, True) for s in [
    "{'names': ['a', 'b'], 'formats': ['i1', 'i8'], 'offsets': [0, 3]}",
    "{'names': ['a', 'b'], 'formats': ['i1', 'i8'], 'itemsize': 10}",
    "{'names': ['a'], 'formats': ['i4'], 'itemsize': 5}",
    "{'names': ['a', 'b'], 'formats': ['i1', 'i4'], 'offsets': [0, 2]}",
    "{'names': ['a', 'b'], 'formats': ['i1', 'i8'], 'offsets': [0, 8], 'itemsize': 12}",
    "[('a', 'i4'), ('a', 'i1')]",
]]

UNSUPPORTED = [(s, False) for s in [
    "'O'", "'O8'", "'object'", "object", "'M8'", "'m8'", "'M8[ns]'", "'datetime64'",
    "'timedelta64'", "'>M8[s]'", "'M'", "'g'", "'G'", "'f16'", "'c32'", "'longdouble'",
    "'float128'", "'clongdouble'", "'complex256'", "'T'", "'\\x11'", "'\\x15'", "'\\r'",
    "('O', 2)", "[('a', 'O')]", "'i4,O'", "list",
]]

EQ = [
    ("[('a', 'i4')]", False, "{'names': ['a'], 'formats': ['i4']}", False),
    ("[('a', 'i4'), ('b', 'i1')]", False, "[('a', 'i4'), ('b', 'i1')]", False),
    ("[('a', 'i1'), ('b', 'i4')]", False, "[('a', 'i1'), ('b', 'i4')]", True),
    ("{'names': ['a', 'b'], 'formats': ['i1', 'i4'], 'offsets': [0, 4]}", False,
     "[('a', 'i1'), ('b', 'i4')]", True),
    ("[(('t', 'a'), 'i4')]", False, "[('a', 'i4')]", False),
    ("[(('t', 'a'), 'i4')]", False, "[(('u', 'a'), 'i4')]", False),
    ("[(('t', 'a'), 'i4')]", False, "{'names': ['a'], 'formats': ['i4'], 'titles': ['t']}", False),
    ("[('a', 'i4')]", False, "[('b', 'i4')]", False),
    ("[('a', 'i4'), ('b', 'i4')]", False, "[('b', 'i4'), ('a', 'i4')]", False),
    ("[('a', 'i4'), ('b', 'i4')]", False,
     "{'names': ['b', 'a'], 'formats': ['i4', 'i4'], 'offsets': [4, 0]}", False),
    ("[('a', '<i4')]", False, "[('a', '>i4')]", False),
    ("'i4'", False, "'>i4'", False), ("'i4'", False, "'<i4'", False),
    ("'S'", False, "'S0'", False), ("'S1'", False, "'c'", False), ("'V4'", False, "[('a', 'i4')]", False),
    ("('i4', (2,))", False, "('i4', 2)", False), ("('i4', (2,))", False, "('i4', (1, 2))", False),
    ("'q'", False, "'l'", False), ("'Q'", False, "'L'", False), ("'U'", False, "'>U'", False),
    ("'S'", False, "'S1'", False), ("(('i4', (2,)), (3,))", False, "('i4', (3, 2))", False),
    ("[('a', 'i4'), ('b', 'i1')]", False,
     "{'names': ['a', 'b'], 'formats': ['i4', 'i1'], 'itemsize': 6}", False),
    ("[('a', 'i4')]", False, "[('a', 'i4', (1,))]", False),
    ("'i1'", False, "'b1'", False), ("'u1'", False, "'B'", False), ("[]", False, "'V0'", False),
    ("[('a', [('x', 'i1')])]", False, "[('a', [('x', 'i1')])]", False),
    ("[('a', [('x', 'i1')])]", False, "[('a', [('y', 'i1')])]", False),
    ("[('a', [('x', 'i1'), ('y', 'i4')])]", False, "[('a', [('x', 'i1'), ('y', 'i4')])]", True),
    ("'U3'", False, "(str, 3)", False), ("'f8'", False, "float", False),
    ("'i4,i4'", False, "[('f0', 'i4'), ('f1', 'i4')]", False),
    ("'i4,i4'", True, "[('f0', 'i4'), ('f1', 'i4')]", False),
    ("'i1,i4'", True, "'i1,i4'", False),
]

UNSUPPORTED_CHARS = set("gGOMmT")


def has_unsupported(d):
    if d.fields is not None:
        return any(has_unsupported(v[0]) for v in d.fields.values())
    if d.subdtype is not None:
        return has_unsupported(d.subdtype[0])
    return d.char in UNSUPPORTED_CHARS or d.kind in "OMmT"


def has_negative_size(d):
    if d.itemsize < 0:
        return True
    if d.fields is not None:
        return any(has_negative_size(v[0]) for v in d.fields.values())
    return d.subdtype is not None and has_negative_size(d.subdtype[0])


def make(text, align):
    return np.dtype(eval(text, NS), align=align)


def error_text(e):
    return f"{type(e).__name__}: {e}"


def clean(v):
    """One-line form of a value: backslash, tab, newline and carriage return escaped."""
    v = str(v)
    return (v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r"))


def valid_block(text, align):
    d = make(text, align)
    assert not has_unsupported(d), text
    try:
        descr = repr(d.descr)
    except Exception as e:  # overlapping fields
        descr = "!" + error_text(e)
    skip = []
    if d.char in "qQc":
        skip += ["char", "num", "type"]
    if d.kind in "biufc" and not d.isnative:
        skip.append("newbyteorder")
    if (d.isbuiltin == 0 and d.itemsize == 0 and d.kind in "SUV" and d.fields is None
            and d.subdtype is None and d.isnative):
        skip.append("isbuiltin")
    rows = [
        ("spec", text), ("align", int(align)), ("repr", repr(d)), ("str", str(d)),
        ("descr", descr), ("itemsize", d.itemsize), ("alignment", d.alignment),
        ("byteorder", d.byteorder), ("kind", d.kind), ("char", d.char), ("num", d.num),
        ("name", d.name), ("isbuiltin", d.isbuiltin), ("isnative", d.isnative),
        ("names", repr(d.names)),
        ("fields", repr(dict(d.fields)) if d.fields is not None else "None"),
        ("subdtype", repr(d.subdtype)), ("shape", repr(d.shape)), ("base", repr(d.base)),
        ("isalignedstruct", d.isalignedstruct), ("newbyteorder", repr(d.newbyteorder())),
        ("type", f"{d.type.__module__}.{d.type.__name__}"), ("array", dtype_short_repr(d)),
        ("skip", ",".join(skip)),
    ]
    return "[valid]\n" + "".join(f"{k}: {clean(v)}\n" for k, v in rows)


def error_block(text, align):
    try:
        d = make(text, align)
    except Exception as e:
        return f"[error]\nspec: {clean(text)}\nalign: {int(align)}\nerror: {clean(error_text(e))}\n"
    raise AssertionError(f"NumPy accepts {text}: {d!r}")


def unsupported_block(text, align):
    d = make(text, align)
    assert has_unsupported(d), text
    return f"[unsupported]\nspec: {clean(text)}\nalign: {int(align)}\n"


def eq_block(a, a_align, b, b_align):
    eq = make(a, a_align) == make(b, b_align)
    return (f"[eq]\na: {clean(a)}\na_align: {int(a_align)}\nb: {clean(b)}\n"
            f"b_align: {int(b_align)}\nequal: {eq}\n")


# ---------------------------------------------------------------- strings.txt
def string_specs():
    out = []
    orders = ["", "<", ">", "|", "="]
    for c in range(128):
        for o in orders:
            out.append(o + chr(c))
    for k in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ?":
        for n in ["0", "1", "2", "4", "8", "16", "32", "+2", " 8", "-1"]:
            for o in ["", ">"]:
                out.append(o + k + n)
    names = [k for k in np._core.numerictypes.sctypeDict if isinstance(k, str)]
    for n in sorted(names) + ["int0", "uint0", "void0", "object0", "str0", "bytes0", "bool8",
                              "Bool", "float_", "unicode_", "bytes8", "int12"]:
        for o in ["", ">", "="]:
            out.append(o + n)
    # repeat syntax, through the single-item and the list paths
    for length in range(4):
        for body in itertools.product(" ,01", repeat=length):
            body = "".join(body)
            for lp, rp in [("", ""), ("(", ""), ("", ")"), ("(", ")")]:
                rep = lp + body + rp
                if rep:
                    out.append(rep + "i4")
                    out.append("i4," + rep + "f8")
    rng = random.Random(20240606)
    items = ["i4", "f8", "S3", "U2", ">i2", "<u8", "|b1", "?", "V2", "a3", "c", "xx", "",
             ">", "=", "int8", "i4[ns]", "float", "S", "U", ">U2", "b1", "Ш"]
    reps = ["", "", "", "2", "(2,)", "(2,3)", "( 2 , 3 )", "()", "(2)", "0", "00", "01",
            "(01,)", "(2 3)", "2 3", "(2,,3)", "(,)", ",", "(", ")", "(2", "2)", " ", "3,",
            "99999999999999999999", "2147483648", "(0,2)", "1"]
    ords = ["", "", "", "<", ">", "|", "="]
    seps = [",", ",", ", ", " ,", " , ", ",\t", ";", " ", ",,", "\u00a0,"]
    tails = ["", "", "", " ", ",", "\n", ", ", "\u3000"]
    for _ in range(1500):
        n = rng.choice([1, 1, 2, 2, 3, 4])
        parts = []
        for _ in range(n):
            parts.append(rng.choice(ords) + rng.choice(reps) + rng.choice(ords)
                         + rng.choice(items))
        s = parts[0]
        for p in parts[1:]:
            s += rng.choice(seps) + p
        out.append(s + rng.choice(tails))
    seen, uniq = set(), []
    for s in out:
        if s not in seen:
            seen.add(s)
            uniq.append(s)
    return uniq


def string_outcome(s):
    try:
        d = np.dtype(s)
    except Exception as e:
        return "err " + error_text(e)
    if has_unsupported(d):
        return "unsupported"
    if has_negative_size(d):
        return None
    return "ok " + repr(d)


def main():
    blocks = ["# Generated by gen.py from NumPy %s; do not edit.\n" % np.__version__]
    blocks += [valid_block(t, a) for t, a in VALID]
    blocks += [error_block(t, a) for t, a in MALFORMED]
    blocks += [unsupported_block(t, a) for t, a in UNSUPPORTED]
    blocks += [eq_block(*c) for c in EQ]
    with open(os.path.join(HERE, "expected.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(blocks))
    lines = []
    for s in string_specs():
        outcome = string_outcome(s)
        if outcome is not None:
            lines.append(f"{clean(repr(s))}\t{clean(outcome)}\n")
    with open(os.path.join(HERE, "strings.txt"), "w", encoding="utf-8") as f:
        f.write("# Generated by gen.py from NumPy %s; do not edit.\n" % np.__version__)
        f.writelines(lines)
    print(f"{len(VALID)} valid, {len(MALFORMED)} malformed, {len(UNSUPPORTED)} unsupported, "
          f"{len(EQ)} eq, {len(lines)} strings")


if __name__ == "__main__":
    main()
