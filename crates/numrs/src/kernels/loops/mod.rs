//! Typed inner loops for the ufuncs, selected at run time by operation and dtype.
