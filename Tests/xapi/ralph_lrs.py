"""Starts a Ralph LRS (PyPI ralph-malph) on 127.0.0.1 with its file-system backend, for the xAPI tests.

Usage: python ralph_lrs.py PORT   (environment: RALPH_APP_DIR with auth.json, RALPH_RUNSERVER_BACKEND=fs,
RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH). Ralph's file-system backend accepts only the first POST unless
its default operation is switched to append (see ../shared notes), which is what this launcher does."""

import sys

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

if __name__ == "__main__":
    uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
