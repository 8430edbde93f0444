"""`python -m extractor`: the command line, ended without the interpreter's teardown.

Once a command has written its output, the process holds jieba's dictionary, the gazetteer and the
rules' tables, about a million objects: freeing them one by one at exit took a fifth of a second,
after the work was done. The exit handlers still run and the streams are flushed first, as at a
normal exit; where a thread of the program's own is still running, the exit is the normal one."""
import atexit
import os
import sys
import threading

from .cli import main


def _exit_code(code: object) -> int:
    """What the interpreter makes of SystemExit's code (a message is printed, and is 1)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


try:
    main()
except SystemExit as done:
    if any(t is not threading.main_thread() and not t.daemon and t.is_alive() for t in threading.enumerate()):
        raise
    status = _exit_code(done.code)
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        status = status or 120  # as the interpreter does where its streams cannot be flushed
    os._exit(status)
