"""The documentation (a package only so that pytest imports docs/conftest.py as docs.conftest)."""
