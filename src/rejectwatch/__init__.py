"""rejectwatch: file job rejections, draft a gracious reply, keep a record."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rejectwatch")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"

__all__ = ["__version__"]
