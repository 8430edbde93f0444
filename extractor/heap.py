"""The C library's allocator, told once where a page's large buffers go.

A long page makes buffers of megabytes (its words and their tags, its offset map, its text) that
live for a stage and are freed. glibc serves a block of 128 KiB or more from a mapping of its
own, handed back to the system when freed, but it raises that threshold to the size of each such
block freed (up to 32 MiB): once a stage's buffers are freed, the next stages' buffers of those
sizes come from the heap instead, among small objects that live on, and their space stays with
the process when they are freed. Which way a page's buffers went depended on the order of its
allocations, which changes with the hash seed: the 1M-character page took 86 or 100 bytes a
character above the base (bench/memory.py) by the seed alone. Setting the threshold turns its
adjustment off; at 1 MiB a short page's buffers still come from the heap the process holds
already (at glibc's starting 128 KiB, each was a new mapping: a 10,000-character page took 106
bytes a character above the base). Nothing is done where the C library is not glibc, cannot be
reached, or where the user set the threshold in the environment.
"""
from __future__ import annotations

import os
import sys

_M_MMAP_THRESHOLD = -3  # mallopt's parameter number (glibc's malloc.h)
_THRESHOLD = 1024 * 1024  # a long page's buffers of megabytes mapped, a short page's from the heap
_USER_SETTINGS = ("MALLOC_MMAP_THRESHOLD_", "GLIBC_TUNABLES")


def fix_mmap_threshold() -> bool:
    """Fix glibc's mmap threshold at 1 MiB for this process; whether it was set."""
    if not sys.platform.startswith("linux") or any(name in os.environ for name in _USER_SETTINGS):
        return False
    try:
        import ctypes
        mallopt = ctypes.CDLL(None).mallopt
    except (ImportError, OSError, AttributeError):  # no ctypes, or a C library without mallopt (musl)
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return mallopt(_M_MMAP_THRESHOLD, _THRESHOLD) == 1
