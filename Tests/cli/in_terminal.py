"""Runs a command with standard output and error on a pseudo-terminal, as a user's terminal would be, and writes
what the terminal received to standard output. Usage: python3 in_terminal.py CMD [ARG...]"""

import os
import pty
import sys

received = bytearray()


def read(fd):
    data = os.read(fd, 65536)
    received.extend(data)
    return b""  # nothing echoed to our own terminal: the caller inspects `received`


status = pty.spawn(sys.argv[1:], read)
sys.stdout.buffer.write(bytes(received))
sys.exit(os.waitstatus_to_exitcode(status))
